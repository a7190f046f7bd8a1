import { AppError } from '../../services/errors';
import type { PermissionService, SetupStep, SiteSetupService } from '../../services/types';
import { toAppError, withAppErrors } from '../errors';
import type { DataContext } from '../repositories/context';
import { SCHEMA } from '../schema';
import { inspectSite } from './inspect';
import type { SiteState } from './inspect';
import { addColumns, addIndexes, createList } from './listSteps';
import type { StepResult } from './listSteps';
import { addViews, formatColumns, seedFramework } from './viewSteps';
import { governanceSteps } from './governanceSteps';
import { enforceVersionKeys } from './frameworkSteps';

interface PlannedStep {
  step: SetupStep;
  run: (state: SiteState) => Promise<StepResult>;
}

/** The steps of set-up, in order; each decides for itself whether there is anything to do. */
function plan(context: DataContext): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const add = (id: string, label: string, run: PlannedStep['run']): void => {
    steps.push({ step: { id, label, state: 'pending' }, run });
  };
  for (const list of SCHEMA) {
    add(`list:${list.key}`, `Create the "${list.title}" list`, (state) => createList(context, state, list));
    add(`columns:${list.key}`, `Add the columns of "${list.title}"`, (state) => addColumns(context, state, list));
    add(`indexes:${list.key}`, `Index the columns "${list.title}" is searched by`, (state) => addIndexes(context, state, list));
    if (list.key === 'frameworks') {
      add('unique:frameworks', 'Make framework version numbers unique', (state) => enforceVersionKeys(context, state));
    }
    if (list.fields.some((field) => field.formatter)) {
      add(`formatting:${list.key}`, `Show status with an icon and words in "${list.title}"`, (state) => formatColumns(context, state, list));
    }
    if (list.views.length > 0) {
      add(`views:${list.key}`, `Add the views of "${list.title}" for managers`, (state) => addViews(context, state, list));
    }
  }
  add('framework', 'Add the default duty framework', (state) => seedFramework(context, state));
  // [governance] version history, the approvers group, and Owners-only lists
  for (const step of governanceSteps(context)) {
    add(step.id, step.label, step.run);
  }
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
   * Whether every list exists with every column (one request after the digest).
   *
   * @returns True when the app can work on this site.
   */
  public async isSetUp(): Promise<boolean> {
    return withAppErrors(async () => {
      const state = await inspectSite(this.context);
      return SCHEMA.every((list) => {
        const existing = state.lists.get(list.key);
        return existing !== undefined && list.fields.every((field) => existing.fields.has(field.internalName));
      });
    });
  }

  /**
   * Runs set-up, reporting every step as it starts and ends.
   *
   * @param onProgress - Called with all steps (a fresh array) whenever one changes.
   * @throws AppError('forbidden') for anyone but a site owner; the failed step's error otherwise.
   */
  public async run(onProgress: (steps: SetupStep[]) => void): Promise<void> {
    const access = await this.permissions.getAccess();
    if (access !== 'setUp') {
      throw new AppError(
        'forbidden',
        'Only a site owner can set up the duty mapping lists on this site. Ask an owner of this site to open the app and choose "Set up this site".'
      );
    }
    // Filled in by the first step; every later step reads and updates it.
    const state: SiteState = { lists: new Map(), hasFramework: false };
    const inspect: PlannedStep = {
      step: { id: 'inspect', label: 'Check what this site already has', state: 'pending' },
      run: async (target) => {
        Object.assign(target, await inspectSite(this.context));
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
        throw toAppError(error);
      }
      report();
    }
  }
}
