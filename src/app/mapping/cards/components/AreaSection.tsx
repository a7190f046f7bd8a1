import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { areaRollup, emptyEntry } from '../../../../model';
import type { Area, Duty, Framework, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { CopyLink } from '../../../common/components/CopyLink';
import { StatusCounts } from '../../../common/components/StatusCounts';
import { formatText } from '../../../../wording/format';
import type { EditorActions } from '../../editor/contract';
import { AreaCommentField } from '../../areas/components/AreaCommentField';
import { DutyRow } from './DutyRow';

export interface AreaSectionProps {
  mappingId: number;
  /** The mapping's framework, so messages name the area by its title. */
  framework: Framework;
  area: Area;
  /** The area's entries, one per duty in the area's order. */
  entries: MappingEntry[];
  /** The duties to show (all of the area's unless filtered). */
  shown: Duty[];
  comment: string;
  /** Set when all areas' comments together are too long to store. */
  allCommentsError?: string;
  readOnly: boolean;
  actions: EditorActions;
}

/** One area of responsibility: heading (column a), QSI standards (column b), counts, duties and comments. */
function AreaSectionView({ mappingId, framework, area, entries, shown, comment, allCommentsError, readOnly, actions }: AreaSectionProps): JSX.Element {
  const density = useDensity();
  const headingId = `idm-area-${area.id}`;
  const byDuty = new Map(entries.map((entry) => [entry.dutyId, entry]));
  const rollup = areaRollup(area, entries);

  return (
    <section aria-labelledby={headingId} style={{ display: 'grid', gap: density.fieldGap }}>
      <Text block as="h3" variant="large" id={headingId} tabIndex={-1} styles={{ root: { margin: 0, scrollMarginTop: 140 } }}>
        {area.title}
      </Text>
      <div>
        <Text block as="p" styles={{ root: { margin: 0 } }}>
          <strong>{strings.MappingQsiColumnHeading}:</strong>
        </Text>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {area.qsiStandards.map((qsi) => (
            <li key={qsi.code}>
              <strong>{qsi.code}</strong> {qsi.title}
            </li>
          ))}
        </ul>
      </div>
      <StatusCounts counts={rollup.counts} coverage={rollup.coverage} label={formatText(strings.CommonCountsForLabel, area.title)} />
      <CopyLink target={{ mappingId, areaId: area.id }} ariaLabel={formatText(strings.MappingCopyAreaLinkLabel, area.title)} />
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: density.gap }} aria-label={formatText(strings.MappingDutiesInAreaLabel, area.title)}>
        {shown.map((duty) => (
          <DutyRow key={duty.id} duty={duty} entry={byDuty.get(duty.id) ?? emptyEntry(duty.id)} readOnly={readOnly} actions={actions} />
        ))}
      </ol>
      <AreaCommentField framework={framework} area={area} comment={comment} allCommentsError={allCommentsError} readOnly={readOnly} actions={actions} />
    </section>
  );
}

export const AreaSection = React.memo(AreaSectionView);
