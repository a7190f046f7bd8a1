import * as React from 'react';
import { Label, TextField, getId } from '@fluentui/react';
import type { ITextFieldProps } from '@fluentui/react';

export interface NamedTextFieldProps extends Omit<ITextFieldProps, 'label' | 'ariaLabel' | 'id'> {
  /** The visible label, e.g. "Comments". */
  label: string;
  /** The accessible name, which says more than the label, e.g. "Comments: Answering or referring queries". */
  ariaLabel: string;
}

/**
 * A text field whose accessible name is its aria-label. Fluent's own `label`
 * would add aria-labelledby, which outranks aria-label, so the duty would drop
 * out of the name; here the visible label is a plain <label for>.
 */
export function NamedTextField({ label, ariaLabel, ...rest }: NamedTextFieldProps): JSX.Element {
  const [id] = React.useState(() => getId('idm-field'));
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <TextField {...rest} id={id} ariaLabel={ariaLabel} />
    </div>
  );
}
