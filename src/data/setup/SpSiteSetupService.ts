import { AppError } from '../../services/errors';
import type { PermissionService, SetupStep, SetupTask, SiteReadiness, SiteSetupService } from '../../services/types';
import { logAppError } from '../../services/diagnostics';
import { toAppError } from '../../services/toAppError';
import { withAppErrors } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import { DOCUMENTS_LIBRARY, SCHEMA } from '../schema';
import type { ListKey } from '../schema';
import { fillAreaCounts } from './areaCountSteps';
import { needs } from './needs';
import { inspectSite } from './inspect';
import type { SiteState } from './inspect';
import { addColumns, addIndexes, createList } from './listSteps';
import type { StepResult } from './listSteps';
import { addViews, formatColumns, seedFramework } from './viewSteps';
import { governanceSteps } from './governanceSteps';
import { enforceVersionKeys } from './frameworkSteps';
import { documentsNeedOwnPermissions, lockDocumentsLibrary } from './documentSteps';

/** Without these the app cannot work at all: the site is "not set up" rather than "needs an update". */
const CORE_LISTS: readonly ListKey[] = ['frameworks', 'mappings', 'entries'];

/**
 * One step of set-up. `run` must be idempotent (look first, do only what is
 * missing, return 'skipped' when there is nothing to do); `needed` answers from
 * the inspected site alone, without requests, whether `run` would do anything:
 * that is how the app notices a site set up by an older version and offers
 * Owners "Update this site". Other features add their steps in {@link plan}.
 */
interface PlannedStep {
  step: SetupStep;
  needed: (state: SiteState) => boolean;
  run: (state: SiteState) => Promise<StepResult>;
}

/** The steps of set-up, in order; each decides for itself whether there is anything to do. */
function plan(context: DataContext): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const add = (id: string, task: SetupTask, listTitle: string | undefined, needed: PlannedStep['needed'], run: PlannedStep['run']): void => {
    steps.push({ step: listTitle === undefined ? { id, task, state: 'pending' } : { id, task, listTitle, state: 'pending' }, needed, run });
  };
  for (const list of SCHEMA) {
    add(`list:${list.key}`, 'createList', list.title, (state) => needs.list(state, list), (state) => createList(context, state, list));
    add(`columns:${list.key}`, 'addColumns', list.title, (state) => needs.columns(state, list), (state) => addColumns(context, state, list));
    add(`indexes:${list.key}`, 'addIndexes', list.title, (state) => needs.indexes(state, list), (state) => addIndexes(context, state, list));
    if (list.key === 'frameworks') {
      add('unique:frameworks', 'uniqueVersions', undefined, (state) => needs.uniqueVersions(state), (state) => enforceVersionKeys(context, state));
    }
    if (list.fields.some((field) => field.formatter)) {
      add(`formatting:${list.key}`, 'formatColumns', list.title, (state) => needs.formatting(state, list), (state) => formatColumns(context, state, list));
    }
    add(`views:${list.key}`, 'addViews', list.title, (state) => needs.views(state, list), (state) => addViews(context, state, list));
  }
  // Mappings saved before per-area counts existed get them from their entries.
  add('areaCounts', 'countAreas', undefined, needs.areaCounts, () => fillAreaCounts(context));
  add('framework', 'addFramework', undefined, (state) => !state.hasFramework, (state) => seedFramework(context, state));
  // Version history, the approvers group, and Owners-only lists
  for (const step of governanceSteps(context)) {
    add(step.id, step.task, step.listTitle, step.needed, step.run);
  }
  // The JD/PS library: Members contribute, Visitors read, Owners full control.
  add('permissions:documents', 'documentPermissions', DOCUMENTS_LIBRARY.title, documentsNeedOwnPermissions, (state) => lockDocumentsLibrary(context, state));
  return steps;
}

/**
 * Sets up the site's lists from the schema. Safe to run any number of times:
 * it looks first, then creates only what is missing, and never changes or
 * removes anything that exists (lists, columns, views, items).
 */
export class SpSiteSetupService implements SiteSetupService {
  private readonly context: DataContext;
  private readonly permissions: PermissionService;

  public constructor(context: DataContext, permissions: PermissionService) {
    this.context = context;
    this.permissions = permissions;
  }

  /**
   * Whether the site is set up, and whether set-up has anything left to do on it
   * (one request after the person's access is known: the app asks for both
   * together, and {@link SpPermissionService} shares that one request). Only an
   * Owner's check reads the lists' permissions (whether each has its own, who
   * holds what), so loading never depends on a read a Member or Visitor may be
   * refused; their check leaves the permission steps out.
   *
   * @returns Not set up, needs an update (with what the update would do), or ready.
   */
  public async checkSite(): Promise<SiteReadiness> {
    return withAppErrors(async () => {
      const owner = (await this.permissions.getAccess()) === 'setUp';
      const state = await inspectSite(this.context, { permissions: owner });
      // Reads and writes leave out columns the site does not have yet, so Members keep working.
      this.context.missingFields.clear();
      for (const list of SCHEMA) {
        const existing = state.lists.get(list.key);
        list.fields.filter((field) => !existing?.fields.has(field.internalName)).forEach((field) => this.context.missingFields.add(field.internalName));
      }
      if (CORE_LISTS.some((key) => !state.lists.has(key))) {
        return { state: 'notSetUp' };
      }
      const pending = plan(this.context).filter((planned) => planned.needed(state));
      const managedBy = state.approversGroupOwner ? { approversManagedBy: state.approversGroupOwner } : {};
      return pending.length === 0 ? { state: 'ready', ...managedBy } : { state: 'needsUpdate', steps: pending.map((planned) => planned.step), ...managedBy };
    }, 'checkSite');
  }

  /**
   * Runs set-up, reporting every step as it starts and ends.
   *
   * @param onProgress - Called with all steps (a fresh array) whenever one changes.
   * @throws AppError('forbidden') for anyone without Manage Permissions on the site (before anything is created); the failed step's error otherwise.
   */
  public async run(onProgress: (steps: SetupStep[]) => void): Promise<void> {
    const access = await this.permissions.getAccess();
    if (access !== 'setUp') {
      throw new AppError('forbidden', { reason: 'ownersOnly' });
    }
    // Filled in by the first step; every later step reads and updates it.
    const state: SiteState = { lists: new Map(), hasFramework: false };
    this.context.missingFields.clear();
    const inspect: PlannedStep = {
      step: { id: 'inspect', task: 'inspect', state: 'pending' },
      needed: () => true,
      run: async (target) => {
        Object.assign(target, await inspectSite(this.context, { permissions: true }));
        return 'done';
      }
    };
    const steps = [inspect, ...plan(this.context)];
    const report = (): void => onProgress(steps.map((planned) => ({ ...planned.step })));
    report();
    for (const planned of steps) {
      planned.step.state = 'running';
      report();
      try {
        planned.step.state = await planned.run(state);
      } catch (error) {
        planned.step.state = 'failed';
        report();
        const failure = toAppError(error);
        failure.operation ??= `run (${planned.step.id})`;
        logAppError(failure);
        throw failure;
      }
      report();
    }
  }
}
