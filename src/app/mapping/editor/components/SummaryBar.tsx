import * as React from 'react';
import { Text, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { mappingRollup } from '../../../../model';
import type { Framework, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { cardStyle } from '../../../common/cardStyles';
import { StatusCounts } from '../../../common/components/StatusCounts';
import { formatText } from '../../../../wording/format';

export interface SummaryBarProps {
  framework: Framework;
  entries: Record<string, MappingEntry>;
}

/** Counts by status and coverage for the whole mapping. */
function SummaryBarView({ framework, entries }: SummaryBarProps): JSX.Element {
  const theme = useTheme();
  const density = useDensity();
  const rollup = React.useMemo(() => mappingRollup(framework, Object.values(entries)), [framework, entries]);
  const classes = mergeStyleSets({ card: [cardStyle(theme, density.padding), { display: 'grid', gap: density.fieldGap / 2 }] });
  return (
    <section aria-labelledby="idm-summary-heading" className={classes.card}>
      <Text block as="h3" variant="large" id="idm-summary-heading" styles={{ root: { margin: 0 } }}>
        {strings.MappingSummaryHeading}
      </Text>
      <Text block as="p" styles={{ root: { margin: 0 } }}>
        {formatText(strings.MappingDutyCount, rollup.dutyCount)}
      </Text>
      <StatusCounts counts={rollup.counts} coverage={rollup.coverage} label={strings.MappingSummaryCountsLabel} />
    </section>
  );
}

/** Memoised: typing in a duty row does not re-render it. */
export const SummaryBar = React.memo(SummaryBarView);
