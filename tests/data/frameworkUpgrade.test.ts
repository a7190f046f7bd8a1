/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { DEFAULT_FRAMEWORK, serialiseFrameworkDefinition } from '../../src/model';
import { MEMBER, OWNER, siteForThisFile } from './helpers';
import { frameworkWithMoreDuties } from './fixtures';

/**
 * A site set up before frameworks had a unique version key: set-up adds the
 * column, gives old items their keys (even two items that raced for one
 * version) and only then turns uniqueness on.
 */
const site = siteForThisFile({ setUp: true });

test('set-up upgrades an older Frameworks list: keys filled in, then made unique', async () => {
  const list = site.sp(OWNER).web.lists.getByTitle('Duty Mapping Frameworks');
  for (const name of ['IdmVersionKey', 'IdmRole', 'IdmBand', 'IdmChangeNote', 'IdmRetired']) {
    await list.fields.getByInternalNameOrTitle(name).delete();
  }
  // Two owners raced for version 2 before the key existed.
  const definition = serialiseFrameworkDefinition({ ...frameworkWithMoreDuties(1), version: 2 });
  for (const title of ['First v2', 'Second v2']) {
    await list.items.add({ Title: title, IdmFrameworkId: DEFAULT_FRAMEWORK.id, IdmFrameworkVersion: 2, IdmDefinition: definition });
  }
  expect((await site.services(OWNER).setup.checkSite()).state).toBe('needsUpdate');

  await site.services(OWNER).setup.run(() => undefined);

  expect(await site.services(OWNER).setup.checkSite()).toEqual({ state: 'ready', approversManagedBy: 'Olivia Owen' });
  const field = await list.fields.getByInternalNameOrTitle('IdmVersionKey').select('EnforceUniqueValues', 'Indexed')<{ EnforceUniqueValues: boolean; Indexed: boolean }>();
  expect(field).toEqual(expect.objectContaining({ EnforceUniqueValues: true, Indexed: true }));
  const keys = await list.items.select('ID', 'IdmVersionKey').orderBy('ID', true)<Array<{ ID: number; IdmVersionKey: string }>>();
  expect(keys.map((k) => k.IdmVersionKey)).toEqual(['sor-ap-band4@1', 'sor-ap-band4@2', `sor-ap-band4@2#item${keys[2].ID}`]);

  // The app reads the first item for version 2, and the next publish is version 3.
  const [summary] = await site.services(MEMBER).frameworks.listFrameworks();
  expect(summary.versions.map((v) => v.version)).toEqual([2, 1]);
  const published = await site.services(OWNER).frameworks.publish({ framework: frameworkWithMoreDuties(2), basedOnVersion: summary.latestVersion, note: '' });
  expect(published.version).toBe(3);

  // Running set-up again changes nothing.
  const steps: string[] = [];
  await site.services(OWNER).setup.run((all) => {
    const step = all.find((s) => s.id === 'unique:frameworks');
    if (step) {
      steps.push(step.state);
    }
  });
  expect(steps[steps.length - 1]).toBe('skipped');
});
