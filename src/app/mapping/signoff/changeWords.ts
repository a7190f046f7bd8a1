import * as strings from 'ImagingDutyMappingWebPartStrings';
import { isDutyStatus, isFoundIn } from '../../../model';
import type { FieldChange } from '../../../services/governance';
import { formatDate } from '../../../wording/format';
import { foundInWord, statusWord } from '../../../wording/vocabulary';

/** The names of the fields a change can touch, as the History panel and the record check say them. */
export const CHANGE_FIELD_LABELS: Readonly<Record<string, string>> = {
  foundIn: strings.CommonExportColumnFoundIn,
  reference: strings.CommonExportColumnReference,
  comments: strings.CommonFieldComments,
  status: strings.CommonDetailsStatus,
  actionWhat: strings.CommonExportColumnAction,
  actionOwner: strings.CommonExportColumnActionOwner,
  actionDue: strings.CommonExportColumnActionDue,
  team: strings.CommonTeamLabel,
  completedBy: strings.MappingHistoryFieldCompletedBy,
  dateCompleted: strings.CommonDateCompletedLabel,
  notes: strings.CommonFieldNotes,
  signOffState: strings.MappingHistoryFieldSignOffState,
  areaComments: strings.MappingHistoryAreaComments
};

/**
 * A changed field's value as people read it: blank said as such, status, Found in and the sign-off
 * state in the app's words, dates as dates; anything else as it is.
 *
 * @param change - The change (its field decides the wording).
 * @param value - Its value before or after.
 * @returns The words.
 */
export function changeValueWord(change: FieldChange, value: string): string {
  if (value === '') {
    return strings.MappingConflictBlank;
  }
  if (change.field === 'status' && isDutyStatus(value)) {
    return statusWord(value).label;
  }
  if (change.field === 'foundIn' && isFoundIn(value)) {
    return foundInWord(value).label;
  }
  if (change.field === 'dateCompleted' || change.field === 'actionDue') {
    return formatDate(value);
  }
  if (change.field === 'signOffState' && (value === 'draft' || value === 'ready')) {
    return value === 'draft' ? strings.MappingHistorySignOffDraft : strings.MappingHistorySignOffReady;
  }
  return value;
}
