import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { SetupStep, SetupTask } from '../../../services/types';
import { formatText } from '../../../wording/format';

/** What each kind of set-up step does, in words; the list's title (as on the site) fills in "{0}". */
const TASK_TEXT: Record<SetupTask, () => string> = {
  inspect: () => strings.ShellSetupTaskInspect,
  createList: () => strings.ShellSetupTaskCreateList,
  addColumns: () => strings.ShellSetupTaskAddColumns,
  addIndexes: () => strings.ShellSetupTaskAddIndexes,
  uniqueVersions: () => strings.ShellSetupTaskUniqueVersions,
  formatColumns: () => strings.ShellSetupTaskFormatColumns,
  addViews: () => strings.ShellSetupTaskAddViews,
  countAreas: () => strings.ShellSetupTaskCountAreas,
  addFramework: () => strings.ShellSetupTaskAddFramework,
  keepVersions: () => strings.ShellSetupTaskKeepVersions,
  createApprovers: () => strings.ShellSetupTaskCreateApprovers,
  ownersOnly: () => strings.ShellSetupTaskOwnersOnly,
  recordsPermissions: () => strings.ShellSetupTaskRecordsPermissions,
  membersLevel: () => strings.ShellSetupTaskMembersLevel,
  approversLevel: () => strings.ShellSetupTaskApproversLevel,
  noDeleting: () => strings.ShellSetupTaskNoDeleting,
  documentPermissions: () => strings.ShellSetupTaskDocumentPermissions
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
