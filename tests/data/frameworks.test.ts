/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import type { Framework } from '../../src/model';
import { MEMBER, OWNER, VISITOR, countRequests, expectAppError, siteForThisFile } from './helpers';
import { frameworkWithMoreDuties, newHeader } from './fixtures';

/**
 * Several frameworks side by side, publishing versions safely, and damaged
 * version items that never stop work — against the local SharePoint server.
 */
const site = siteForThisFile({ setUp: true });
const LIST = 'Duty Mapping Frameworks';

function list(user = OWNER): ReturnType<ReturnType<typeof site.sp>['web']['lists']['getByTitle']> {
  return site.sp(user).web.lists.getByTitle(LIST);
}

function bandThree(): Framework {
  const copy = frameworkWithMoreDuties(2);
  return { ...copy, id: 'senior-csw-band3', title: 'Senior clinical support worker mapping', role: 'Senior clinical support worker', band: 'Band 3' };
}

/** Overwrites a stored version's JSON the way a hand edit in SharePoint could. */
async function damage(frameworkId: string, version: number, definition: string): Promise<number> {
  const rows = await list().items.select('ID').filter(`IdmFrameworkId eq '${frameworkId}' and IdmFrameworkVersion eq ${version}`)<Array<{ ID: number }>>();
  await list().items.getById(rows[0].ID).update({ IdmDefinition: definition });
  return rows[0].ID;
}

describe('publishing', () => {
  test('publishing a version is one request, and the version list says who, when and why', async () => {
    const owner = site.services(OWNER);
    const [summary] = await owner.frameworks.listFrameworks();
    expect(summary).toMatchObject({ id: DEFAULT_FRAMEWORK.id, latestVersion: 1, role: 'Assistant Practitioner', band: 'indicative AfC Band 4', retired: false });
    const edited = frameworkWithMoreDuties(1);
    const { result, requests } = await countRequests(site, () => owner.frameworks.publish({ framework: edited, basedOnVersion: 1, note: 'Added a local duty' }));
    expect(requests).toBe(1);
    expect(result.version).toBe(2);
    const [after] = await site.services(MEMBER).frameworks.listFrameworks();
    expect(after.latestVersion).toBe(2);
    expect(after.versions.map((v) => [v.version, v.note, v.publishedBy])).toEqual([
      [2, 'Added a local duty', 'Olivia Owen'],
      [1, '', 'Olivia Owen']
    ]);
    expect(after.versions[0].published).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test('two owners publishing the same version at once: one succeeds, the other is told and nothing repeats', async () => {
    const first = site.services(OWNER);
    const second = site.services(OWNER);
    const outcomes = await Promise.allSettled([
      first.frameworks.publish({ framework: frameworkWithMoreDuties(2), basedOnVersion: 2, note: 'First owner' }),
      second.frameworks.publish({ framework: frameworkWithMoreDuties(3), basedOnVersion: 2, note: 'Second owner' })
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused?.reason).toMatchObject({ kind: 'conflict' });
    expect(refused?.reason).toMatchObject({ reason: 'versionTaken', details: { frameworkVersion: 3 } });
    const versions = (await list().items.select('IdmFrameworkVersion').filter(`IdmFrameworkId eq '${DEFAULT_FRAMEWORK.id}'`)<Array<{ IdmFrameworkVersion: number }>>()).map((r) => r.IdmFrameworkVersion);
    expect(versions.sort()).toEqual([1, 2, 3]);
  });

  test('SharePoint itself refuses a second item for a version, even over raw REST', async () => {
    const add = list().items.add({ Title: 'Sneaky', IdmFrameworkId: DEFAULT_FRAMEWORK.id, IdmFrameworkVersion: 3, IdmVersionKey: `${DEFAULT_FRAMEWORK.id}@3`, IdmDefinition: '{}' });
    await expect(add).rejects.toMatchObject({ status: 500 });
    await expect(add).rejects.toThrow(/SPDuplicateValuesFoundException.*duplicate values were found in the following field\(s\) in the list: \[IdmVersionKey\]/);
  });

  test('an invalid draft is refused with located problems and nothing is stored', async () => {
    const broken = frameworkWithMoreDuties(1);
    broken.areas[0].duties[0].text = ' ';
    const error = await expectAppError(site.services(OWNER).frameworks.publish({ framework: broken, basedOnVersion: 3, note: '' }), 'invalid');
    expect(error.reason).toBe('frameworkInvalid');
    expect(error.details.frameworkProblems).toContainEqual(expect.objectContaining({ code: 'blank', path: 'areas[0].duties[0].text' }));
    expect((await site.services(OWNER).frameworks.listFrameworks())[0].latestVersion).toBe(3);
  });
});

describe('several frameworks', () => {
  test('a second framework sits beside the first, and a new mapping can use it', async () => {
    const owner = site.services(OWNER);
    await owner.frameworks.publish({ framework: bandThree(), basedOnVersion: 0, note: 'Copied from the AP framework' });
    const summaries = await site.services(MEMBER).frameworks.listFrameworks();
    expect(summaries.map((s) => [s.id, s.role, s.band, s.latestVersion])).toEqual([
      [DEFAULT_FRAMEWORK.id, 'Assistant Practitioner', 'indicative AfC Band 4', 3],
      ['senior-csw-band3', 'Senior clinical support worker', 'Band 3', 1]
    ]);
    const member = site.services(MEMBER);
    const id = await member.mappings.createMapping({ header: newHeader('Band 3 team'), frameworkId: 'senior-csw-band3' });
    const opened = await site.services(MEMBER).mappings.openMapping(id);
    expect(opened.framework.id).toBe('senior-csw-band3');
    expect(opened.mapping.header).toMatchObject({ frameworkId: 'senior-csw-band3', frameworkVersion: 1 });
    expect((await member.mappings.listMappings()).find((m) => m.id === id)).toMatchObject({ frameworkId: 'senior-csw-band3', frameworkVersion: 1 });
  });

  test('retiring marks the framework retired for everyone; publishing keeps it retired; it can come back', async () => {
    const owner = site.services(OWNER);
    await owner.frameworks.setRetired('senior-csw-band3', true);
    const retired = (await site.services(MEMBER).frameworks.listFrameworks()).find((s) => s.id === 'senior-csw-band3');
    expect(retired?.retired).toBe(true);
    await owner.frameworks.publish({ framework: bandThree(), basedOnVersion: 1, note: 'Still retired', retired: true });
    expect((await owner.frameworks.listFrameworks()).find((s) => s.id === 'senior-csw-band3')).toMatchObject({ retired: true, latestVersion: 2 });
    await owner.frameworks.setRetired('senior-csw-band3', false);
    expect((await owner.frameworks.listFrameworks()).find((s) => s.id === 'senior-csw-band3')?.retired).toBe(false);
  });
});

describe('a damaged framework never stops work', () => {
  let mappingOnV1: number;

  test('a damaged newest version is skipped for new mappings, and owners are told which item and what is wrong', async () => {
    mappingOnV1 = await site.services(MEMBER).mappings.createMapping({ header: newHeader('On version 3') });
    const itemId = await damage(DEFAULT_FRAMEWORK.id, 3, '{"id":"sor-ap-band4","version":3,"title":"x","guidance":{"title":"g"},"introduction":[],"provenance":[],"areas":[]}');
    const usable = await site.services(MEMBER).frameworks.getNewestValid(DEFAULT_FRAMEWORK.id);
    expect(usable.framework.version).toBe(2);
    expect(usable.skipped.map((d) => [d.version, d.itemId])).toEqual([[3, itemId]]);
    const created = await site.services(MEMBER).mappings.createMapping({ header: newHeader('After the damage') });
    expect((await site.services(MEMBER).mappings.openMapping(created)).mapping.header.frameworkVersion).toBe(2);

    const damaged = await site.services(OWNER).frameworks.findDamaged();
    expect(damaged).toEqual([
      expect.objectContaining({ frameworkId: DEFAULT_FRAMEWORK.id, version: 3, itemId, problems: [expect.objectContaining({ code: 'empty', path: 'areas' })] })
    ]);
  });

  test('a mapping whose version is damaged opens with the nearest valid version, and says so', async () => {
    const opened = await site.services(MEMBER).mappings.openMapping(mappingOnV1);
    expect(opened.mapping.header.frameworkVersion).toBe(3);
    expect(opened.framework.version).toBe(2);
    expect(opened.frameworkFallback).toEqual({ wanted: 3, used: 2, reason: 'damaged' });
  });

  test('a garbled version 1 item no longer stops version-1 mappings from opening', async () => {
    const onV1 = await site.services(MEMBER).mappings.createMapping({ header: newHeader('Pinned to v1'), frameworkId: DEFAULT_FRAMEWORK.id });
    // Pin it to version 1 as an old mapping would be.
    await site.sp(OWNER).web.lists.getByTitle('Duty Mappings').items.getById(onV1).update({ IdmFrameworkVersion: 1 });
    await damage(DEFAULT_FRAMEWORK.id, 1, '{not json');
    const opened = await site.services(MEMBER).mappings.openMapping(onV1);
    expect(opened.framework.version).toBe(2);
    expect(opened.frameworkFallback).toEqual({ wanted: 1, used: 2, reason: 'damaged' });
  });

  test('republishing makes the framework whole again for new mappings', async () => {
    const owner = site.services(OWNER);
    const [summary] = await owner.frameworks.listFrameworks();
    await owner.frameworks.publish({ framework: frameworkWithMoreDuties(4), basedOnVersion: summary.latestVersion, note: 'Republished after repair' });
    expect((await site.services(MEMBER).frameworks.getNewestValid(DEFAULT_FRAMEWORK.id)).framework.version).toBe(4);
  });
});

test('opening a mapping stays at two requests with 20 versions of 3 frameworks on the site', async () => {
  const owner = site.services(OWNER);
  for (const id of ['many-a', 'many-b', 'many-c']) {
    for (let version = 1; version <= 20; version += 1) {
      await owner.frameworks.publish({ framework: { ...frameworkWithMoreDuties(1), id }, basedOnVersion: version - 1, note: `v${version}` });
    }
  }
  const mappingId = await site.services(MEMBER).mappings.createMapping({ header: newHeader('Many versions'), frameworkId: 'many-b' });
  const fresh = site.services(MEMBER);
  const { result, requests } = await countRequests(site, () => fresh.mappings.openMapping(mappingId));
  expect(result.framework).toMatchObject({ id: 'many-b', version: 20 });
  // The framework's newest version number comes in the same request as the version, for the "newer version" notice.
  expect(result.latestFrameworkVersion).toBe(20);
  expect(requests).toBe(2);
});

test('a mapping on an older version learns of the newer one as it opens, with no request more', async () => {
  const owner = site.services(OWNER);
  const id = 'newer-notice';
  await owner.frameworks.publish({ framework: { ...frameworkWithMoreDuties(1), id }, basedOnVersion: 0, note: 'v1' });
  const mappingId = await site.services(MEMBER).mappings.createMapping({ header: newHeader('Older version'), frameworkId: id });
  await owner.frameworks.publish({ framework: { ...frameworkWithMoreDuties(2), id }, basedOnVersion: 1, note: 'v2' });
  const { result, requests } = await countRequests(site, () => site.services(MEMBER).mappings.openMapping(mappingId));
  expect(result.mapping.header.frameworkVersion).toBe(1);
  expect(result.latestFrameworkVersion).toBe(2);
  expect(requests).toBe(2);
});

test('a visitor cannot publish or retire: SharePoint refuses the write and the app says so', async () => {
  const visitor = site.services(VISITOR);
  await expectAppError(visitor.frameworks.setRetired(DEFAULT_FRAMEWORK.id, true), 'forbidden');
  await expectAppError(visitor.frameworks.publish({ framework: frameworkWithMoreDuties(1), basedOnVersion: 99, note: '' }), 'forbidden');
});

describe('moving a mapping to a newer version', () => {
  test('new duties arrive as Not yet reviewed, every entry is kept, and the mapping records the new version', async () => {
    const member = site.services(MEMBER);
    const mappingId = await member.mappings.createMapping({ header: newHeader('Moving team'), frameworkId: 'senior-csw-band3' });
    const opened = await member.mappings.openMapping(mappingId);
    const first = opened.mapping.entries[0];
    await member.mappings.saveChanges(mappingId, { entries: [{ entry: { ...first, status: 'inPlace', foundIn: 'jd', reference: 'JD 2.1' }, etag: opened.entryEtags[first.dutyId] }] });

    const owner = site.services(OWNER);
    const next = bandThree();
    next.areas[0].duties.push({ id: 'csw-new-duty', text: 'A duty added in version 3' });
    next.areas[0].duties[0].text = 'Reworded in version 3';
    const removed = next.areas[1].duties.shift();
    await owner.frameworks.publish({ framework: next, basedOnVersion: 2, note: 'v3' });

    // Still on its own version until moved.
    expect((await site.services(MEMBER).mappings.openMapping(mappingId)).mapping.header.frameworkVersion).toBe(2);
    const progress: Array<[number, number]> = [];
    await member.frameworks.moveMapping(mappingId, 3, (p) => progress.push([p.done, p.total]));
    expect(progress).toEqual([
      [0, 1],
      [1, 1]
    ]);

    const moved = await site.services(MEMBER).mappings.openMapping(mappingId);
    expect(moved.mapping.header.frameworkVersion).toBe(3);
    expect(moved.framework.version).toBe(3);
    expect(moved.mapping.entries.find((e) => e.dutyId === first.dutyId)).toMatchObject({ status: 'inPlace', reference: 'JD 2.1' });
    expect(moved.mapping.entries.find((e) => e.dutyId === 'csw-new-duty')).toMatchObject({ status: 'notReviewed' });
    // The removed duty's entry is still stored (the mapping's history), not deleted.
    expect(moved.mapping.entries.some((e) => e.dutyId === removed?.id)).toBe(true);
    const summary = (await member.mappings.listMappings()).find((m) => m.id === mappingId);
    expect(summary).toMatchObject({ frameworkVersion: 3 });
    expect(summary?.counts.inPlace).toBe(1);
    expect(summary?.counts.notReviewed).toBe(moved.framework.areas.flatMap((a) => a.duties).length - 1);
  });
});
