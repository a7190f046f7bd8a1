import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { SetupStep, SetupTask } from '../../../services/types';
import { formatText } from '../../../wording/format';

/** What each kind of set-up step does, in words; the list's title (as on the site) fills in "{0}". */
const TASK_TEXT: Record<SetupTask, () => string> = {
  inspect: () => strings.SetupTaskInspect,
  createList: () => strings.SetupTaskCreateList,
  addColumns: () => strings.SetupTaskAddColumns,
  addIndexes: () => strings.SetupTaskAddIndexes,
  uniqueVersions: () => strings.SetupTaskUniqueVersions,
  formatColumns: () => strings.SetupTaskFormatColumns,
  addViews: () => strings.SetupTaskAddViews,
  countAreas: () => strings.SetupTaskCountAreas,
  addFramework: () => strings.SetupTaskAddFramework,
  // [governance]
  keepVersions: () => strings.SetupTaskKeepVersions,
  createApprovers: () => strings.SetupTaskCreateApprovers,
  ownersOnly: () => strings.SetupTaskOwnersOnly,
  recordsPermissions: () => strings.SetupTaskRecordsPermissions,
  membersLevel: () => strings.ShellSetupTaskMembersLevel,
  noDeleting: () => strings.ShellSetupTaskNoDeleting,
  // [jdimport]
  documentPermissions: () => strings.SetupTaskDocumentPermissions
};

/**
 * A set-up step in words, for the progress list and the "Update this site" notice.
 *
 * @param step - The step as the data layer reports it.
 * @returns e.g. 'Add the columns of "Duty Mappings"'.
 */
export function setupStepLabel(step: Pick<SetupStep, 'task' | 'listTitle'>): string {
  return formatText(TASK_TEXT[step.task](), step.listTitle ?? '');
}
