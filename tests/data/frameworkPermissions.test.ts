/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import '@pnp/sp/site-groups/web';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import { MEMBER, OWNER, expectAppError, siteForThisFile } from './helpers';
import { frameworkWithMoreDuties, newHeader } from './fixtures';

/**
 * The Frameworks list with its own permissions (Owners full control, Members
 * and Visitors read), as the governance set-up locks it: owners still publish
 * and retire from the app, Members still map against it, and a Member's write
 * is refused by SharePoint itself, whether through the app or raw REST.
 */
const site = siteForThisFile({ setUp: true });
const LIST = 'Duty Mapping Frameworks';

beforeAll(async () => {
  const web = site.sp(OWNER).web;
  const [owners, members, visitors, fullControl, read] = await Promise.all([
    web.associatedOwnerGroup(),
    web.associatedMemberGroup(),
    web.associatedVisitorGroup(),
    web.roleDefinitions.getByType(5)(),
    web.roleDefinitions.getByType(2)()
  ]);
  const list = web.lists.getByTitle(LIST);
  await list.breakRoleInheritance(false, true);
  await list.roleAssignments.add(owners.Id, fullControl.Id);
  await list.roleAssignments.add(members.Id, read.Id);
  await list.roleAssignments.add(visitors.Id, read.Id);
});

test('a Member’s raw REST write to the Frameworks list is refused with Access denied', async () => {
  const digest = await fetch(`${site.server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', 'X-Local-User': MEMBER } });
  const { FormDigestValue } = (await digest.json()) as { FormDigestValue: string };
  const reply = await fetch(`${site.server.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(LIST)}')/items`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': FormDigestValue, 'X-Local-User': MEMBER },
    body: JSON.stringify({ Title: 'Hand-made', IdmFrameworkId: DEFAULT_FRAMEWORK.id, IdmFrameworkVersion: 9, IdmVersionKey: 'sor-ap-band4@9', IdmDefinition: '{}' })
  });
  expect(reply.status).toBe(403);
  expect(await reply.json()).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } });
});

test('through the app, a Member cannot publish or retire, but still maps against the framework', async () => {
  const member = site.services(MEMBER);
  await expectAppError(member.frameworks.publish({ framework: frameworkWithMoreDuties(1), basedOnVersion: 1, note: '' }), 'forbidden');
  await expectAppError(member.frameworks.setRetired(DEFAULT_FRAMEWORK.id, true), 'forbidden');
  expect((await member.frameworks.listFrameworks()).map((f) => f.latestVersion)).toEqual([1]);
  const id = await member.mappings.createMapping({ header: newHeader('Locked list team') });
  expect((await site.services(MEMBER).mappings.openMapping(id)).framework.version).toBe(1);
});

test('an Owner still publishes and retires', async () => {
  const owner = site.services(OWNER);
  await expect(owner.frameworks.publish({ framework: frameworkWithMoreDuties(1), basedOnVersion: 1, note: 'Locked but mine' })).resolves.toMatchObject({ version: 2 });
  await owner.frameworks.setRetired(DEFAULT_FRAMEWORK.id, true);
  expect((await site.services(MEMBER).frameworks.listFrameworks())[0]).toMatchObject({ latestVersion: 2, retired: true });
});
