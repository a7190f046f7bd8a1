import type { AppError } from '../../../src/services/errors';
import type { SetupStep, SiteReadiness, SiteSetupService } from '../../../src/services/types';

/** What the fake set-up reads from and writes to the fake "server". */
export interface FakeSetupSource {
  siteSetUp: boolean;
  /** What "Update this site" would do on a site set up by an older version; empty when up to date. */
  pendingUpdate: SetupStep[];
  /** Set-up creates these lists, one step each. */
  setupLists: string[];
  /** While set, set-up pauses at its second step until the test resolves it. */
  setupPause: Promise<void> | undefined;
  /** The next queued failure of set-up's steps, if any. */
  nextFailure(method: 'run'): AppError | undefined;
  call<T>(method: 'checkSite', run: () => T): Promise<T>;
}

const copies = (steps: SetupStep[]): SetupStep[] => steps.map((s) => ({ ...s }));

/** In-memory set-up: one step per list, reported as it runs; a failed step stops it. */
export function fakeSetup(source: FakeSetupSource): SiteSetupService {
  return {
    checkSite: async (): Promise<SiteReadiness> =>
      source.call('checkSite', (): SiteReadiness => {
        if (!source.siteSetUp) {
          return { state: 'notSetUp' };
        }
        return source.pendingUpdate.length > 0 ? { state: 'needsUpdate', steps: copies(source.pendingUpdate) } : { state: 'ready' };
      }),
    run: async (onProgress: (steps: SetupStep[]) => void): Promise<void> => {
      const steps: SetupStep[] = source.setupLists.map((listTitle, i) => ({ id: `step-${i}`, task: 'createList', listTitle, state: 'pending' }));
      onProgress(copies(steps));
      for (const [index, step] of steps.entries()) {
        step.state = 'running';
        onProgress(copies(steps));
        await (index === 1 && source.setupPause ? source.setupPause : Promise.resolve());
        const failure = source.nextFailure('run');
        if (failure) {
          step.state = 'failed';
          onProgress(copies(steps));
          throw failure;
        }
        step.state = 'done';
        onProgress(copies(steps));
      }
      source.siteSetUp = true;
      source.pendingUpdate = [];
    }
  };
}
