import * as React from 'react';
import { Text, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { clauseReference } from '../../../../model/jd/types';
import type { Clause } from '../../../../model/jd/types';
import { formatText } from '../../../../wording/format';
import { getUnmatchedClausesClasses } from './unmatchedClauses.styles';

export interface UnmatchedClausesProps {
  /** The first of them (the reader sends at most 200: more than any real JD leaves unmatched). */
  clauses: readonly Clause[];
  /** How many clauses no duty suggests in all. */
  total: number;
  /** How many of `clauses` to list so far (the panel lists a long list a part at a time); all when not given. */
  listed?: number;
}

/**
 * "In the JD but not in the framework": clauses that no duty suggests, for
 * the team's conversation about the role. Plain list items styled once for
 * the list, not a styled component each: a long document lists 200.
 */
export const UnmatchedClauses = React.memo(function UnmatchedClauses({ clauses, total, listed = clauses.length }: UnmatchedClausesProps): JSX.Element {
  const classes = getUnmatchedClausesClasses(useTheme());
  if (total === 0) {
    return <Text block>{strings.MappingJdUnmatchedNone}</Text>;
  }
  return (
    <>
      <Text block>{strings.MappingJdUnmatchedIntro}</Text>
      <Text as="div" block>
        <ul className={classes.list}>
          {clauses.slice(0, listed).map((clause) => (
            <li key={clause.id}>
              <span className={classes.citation}>{clauseReference(clause)}</span> {clause.text}
            </li>
          ))}
        </ul>
      </Text>
      {total > clauses.length && <Text block>{formatText(strings.MappingJdUnmatchedMore, total - clauses.length)}</Text>}
    </>
  );
});
