import * as React from 'react';
import { mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../../wording/format';
import type { ConflictField } from '../conflictFields';
import { displayValue } from '../conflictFields';
import { SPACING } from '../../../common/spacing';

export interface VersionsListProps {
  fields: ConflictField[];
  /** Who made their version, when known. */
  theirName: string;
}

/** Both versions, field by field, in plain words. */
export function VersionsList({ fields, theirName }: VersionsListProps): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { margin: 0, display: 'grid', gap: 12 },
    term: { fontWeight: 600 },
    pair: { margin: 0, display: 'grid', gap: SPACING.s2, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))' },
    version: { borderLeft: `3px solid ${theme.semanticColors.bodyDivider}`, paddingLeft: 8, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }
  });
  return (
    <dl className={classes.list}>
      {fields.map((field) => (
        <div key={field.key}>
          <dt className={classes.term}>{field.label}</dt>
          <dd className={classes.pair}>
            <div className={classes.version}>
              <strong>{strings.MappingConflictYours}</strong> {displayValue(field.key, field.mine)}
            </div>
            <div className={classes.version}>
              <strong>{formatText(strings.MappingConflictTheirs, theirName)}</strong> {displayValue(field.key, field.theirs)}
            </div>
          </dd>
        </div>
      ))}
    </dl>
  );
}
