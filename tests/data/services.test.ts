/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import { InvalidFrameworkError } from '../../src/data/toolkit/errors';
import { MEMBER, OWNER, VISITOR, expectAppError, siteForThisFile } from './helpers';
import { frameworkWithMoreDuties, newHeader } from './fixtures';

const site = siteForThisFile();

function frameworkItems(): Promise<unknown[]> {
  return site.sp(OWNER).web.lists.getByTitle('Duty Mapping Frameworks').items.select('ID')();
}

describe('permissions', () => {
  test.each([
    [OWNER, 'setUp'],
    [MEMBER, 'edit'],
    [VISITOR, 'read']
  ])('%s may %s', async (user, level) => {
    await expect(site.services(user).permissions.getAccess()).resolves.toBe(level);
  });
});

describe('people', () => {
  test('the signed-in person, with login and email', async () => {
    await expect(site.services(MEMBER).people.currentUser()).resolves.toEqual({
      id: 7,
      login: 'i:0#.f|membership|marcus.mensah@imaging.local',
      displayName: 'Marcus Mensah',
      email: 'marcus.mensah@imaging.local'
    });
  });

  test('search matches name or email, and a quote in the text is safe', async () => {
    const people = site.services(MEMBER).people;
    expect((await people.search("o'brien")).map((p) => p.displayName)).toEqual(["Daniel O'Brien"]);
    expect((await people.search('PRIYA.patel@')).map((p) => p.displayName)).toEqual(['Priya Patel']);
    expect((await people.search('an')).map((p) => p.displayName)).toEqual(["Daniel O'Brien", 'Vera Vance']);
    await expect(people.search("' or 1 eq 1 or '")).resolves.toEqual([]);
    await expect(people.search('   ')).resolves.toEqual([]);
  });
});

describe('frameworks', () => {
  test('before set-up, a member gets the default framework and nothing is written', async () => {
    await site.services(OWNER).setup.run(() => undefined);
    await site.sp(OWNER).web.lists.getByTitle('Duty Mapping Frameworks').items.getById(1).delete();
    await expect(site.services(MEMBER).frameworks.getCurrent()).resolves.toEqual(DEFAULT_FRAMEWORK);
    expect(await frameworkItems()).toHaveLength(0);
  });

  test('an owner’s visit stores the default framework when the site has none, once', async () => {
    await expect(site.services(OWNER).frameworks.getCurrent()).resolves.toEqual(DEFAULT_FRAMEWORK);
    await expect(site.services(OWNER).frameworks.getCurrent()).resolves.toEqual(DEFAULT_FRAMEWORK);
    expect(await frameworkItems()).toHaveLength(1);
  });

  test('only an owner can save a new version', async () => {
    const error = await expectAppError(site.services(MEMBER).frameworks.saveNewVersion(frameworkWithMoreDuties(2)), 'forbidden');
    expect(error.reason).toBe('ownersOnly');
    expect(await frameworkItems()).toHaveLength(1);
  });

  test('an invalid framework is refused with every located problem', async () => {
    const broken = frameworkWithMoreDuties(2);
    broken.areas[0].title = '';
    broken.areas[1].duties[0].id = broken.areas[1].duties[1].id;
    const error = await expectAppError(site.services(OWNER).frameworks.saveNewVersion(broken), 'invalid');
    expect(error).toBeInstanceOf(InvalidFrameworkError);
    expect((error as InvalidFrameworkError).problems.length).toBeGreaterThanOrEqual(2);
    expect((error as InvalidFrameworkError).problems.map((p) => p.path)).toContain('areas[0].title');
    expect(await frameworkItems()).toHaveLength(1);
  });

  test('a new version becomes current for new mappings; older mappings keep theirs', async () => {
    const member = site.services(MEMBER);
    const before = await member.mappings.createMapping({ header: newHeader('Before the change') });
    const saved = await site.services(OWNER).frameworks.saveNewVersion(frameworkWithMoreDuties(3));
    expect(saved.version).toBe(2);
    expect(await site.services(VISITOR).frameworks.getCurrent()).toEqual(saved);

    const after = await member.mappings.createMapping({ header: newHeader('After the change') });
    const openedAfter = await site.services(MEMBER).mappings.openMapping(after);
    expect(openedAfter.mapping.header.frameworkVersion).toBe(2);
    expect(openedAfter.mapping.entries).toHaveLength(27);
    const openedBefore = await site.services(MEMBER).mappings.openMapping(before);
    expect(openedBefore.framework).toEqual(DEFAULT_FRAMEWORK);
    expect(openedBefore.mapping.entries).toHaveLength(24);

    // The yearly review moves to the current framework, keeping answers for duties it still has.
    const review = await member.mappings.createMapping({ header: newHeader('Review on v2'), copyFromMappingId: before });
    expect((await member.mappings.openMapping(review)).mapping.entries).toHaveLength(27);
  });

  test('another framework damaged by hand in SharePoint does not stop new mappings', async () => {
    await site.sp(OWNER).web.lists.getByTitle('Duty Mapping Frameworks').items.add({ Title: 'Broken', IdmFrameworkId: 'broken', IdmFrameworkVersion: 1, IdmDefinition: '{not json' });
    expect((await site.services(MEMBER).frameworks.getCurrent()).version).toBe(2);
    const error = await expectAppError(site.services(MEMBER).frameworks.getNewestValid('broken'), 'invalid');
    expect(error.reason).toBe('frameworkUnreadable');
    expect(error.details.frameworkVersion).toBe(1);
    expect(error.details.frameworkProblems?.length).toBeGreaterThan(0);
  });
});
