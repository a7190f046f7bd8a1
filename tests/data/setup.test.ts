/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import type { SetupStep } from '../../src/services/types';
import { SCHEMA } from '../../src/data/schema';
import { MEMBER, OWNER, VISITOR, expectAppError, siteForThisFile } from './helpers';

type Json = Record<string, unknown>;

const site = siteForThisFile();

/** Everything set-up makes, as SharePoint reports it. */
async function snapshot(): Promise<Json> {
  const sp = site.sp(OWNER);
  const lists = await sp.web.lists.select('Title')<Json[]>();
  const out: Json = { lists: lists.map((l) => l.Title).sort() };
  for (const list of SCHEMA) {
    const l = sp.web.lists.getByTitle(list.title);
    out[list.key] = {
      fields: await l.fields.select('InternalName', 'Title', 'Indexed', 'CustomFormatter')<Json[]>(),
      views: await l.views.select('Title', 'ViewQuery')<Json[]>(),
      items: await l.items.select('ID')<Json[]>()
    };
  }
  return out;
}

function finalStates(progress: SetupStep[][]): Record<string, string> {
  const last = progress[progress.length - 1];
  return Object.fromEntries(last.map((step) => [step.id, step.state]));
}

test('before set-up the site reports it is not set up, and the repositories say the lists are missing', async () => {
  const services = site.services(MEMBER);
  await expect(services.setup.checkSite()).resolves.toEqual({ state: 'notSetUp' });
  const error = await expectAppError(services.mappings.listMappings(), 'missingLists');
  expect(error.reason).toBeUndefined();
  await expectAppError(services.mappings.openMapping(1), 'missingLists');
});

test.each([
  ['a member', MEMBER],
  ['a visitor', VISITOR]
])('%s asking for set-up is refused plainly, and nothing is created', async (_who, user) => {
  const progress: SetupStep[][] = [];
  const error = await expectAppError(site.services(user).setup.run((steps) => progress.push(steps)), 'forbidden');
  expect(error.reason).toBe('ownersOnly');
  expect(progress).toEqual([]);
  expect(await site.sp(OWNER).web.lists.select('Title')()).toEqual([]);
});

test('an owner sets up an empty site, step by step', async () => {
  const progress: SetupStep[][] = [];
  await site.services(OWNER).setup.run((steps) => progress.push(steps));
  const states = finalStates(progress);
  // Every step did its work, except indexing a list the app never filters (it has no indexed column),
  // adding views to a list that has none, counting areas of mappings that do not exist yet,
  // and turning on versions, which lists created by set-up have from the start.
  const unindexed = SCHEMA.filter((list) => !list.fields.some((f) => f.indexed)).map((list) => `indexes:${list.key}`);
  const viewless = SCHEMA.filter((list) => list.views.length === 0).map((list) => `views:${list.key}`);
  const nothingToDo = [...unindexed, ...viewless, 'areaCounts', 'versioning'];
  for (const [id, state] of Object.entries(states)) {
    expect([id, state]).toEqual([id, nothingToDo.includes(id) ? 'skipped' : 'done']);
  }
  expect(Object.keys(states)).toContain('framework');
  // Each step was reported running before it ended.
  for (const id of Object.keys(states)) {
    expect(progress.some((steps) => steps.find((s) => s.id === id)?.state === 'running')).toBe(true);
  }
  expect(progress[0].every((step) => step.state === 'pending')).toBe(true);
  // Every step but the first, the frameworks' unique versions, the area counts, the framework's and governance's
  // versioning, approvers group and Members' permission level names the list it works on, for the app to word.
  expect(progress[0].filter((step) => step.listTitle === undefined).map((step) => step.task)).toEqual([
    'inspect',
    'uniqueVersions',
    'countAreas',
    'addFramework',
    'keepVersions',
    'createApprovers',
    'membersLevel',
    'approversLevel'
  ]);
  await expect(site.services(VISITOR).setup.checkSite()).resolves.toEqual({ state: 'ready' });
});

test('the lists have the schema’s columns, indexes, views and status formatting', async () => {
  const state = await snapshot();
  expect(state.lists).toEqual(SCHEMA.map((l) => l.title).sort());
  for (const list of SCHEMA) {
    const { fields, views } = state[list.key] as { fields: Json[]; views: Json[] };
    for (const field of list.fields) {
      const found = fields.find((f) => f.InternalName === field.internalName);
      expect(found).toMatchObject({ Title: field.displayName, Indexed: field.indexed === true });
      if (field.formatter) {
        expect(JSON.parse(String(found?.CustomFormatter))).toEqual(field.formatter);
      }
    }
    expect(fields.find((f) => f.InternalName === 'Title')?.Title).toBe(list.titleDisplayName);
    for (const view of list.views) {
      expect(views.find((v) => v.Title === view.title)?.ViewQuery).toBe(view.query);
      const viewFields = await site.sp(OWNER).web.lists.getByTitle(list.title).views.getByTitle(view.title).fields<{ Items: string[] }>();
      expect(viewFields.Items).toEqual(view.fields);
    }
  }
  expect((state.frameworks as { items: Json[] }).items).toHaveLength(1);
});

test('running set-up again changes nothing: no duplicates, nothing reset, items untouched', async () => {
  const owner = site.services(OWNER);
  const id = await owner.mappings.createMapping({ header: { team: 'Radiology — Ward X-ray', completedBy: { people: [], otherNames: [] }, notes: '' } });
  const before = await owner.mappings.openMapping(id);
  const snapshotBefore = await snapshot();

  const progress: SetupStep[][] = [];
  await owner.setup.run((steps) => progress.push(steps));
  const states = finalStates(progress);
  expect(states.inspect).toBe('done');
  expect(Object.entries(states).filter(([id2]) => id2 !== 'inspect').every(([, state]) => state === 'skipped')).toBe(true);

  expect(await snapshot()).toEqual(snapshotBefore);
  const after = await site.services(OWNER).mappings.openMapping(id);
  expect(after.headerEtag).toBe(before.headerEtag);
  expect(after.entryEtags).toEqual(before.entryEtags);
});

test('set-up puts back only what is missing and keeps an owner’s own changes', async () => {
  const sp = site.sp(OWNER);
  const entries = sp.web.lists.getByTitle('Duty Mapping Entries');
  await entries.fields.getByInternalNameOrTitle('IdmActionOwner').delete();
  await entries.fields.getByInternalNameOrTitle('IdmStatus').update({ Title: 'Where we are', CustomFormatter: '{"elmType":"div"}' });
  await entries.fields.getByInternalNameOrTitle('IdmTeam').update({ Indexed: false });
  await entries.views.getByTitle('Gaps and actions').delete();

  const progress: SetupStep[][] = [];
  await site.services(OWNER).setup.run((steps) => progress.push(steps));
  const states = finalStates(progress);
  expect(states['columns:entries']).toBe('done');
  expect(states['indexes:entries']).toBe('done');
  expect(states['views:entries']).toBe('done');
  expect(states['formatting:entries']).toBe('skipped');
  expect(states['list:entries']).toBe('skipped');

  const fields = await entries.fields.select('InternalName', 'Title', 'Indexed', 'CustomFormatter')<Json[]>();
  expect(fields.find((f) => f.InternalName === 'IdmActionOwner')).toMatchObject({ Title: 'Action owner' });
  expect(fields.find((f) => f.InternalName === 'IdmStatus')).toMatchObject({ Title: 'Where we are', CustomFormatter: '{"elmType":"div"}' });
  expect(fields.find((f) => f.InternalName === 'IdmTeam')).toMatchObject({ Indexed: true });
  const views = await entries.views.select('Title')<Json[]>();
  expect(views.filter((v) => v.Title === 'Gaps and actions')).toHaveLength(1);
});
