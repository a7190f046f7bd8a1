/** @jest-environment node */
import { MEMBER, TestServer, VISITOR, httpError, startTestServer } from './helpers';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t.stop();
});

describe('web and lists', () => {
  it('serves the web with Title, Url and Id', async () => {
    const web = await t.sp().web.select('Title', 'Url', 'Id')();
    expect(web).toMatchObject({ Title: 'Imaging', Url: t.server.siteUrl });
    expect(web.Id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates a list through lists.ensure, then finds it again without re-creating', async () => {
    const first = await t.sp().web.lists.ensure('Duty Mappings', 'Mappings', 100);
    expect(first.created).toBe(true);
    const second = await t.sp().web.lists.ensure('Duty Mappings', 'Mappings again', 100);
    expect(second.created).toBe(false);
    const list = await t.sp().web.lists.getByTitle('Duty Mappings')();
    expect(list).toMatchObject({
      Title: 'Duty Mappings',
      Description: 'Mappings again',
      ItemCount: 0,
      BaseTemplate: 100,
      ListItemEntityTypeFullName: 'SP.Data.Duty_x0020_MappingsListItem'
    });
  });

  it('answers a missing list with SharePoint 404 body', async () => {
    const err = await httpError(t.sp().web.lists.getByTitle('Nope')());
    expect(err.status).toBe(404);
    expect(err.body).toEqual({
      'odata.error': {
        code: '-1, System.ArgumentException',
        message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${t.server.siteUrl}'.` }
      }
    });
  });

  it('matches titles case-insensitively and handles quotes in titles', async () => {
    await t.sp().web.lists.add("O'Brien's List", '', 100);
    const list = await t.sp().web.lists.getByTitle("o'brien's list").select('Title', 'Id')();
    expect(list.Title).toBe("O'Brien's List");
    const raw = await fetch(`${t.server.siteUrl}/_api/Web/Lists/GetByTitle('O''Brien''s+List')?%24SELECT=Title`, { headers: { Accept: 'application/json' } });
    expect(((await raw.json()) as { Title: string }).Title).toBe("O'Brien's List");
  });

  it('enumerates lists with $filter and $select', async () => {
    const lists = await t.sp().web.lists.filter("Title eq 'Duty Mappings'").select('Title', 'ItemCount')();
    expect(lists).toEqual([expect.objectContaining({ Title: 'Duty Mappings', ItemCount: 0 })]);
    expect(Object.keys(lists[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Title', 'ItemCount']);
  });

  it('updates a list with MERGE', async () => {
    await t.sp().web.lists.getByTitle('Duty Mappings').update({ Description: 'Changed', EnableVersioning: false });
    const list = await t.sp().web.lists.getByTitle('Duty Mappings').select('Description', 'EnableVersioning')();
    expect(list).toMatchObject({ Description: 'Changed', EnableVersioning: false });
  });

  it('refuses a duplicate list title', async () => {
    const err = await httpError(t.sp().web.lists.add('duty mappings'));
    expect(err.status).toBe(500);
    expect(JSON.stringify(err.body)).toContain('-2130575342');
  });

  it('lets Members create lists, as Edit on a team site does, and refuses Visitors', async () => {
    expect(await t.sp(MEMBER).web.lists.add('Member List')).toMatchObject({ Title: 'Member List' });
    const err = await httpError(t.sp(VISITOR).web.lists.add('Visitor List'));
    expect(err.status).toBe(403);
    expect(err.body).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } });
  });
});

describe('fields', () => {
  const title = 'Field Kinds';

  beforeAll(async () => {
    await t.sp().web.lists.add(title, '', 100);
  });

  it('creates every supported field kind through the verbose endpoint', async () => {
    const fields = t.sp().web.lists.getByTitle(title).fields;
    const text = await fields.addText('Code', { MaxLength: 50 });
    expect(text).toMatchObject({ InternalName: 'Code', FieldTypeKind: 2, TypeAsString: 'Text', MaxLength: 50 });
    expect(await fields.addMultilineText('Notes')).toMatchObject({ FieldTypeKind: 3, RichText: true });
    const choice = await fields.addChoice('Status', { Choices: ['Draft', 'Final'] });
    expect(choice).toMatchObject({ FieldTypeKind: 6 });
    expect(choice.Choices).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Draft', 'Final'] });
    expect(await fields.addNumber('Sort Order')).toMatchObject({ InternalName: 'Sort_x0020_Order', Title: 'Sort Order', FieldTypeKind: 9 });
    expect(await fields.addDateTime('Due')).toMatchObject({ FieldTypeKind: 4 });
    expect(await fields.addUser('Reviewer', { SelectionMode: 0 })).toMatchObject({ FieldTypeKind: 20, TypeAsString: 'User' });
    expect(await fields.addBoolean('Done')).toMatchObject({ FieldTypeKind: 8 });
  });

  it('lists fields with $filter and $select and gets one by internal name or title', async () => {
    const fields = t.sp().web.lists.getByTitle(title).fields;
    const custom = await fields.filter("Group eq 'Custom Columns'").select('InternalName')();
    expect(custom.map((f: { InternalName: string }) => f.InternalName)).toEqual(['Code', 'Notes', 'Status', 'Sort_x0020_Order', 'Due', 'Reviewer', 'Done']);
    const byTitle = await fields.getByInternalNameOrTitle('Sort Order')();
    expect(byTitle.InternalName).toBe('Sort_x0020_Order');
    expect((byTitle as unknown as Record<string, unknown>)['odata.type']).toBe('SP.FieldNumber');
  });

  it('indexes a field with update({Indexed:true})', async () => {
    const field = t.sp().web.lists.getByTitle(title).fields.getByInternalNameOrTitle('Code');
    await field.update({ Indexed: true });
    expect((await field.select('Indexed')()).Indexed).toBe(true);
  });

  it('allows at most 20 indexes per list', async () => {
    const list = t.sp().web.lists.getByTitle(title);
    // Code is indexed already; add 19 more.
    for (let i = 0; i < 19; i += 1) {
      await list.fields.addNumber(`N${i}`, { Indexed: true });
    }
    await list.fields.addNumber('Extra');
    const err = await httpError(list.fields.getByInternalNameOrTitle('Extra').update({ Indexed: true }));
    expect(err.status).toBe(500);
    expect(JSON.stringify(err.body)).toContain('maximum number of indexed columns');
  });

  it('rejects unknown field properties and duplicate names', async () => {
    const fields = t.sp().web.lists.getByTitle(title).fields;
    const bad = await httpError(fields.addText('Other', { Colour: 'red' } as never));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' } });
    const dup = await httpError(fields.addText('Code'));
    expect(dup.status).toBe(500);
  });

  it('lets Members (Edit) add or change fields and refuses Visitors (Read)', async () => {
    await t.sp(MEMBER).web.lists.getByTitle(title).fields.addText('ByMember');
    const fields = t.sp(VISITOR).web.lists.getByTitle(title).fields;
    expect((await httpError(fields.addText('ByVisitor'))).status).toBe(403);
    expect((await httpError(fields.getByInternalNameOrTitle('Notes').update({ Indexed: true }))).status).toBe(403);
  });
});
