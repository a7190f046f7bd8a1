import * as React from 'react';
import { Text, hiddenContentStyle, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AreaFigures } from '../../../model';
import type { DeepLinkTarget } from '../../../host/types';
import { formatPercent, formatText } from '../../../wording/format';
import { statusWords } from '../../../wording/vocabulary';
import { AppLink } from '../../shell/navigation/AppLink';
import { StackedBar } from './StackedBar';

export interface AreaCellProps {
  areaTitle: string;
  team: string;
  /** Undefined when this mapping's figures are not counted by area. */
  figures?: AreaFigures;
  /** Where the cell leads; none for the totals row. */
  target?: DeepLinkTarget;
  onOpen?: (target: DeepLinkTarget) => void;
}

const classes = mergeStyleSets({
  cell: { display: 'grid', gap: 2, minWidth: 0 },
  numbers: { whiteSpace: 'normal', lineHeight: '1.3' },
  hidden: hiddenContentStyle
});

/**
 * Everything an area cell says, in words: the accessible name, e.g.
 * "Communicate effectively: 3 in place, 1 gap, coverage 75%".
 *
 * @param areaTitle - The area.
 * @param figures - Its figures.
 * @returns The sentence.
 */
export function areaCellSentence(areaTitle: string, figures: AreaFigures): string {
  const parts = statusWords().filter((status) => figures.counts[status.key] > 0).map((status) =>
    formatText(strings.OverviewCountOf, figures.counts[status.key], status.label.toLocaleLowerCase('en-GB'))
  );
  return formatText(strings.OverviewAreaCellName, areaTitle, parts.join(', '), formatPercent(figures.coverage));
}

/** One area of one team: a small stacked bar, the counts and coverage in text, and a link to that area. */
export function AreaCell({ areaTitle, team, figures, target, onOpen }: AreaCellProps): JSX.Element {
  if (!figures) {
    return <Text variant="small">{strings.OverviewNotCounted}</Text>;
  }
  const visible = formatText(strings.OverviewAreaCellText, figures.counts.inPlace, figures.counts.partlyInPlace, figures.counts.gap, formatPercent(figures.coverage));
  const content = (
    <span className={classes.cell}>
      <StackedBar counts={figures.counts} />
      <Text variant="small" className={classes.numbers}>
        {visible}
      </Text>
    </span>
  );
  if (!target || !onOpen) {
    return (
      <span>
        <span className={classes.hidden}>{areaCellSentence(areaTitle, figures)}</span>
        <span aria-hidden="true">{content}</span>
      </span>
    );
  }
  return (
    // Label in name (WCAG 2.5.3): the name starts with the figures the cell shows, so "click In place 5" works by voice.
    <AppLink target={target} onOpen={onOpen} ariaLabel={formatText(strings.OverviewAreaCellLinkName, visible, areaTitle, team)} styles={{ root: { display: 'block', width: '100%' } }}>
      {content}
    </AppLink>
  );
}
