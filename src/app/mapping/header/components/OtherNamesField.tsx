import * as React from 'react';
import { DefaultButton, IconButton, Label, Text, TextField, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../../wording/format';
import { SPACING } from '../../../common/spacing';

export interface OtherNamesFieldProps {
  names: string[];
  onChange: (names: string[]) => void;
  readOnly: boolean;
  /** Problems per name index. */
  errors: Record<number, string>;
}

/** Names of people outside the directory (bank staff, students, visiting leads), added and removed one by one. */
export function OtherNamesField({ names, onChange, readOnly, errors }: OtherNamesFieldProps): JSX.Element {
  const theme = useTheme();
  const [draft, setDraft] = React.useState('');
  const add = (): void => {
    const name = draft.trim();
    if (name !== '') {
      onChange([...names, name]);
      setDraft('');
    }
  };

  return (
    <div>
      {!readOnly && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: SPACING.s1, alignItems: 'flex-end' }}>
          <TextField
            label={strings.MappingOtherNamesLabel}
            aria-describedby="idm-other-names-hint"
            value={draft}
            onChange={(_e, value) => setDraft(value ?? '')}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
            styles={{ root: { flex: '1 1 14rem' } }}
          />
          <DefaultButton onClick={add} disabled={draft.trim() === ''}>
            {strings.MappingAddName}
          </DefaultButton>
        </div>
      )}
      {!readOnly && (
        <Text block as="p" variant="small" id="idm-other-names-hint" styles={{ root: { margin: '4px 0 0', color: theme.semanticColors.bodySubtext } }}>
          {strings.MappingOtherNamesHint}
        </Text>
      )}
      {readOnly && names.length > 0 && <Label>{strings.MappingOtherNamesLabel}</Label>}
      {names.length > 0 && (
        <ul aria-label={strings.MappingOtherNamesListLabel} style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {names.map((name, index) => (
            <li key={`${index}-${name}`}>
              {name}
              {!readOnly && (
                <IconButton
                  iconProps={{ iconName: 'Cancel' }}
                  ariaLabel={formatText(strings.MappingRemoveName, name)}
                  title={formatText(strings.MappingRemoveName, name)}
                  onClick={() => onChange(names.filter((_n, i) => i !== index))}
                />
              )}
              {errors[index] && (
                <span role="alert" style={{ display: 'block', color: theme.semanticColors.errorText }}>
                  {errors[index]}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
