import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { emptyEntry } from '../../../../model';
import type { MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { CopyLink } from '../../../common/components/CopyLink';
import { formatText } from '../../../../wording/format';
import { AreaCommentField } from './AreaCommentField';
import type { AreaViewProps } from './DutyAreas';

export interface AreaFrameProps extends Omit<AreaViewProps, 'entries' | 'shown'> {
  /** Between the heading and the area's link: the view's summary of the area. */
  summary: React.ReactNode;
  /** The area's duties in the view's layout. */
  children: React.ReactNode;
}

/**
 * What one area looks like in both views around its duties: a section named by its heading
 * (the jump list and links move the focus to it), the view's summary, Copy link, the duties,
 * then the comments on the area.
 */
export function AreaFrame({ mappingId, framework, area, comment, allCommentsError, readOnly, actions, summary, children }: AreaFrameProps): JSX.Element {
  const density = useDensity();
  const headingId = `idm-area-${area.id}`;
  return (
    <section aria-labelledby={headingId} style={{ display: 'grid', gap: density.fieldGap }}>
      <Text block as="h3" variant="large" id={headingId} tabIndex={-1} styles={{ root: { margin: 0, scrollMarginTop: 140 } }}>
        {area.title}
      </Text>
      {summary}
      <CopyLink target={{ mappingId, areaId: area.id }} ariaLabel={formatText(strings.MappingCopyAreaLinkLabel, area.title)} />
      {children}
      <AreaCommentField framework={framework} area={area} comment={comment} allCommentsError={allCommentsError} readOnly={readOnly} actions={actions} />
    </section>
  );
}

/**
 * Each shown duty's entry, by duty id; a duty with none yet gets an empty one.
 *
 * @param entries - The area's entries.
 * @returns A lookup from duty id to its entry.
 */
export function entryLookup(entries: readonly MappingEntry[]): (dutyId: string) => MappingEntry {
  const byDuty = new Map(entries.map((entry) => [entry.dutyId, entry]));
  return (dutyId) => byDuty.get(dutyId) ?? emptyEntry(dutyId);
}
