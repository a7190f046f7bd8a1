import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../wording/format';
import type { OverviewRow } from '../overviewRows';

export interface OverviewNotesProps {
  rows: readonly OverviewRow[];
  needsUpdate: boolean;
  /** Mappings on a framework version that cannot be read, so in no group. */
  unreadable: number;
}

/** Says why some figures are missing or not shown as fact, so a blank never looks like a zero. */
export function OverviewNotes({ rows, needsUpdate, unreadable }: OverviewNotesProps): JSX.Element {
  const needChecking = rows.filter((row) => !row.mapping.figuresAddUp).length;
  const notCounted = rows.filter((row) => row.mapping.figuresAddUp && !row.areas).length;
  return (
    <>
      {needsUpdate ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline delayedRender={false}>
          {strings.OverviewAreasAfterUpdate}
        </MessageBar>
      ) : (
        notCounted > 0 && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline delayedRender={false}>
            {notCounted === 1 ? strings.OverviewNotCountedNoteOne : formatText(strings.OverviewNotCountedNote, notCounted)}
          </MessageBar>
        )
      )}
      {needChecking > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
          {needChecking === 1 ? strings.OverviewNeedCheckingNoteOne : formatText(strings.OverviewNeedCheckingNote, needChecking)}
        </MessageBar>
      )}
      {unreadable > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
          {unreadable === 1 ? strings.OverviewUnreadableNoteOne : formatText(strings.OverviewUnreadableNote, unreadable)}
        </MessageBar>
      )}
    </>
  );
}
