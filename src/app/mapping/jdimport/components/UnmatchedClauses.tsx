import * as React from 'react';
import { Text, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { clauseReference } from '../../../../model/jd/types';
import type { Clause } from '../../../../model/jd/types';
import { formatText } from '../../../../wording/format';

export interface UnmatchedClausesProps {
  clauses: readonly Clause[];
}

const classes = mergeStyleSets({
  list: { margin: 0, paddingInlineStart: 20, display: 'grid', gap: 4 }
});

/** More than any real JD leaves unmatched; a document of thousands of clauses lists only these, so the panel stays quick. */
const SHOWN = 200;

/** "In the JD but not in the framework": clauses that no duty suggests, for the team's conversation about the role. */
export function UnmatchedClauses({ clauses }: UnmatchedClausesProps): JSX.Element {
  if (clauses.length === 0) {
    return <Text block>{strings.MappingJdUnmatchedNone}</Text>;
  }
  return (
    <>
      <Text block>{strings.MappingJdUnmatchedIntro}</Text>
      <ul className={classes.list}>
        {clauses.slice(0, SHOWN).map((clause) => (
          <li key={clause.id}>
            <Text>
              <strong>{clauseReference(clause)}</strong> {clause.text}
            </Text>
          </li>
        ))}
      </ul>
      {clauses.length > SHOWN && <Text block>{formatText(strings.MappingJdUnmatchedMore, clauses.length - SHOWN)}</Text>}
    </>
  );
}
