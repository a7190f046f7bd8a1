import * as React from 'react';
import { mergeStyleSets, useTheme } from '@fluentui/react';
import { DUTY_STATUSES } from '../../../model';
import type { StatusCounts } from '../../../model';
import { toneColour } from '../../common/tones';

export interface StackedBarProps {
  counts: StatusCounts;
}

const classes = mergeStyleSets({
  bar: {
    display: 'flex',
    height: 8,
    width: '100%',
    borderRadius: 2,
    overflow: 'hidden',
    // In Windows high-contrast mode colours are replaced: the outline keeps the bar visible.
    outline: '1px solid transparent'
  }
});

/**
 * Duties per status as one small bar. Decoration only (hidden from screen
 * readers): the numbers beside it, in words, carry the meaning.
 */
export function StackedBar({ counts }: StackedBarProps): JSX.Element {
  const theme = useTheme();
  const total = DUTY_STATUSES.reduce((sum, status) => sum + counts[status.key], 0);
  return (
    <div className={classes.bar} aria-hidden="true" style={{ background: theme.palette.neutralLighter }}>
      {total > 0 &&
        DUTY_STATUSES.filter((status) => counts[status.key] > 0).map((status) => (
          <span
            key={status.key}
            style={{
              flexGrow: counts[status.key],
              flexBasis: 0,
              background: status.key === 'notReviewed' ? theme.palette.neutralTertiaryAlt : toneColour(theme, status.tone)
            }}
          />
        ))}
    </div>
  );
}
