import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { StatusCounts as Counts } from '../../../model';
import { useHost } from '../../shell/host/HostContext';
import { formatPercent, formatText } from '../../../wording/format';
import { statusWords } from '../../../wording/vocabulary';
import { StatusBadge } from './StatusBadge';
import { SPACING } from '../spacing';

export interface StatusCountsProps {
  counts: Counts;
  /** Share (0..1) of applicable duties found in the JD or PS; shown when given. */
  coverage?: number;
  /** Names the list for screen readers, e.g. "Status counts for Maintain a clean and safe environment". */
  label: string;
}

const classes = mergeStyleSets({
  list: { display: 'flex', flexWrap: 'wrap', gap: `${SPACING.s2}px ${SPACING.m}px`, listStyle: 'none', margin: 0, padding: 0 },
  count: { fontWeight: 600 }
});

/** Counts by status (icon + label + number) and coverage, wrapping on narrow screens. */
export function StatusCounts({ counts, coverage, label }: StatusCountsProps): JSX.Element {
  const { locale } = useHost();
  return (
    <ul className={classes.list} aria-label={label}>
      {statusWords().map((status) => (
        <li key={status.key}>
          <StatusBadge item={status} suffix={
              <>
                {': '}
                <span className={classes.count}>{counts[status.key]}</span>
              </>
            } />
        </li>
      ))}
      {coverage !== undefined && (
        <li>
          <strong>{formatText(strings.CommonCoverageValue, formatPercent(coverage, locale))}</strong>
        </li>
      )}
    </ul>
  );
}
