/**
 * The behaviour every FrameworkStore must have (publishing numbered versions,
 * refusing a stale or invalid one, retiring), run against the UI tests' fake
 * (fake.test.ts) and the real store over HTTP on the local SharePoint server
 * (sharePoint.test.ts).
 */
import { DEFAULT_FRAMEWORK } from '../../src/model';
import type { Framework } from '../../src/model';
import { AppError } from '../../src/services/errors';
import type { FrameworkStore } from '../../src/services/frameworks';

export interface FrameworkStoreSubject {
  /** A new session of a site Owner; sessions of one subject share one site. */
  owner(): FrameworkStore;
}

let frameworks = 0;

/** A framework of its own per test, so the cases do not meet on one site. */
function newFramework(): Framework {
  frameworks += 1;
  const framework = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;
  return { ...framework, id: `contract-framework-${frameworks}`, title: `Contract framework ${frameworks}`, version: 1 };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error
  );
}

/**
 * Declares the contract's cases for one implementation.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function frameworkStoreContract(subject: () => FrameworkStoreSubject): void {
  test('the current framework is the product’s own', async () => {
    const current = await subject().owner().getCurrent();
    expect(current.id).toBe(DEFAULT_FRAMEWORK.id);
    expect(current.areas.map((a) => a.id)).toEqual(DEFAULT_FRAMEWORK.areas.map((a) => a.id));
  });

  test('publishing numbers the versions one after another, lists them newest first with their notes, and each reads back', async () => {
    const s = subject();
    const store = s.owner();
    const framework = newFramework();
    const first = await store.publish({ framework, basedOnVersion: 0, note: '' });
    expect(first.version).toBe(1);
    const second = await store.publish({ framework: { ...framework, title: `${framework.title} (revised)` }, basedOnVersion: 1, note: 'Clearer wording' });
    expect(second.version).toBe(2);

    const listed = (await s.owner().listFrameworks()).find((f) => f.id === framework.id);
    expect(listed).toMatchObject({ title: `${framework.title} (revised)`, retired: false, latestVersion: 2 });
    expect(listed?.versions.map((v) => [v.version, v.note])).toEqual([
      [2, 'Clearer wording'],
      [1, '']
    ]);
    expect((await store.getVersion(framework.id, 1)).title).toBe(framework.title);
    expect((await store.getNewestValid(framework.id)).framework.version).toBe(2);
  });

  test('publishing on a version someone else has moved past is refused as a conflict and adds nothing', async () => {
    const s = subject();
    const framework = newFramework();
    await s.owner().publish({ framework, basedOnVersion: 0, note: '' });
    await s.owner().publish({ framework, basedOnVersion: 1, note: 'Theirs' });

    const error = await caught(s.owner().publish({ framework, basedOnVersion: 1, note: 'Mine' }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'conflict', details: { reason: 'versionTaken', frameworkVersion: 2 } });
    const listed = (await s.owner().listFrameworks()).find((f) => f.id === framework.id);
    expect(listed?.versions.map((v) => v.note)).toEqual(['Theirs', '']);
  });

  test('an invalid definition is refused with its problems located, and nothing is published', async () => {
    const s = subject();
    const framework = newFramework();
    const error = await caught(s.owner().publish({ framework: { ...framework, areas: [] }, basedOnVersion: 0, note: '' }));
    expect(error).toMatchObject({ kind: 'invalid', reason: 'frameworkInvalid' });
    expect((error as AppError).details.frameworkProblems?.length).toBeGreaterThan(0);
    expect((await s.owner().listFrameworks()).some((f) => f.id === framework.id)).toBe(false);
  });

  test('a version that was never published is not found', async () => {
    const error = await caught(subject().owner().getVersion(DEFAULT_FRAMEWORK.id, 999));
    expect(error).toMatchObject({ kind: 'notFound' });
  });

  test('a retired framework stays listed as retired, a publish that carries it keeps it retired, and it can be brought back', async () => {
    const s = subject();
    const framework = newFramework();
    await s.owner().publish({ framework, basedOnVersion: 0, note: '' });
    await s.owner().setRetired(framework.id, true);
    const retired = (await s.owner().listFrameworks()).find((f) => f.id === framework.id);
    expect(retired?.retired).toBe(true);

    await s.owner().publish({ framework, basedOnVersion: 1, note: 'Still retired', retired: true });
    expect((await s.owner().listFrameworks()).find((f) => f.id === framework.id)).toMatchObject({ retired: true, latestVersion: 2 });

    await s.owner().setRetired(framework.id, false);
    expect((await s.owner().listFrameworks()).find((f) => f.id === framework.id)?.retired).toBe(false);
  });

  test('a publish that does not carry the retirement brings a retired framework back', async () => {
    const s = subject();
    const framework = newFramework();
    await s.owner().publish({ framework, basedOnVersion: 0, note: '' });
    await s.owner().setRetired(framework.id, true);
    await s.owner().publish({ framework, basedOnVersion: 1, note: 'Back in use' });
    expect((await s.owner().listFrameworks()).find((f) => f.id === framework.id)?.retired).toBe(false);
  });
}
