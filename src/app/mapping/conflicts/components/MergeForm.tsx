import * as React from 'react';
import { ChoiceGroup, Stack, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../../wording/format';
import type { ConflictField } from '../conflictFields';
import { displayValue } from '../conflictFields';
import type { MergeValues } from '../mergeVersions';

export interface MergeFormProps {
  fields: ConflictField[];
  values: MergeValues;
  theirName: string;
  onChange: (values: MergeValues) => void;
}

/** Merging: joined texts to edit, and a choice of version for every other field. */
export function MergeForm({ fields, values, theirName, onChange }: MergeFormProps): JSX.Element {
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {fields.map((field) =>
        field.merge === 'text' ? (
          <TextField
            key={field.key}
            label={formatText(strings.MappingMergedFieldLabel, field.label)}
            multiline
            autoAdjustHeight
            value={values.texts[field.key] ?? ''}
            onChange={(_e, text) => onChange({ ...values, texts: { ...values.texts, [field.key]: text ?? '' } })}
          />
        ) : (
          <ChoiceGroup
            key={field.key}
            label={field.label}
            selectedKey={values.choices[field.key] ?? 'mine'}
            options={[
              { key: 'mine', text: `${strings.MappingConflictYours} ${displayValue(field.key, field.mine)}` },
              { key: 'theirs', text: `${formatText(strings.MappingConflictTheirs, theirName)} ${displayValue(field.key, field.theirs)}` }
            ]}
            onChange={(_e, option) =>
              option && onChange({ ...values, choices: { ...values.choices, [field.key]: option.key === 'theirs' ? 'theirs' : 'mine' } })
            }
          />
        )
      )}
    </Stack>
  );
}
