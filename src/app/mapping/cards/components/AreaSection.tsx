import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { areaRollup } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { StatusCounts } from '../../../common/components/StatusCounts';
import { formatText } from '../../../../wording/format';
import { AreaFrame, entryLookup } from '../../duties/components/AreaFrame';
import type { AreaViewProps } from '../../duties/components/DutyAreas';
import { SPACING } from '../../../common/spacing';
import { QsiList } from '../../duties/components/QsiList';
import { DutyRow } from './DutyRow';

export type AreaSectionProps = AreaViewProps;

const QSI_LIST_STYLE: React.CSSProperties = { margin: 0, paddingInlineStart: SPACING.l1 };

/** One area of responsibility: heading (column a), QSI standards (column b), counts, duties and comments. */
function AreaSectionView({ entries, shown, ...frame }: AreaSectionProps): JSX.Element {
  const { area, readOnly, actions } = frame;
  const density = useDensity();
  const entryOf = entryLookup(entries);
  const rollup = areaRollup(area, entries);
  const summary = (
    <>
      <div>
        <Text block as="p" styles={{ root: { margin: 0 } }}>
          <strong>{strings.MappingQsiColumnHeading}:</strong>
        </Text>
        <QsiList area={area} style={QSI_LIST_STYLE} />
      </div>
      <StatusCounts counts={rollup.counts} coverage={rollup.coverage} label={formatText(strings.CommonCountsForLabel, area.title)} />
    </>
  );

  return (
    <AreaFrame {...frame} summary={summary}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: density.gap }} aria-label={formatText(strings.MappingDutiesInAreaLabel, area.title)}>
        {shown.map((duty) => (
          <DutyRow key={duty.id} duty={duty} entry={entryOf(duty.id)} readOnly={readOnly} actions={actions} />
        ))}
      </ol>
    </AreaFrame>
  );
}

export const AreaSection = React.memo(AreaSectionView);
