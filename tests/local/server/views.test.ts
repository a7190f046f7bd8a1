/** @jest-environment node */
import '@pnp/sp/views';
import { MEMBER, TestServer, VISITOR, httpError, startTestServer } from './helpers';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.sp().web.lists.add('Views Test', '', 100);
  await t.sp().web.lists.getByTitle('Views Test').fields.addText('Team');
});

afterAll(async () => {
  await t.stop();
});

const list = (login?: string): ReturnType<ReturnType<TestServer['sp']>['web']['lists']['getByTitle']> => t.sp(login).web.lists.getByTitle('Views Test');

describe('views', () => {
  it('starts with SharePoint’s "All Items" view', async () => {
    const views = await list().views.select('Title', 'DefaultView')();
    expect(views).toEqual([expect.objectContaining({ Title: 'All Items', DefaultView: true })]);
  });

  it('creates a view with its query, row limit and paging, and finds it by title', async () => {
    const query = '<GroupBy Collapse="TRUE"><FieldRef Name="Team" /></GroupBy><OrderBy><FieldRef Name="ID" /></OrderBy>';
    const created = await list().views.add('By team', false, { ViewQuery: query, RowLimit: 100, Paged: true });
    expect(created).toMatchObject({ Title: 'By team', ViewQuery: query, RowLimit: 100, Paged: true, PersonalView: false });
    const found = await list().views.getByTitle('by TEAM').select('Title', 'ViewQuery', 'Id')();
    expect(found).toMatchObject({ Title: 'By team', ViewQuery: query });
    expect(await list().views.getById(String(found.Id)).select('Title')()).toMatchObject({ Title: 'By team' });
    const titles = await list().views.select('Title').filter("Title eq 'By team'")();
    expect(titles).toHaveLength(1);
  });

  it('sets a view’s columns: remove all, add in order, remove one, move one', async () => {
    const fields = list().views.getByTitle('By team').fields;
    await fields.removeAll();
    await list().views.getByTitle('By team').fields.add('LinkTitle');
    await list().views.getByTitle('By team').fields.add('Team');
    await list().views.getByTitle('By team').fields.add('Modified');
    expect((await list().views.getByTitle('By team').fields<{ Items: string[] }>()).Items).toEqual(['LinkTitle', 'Team', 'Modified']);
    await list().views.getByTitle('By team').fields.move('Modified', 0);
    await list().views.getByTitle('By team').fields.remove('Team');
    expect((await list().views.getByTitle('By team').fields<{ Items: string[] }>()).Items).toEqual(['Modified', 'LinkTitle']);
  });

  it('refuses a column the list does not have, and a second view with the same title', async () => {
    expect((await httpError(list().views.getByTitle('By team').fields.add('Nope'))).status).toBe(400);
    expect((await httpError(list().views.add('By team'))).status).toBe(500);
  });

  it('lets only people who may manage lists (Members hold Edit) create or change views', async () => {
    expect((await httpError(list(VISITOR).views.add('Visitor view'))).status).toBe(403);
    expect((await httpError(list(VISITOR).views.getByTitle('By team').fields.removeAll())).status).toBe(403);
    await list(MEMBER).views.add('Member view');
    await list(MEMBER).views.getByTitle('Member view').delete();
    expect(await list(MEMBER).views.select('Title')()).toHaveLength(2);
  });

  it('updates and deletes a view; a missing view is a 404', async () => {
    await list().views.getByTitle('By team').update({ RowLimit: 50 });
    expect(await list().views.getByTitle('By team').select('RowLimit')()).toMatchObject({ RowLimit: 50 });
    expect((await httpError(list().views.getByTitle('By team').update({ Nope: 1 } as never))).status).toBe(400);
    await list().views.getByTitle('By team').delete();
    expect((await httpError(list().views.getByTitle('By team')())).status).toBe(404);
  });

  it('works inside a $batch, parts in order', async () => {
    const [batched, execute] = t.sp().web.batched();
    const views = (): ReturnType<typeof list>['views'] => batched.lists.getByTitle('Views Test').views;
    const results = [views().add('Batched', false, { RowLimit: 10 }), views().getByTitle('Batched').fields.removeAll(), views().getByTitle('Batched').fields.add('Team')];
    await execute();
    await Promise.all(results);
    expect((await list().views.getByTitle('Batched').fields<{ Items: string[] }>()).Items).toEqual(['Team']);
  });
});

describe('column formatting', () => {
  it('stores CustomFormatter on a field, null until set', async () => {
    const field = list().fields.getByInternalNameOrTitle('Team');
    expect(await field.select('CustomFormatter')()).toMatchObject({ CustomFormatter: null });
    const json = JSON.stringify({ elmType: 'div', txtContent: '@currentField' });
    await field.update({ CustomFormatter: json });
    expect(await field.select('CustomFormatter')()).toMatchObject({ CustomFormatter: json });
  });
});

it('deleting a list deletes its views', async () => {
  await t.sp().web.lists.add('Short lived', '', 100);
  await t.sp().web.lists.getByTitle('Short lived').views.add('Temporary');
  await t.sp().web.lists.getByTitle('Short lived').delete();
  await t.sp().web.lists.add('Short lived', '', 100);
  expect(await t.sp().web.lists.getByTitle('Short lived').views.select('Title')()).toEqual([expect.objectContaining({ Title: 'All Items' })]);
});
