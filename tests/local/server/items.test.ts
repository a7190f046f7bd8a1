/** @jest-environment node */
import { MEMBER, TestServer, httpError, startTestServer } from './helpers';

let t: TestServer;
const LIST = 'Duty Entries';

interface Row {
  Id: number;
  Title: string | null;
  MappingId: number | null;
  Done?: boolean | null;
}

beforeAll(async () => {
  t = await startTestServer();
  const list = t.sp().web.lists.getByTitle(LIST);
  await t.sp().web.lists.add(LIST, '', 100);
  await list.fields.addNumber('MappingId');
  await list.fields.addText('Surname');
  await list.fields.addBoolean('Done');
  await list.fields.addDateTime('Due');
  await list.fields.addUser('Reviewer');
  await list.fields.addNumber('SortOrder');
});

afterAll(async () => {
  await t.stop();
});

describe('item CRUD', () => {
  it('adds an item: 201 entity with etag, type, id and edit link', async () => {
    const data = await t.sp().web.lists.getByTitle(LIST).items.add({ Title: 'First', MappingId: 1, Done: false });
    expect(data).toMatchObject({
      'odata.type': 'SP.Data.Duty_x0020_EntriesListItem',
      'odata.etag': '"1"',
      Id: 1,
      ID: 1,
      Title: 'First',
      MappingId: 1,
      Done: false,
      AuthorId: 6,
      EditorId: 6
    });
    expect(data['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(1\)$/);
    expect(data['odata.id']).toBe(`${t.server.siteUrl}/_api/${data['odata.editLink']}`);
  });

  it('reads an item by id with $select', async () => {
    const item = await t.sp().web.lists.getByTitle(LIST).items.getById(1).select('Id', 'Title')();
    expect(item).toMatchObject({ Id: 1, ID: 1, Title: 'First' });
    expect(item.MappingId).toBeUndefined();
  });

  it('updates with MERGE, bumps the etag, and stamps the editor', async () => {
    const item = t.sp(MEMBER).web.lists.getByTitle(LIST).items.getById(1);
    const result = await item.update({ Title: 'First (edited)' }, '"1"');
    expect(result).toEqual({ etag: '"2"' });
    const after = await item.select('Title', 'EditorId', 'AuthorId')();
    expect(after).toMatchObject({ Title: 'First (edited)', EditorId: 7, AuthorId: 6, 'odata.etag': '"2"' });
  });

  it('refuses a stale etag with 412 and SharePoint body, leaving the item unchanged', async () => {
    const item = t.sp().web.lists.getByTitle(LIST).items.getById(1);
    const err = await httpError(item.update({ Title: 'Lost update' }, '"1"'));
    expect(err.status).toBe(412);
    expect(err.body).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
        message: { lang: 'en-US', value: `The request ETag value '"1"' does not match the object's ETag value '"2"'.` }
      }
    });
    expect((await item.select('Title')()).Title).toBe('First (edited)');
  });

  it('refuses unknown fields with 400 naming the item type', async () => {
    const err = await httpError(t.sp().web.lists.getByTitle(LIST).items.add({ Title: 'x', Nope: 1 }));
    expect(err.status).toBe(400);
    expect(err.body).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: {
          lang: 'en-US',
          value: "The property 'Nope' does not exist on type 'SP.Data.Duty_x0020_EntriesListItem'. Make sure to only use property names that are defined by the type."
        }
      }
    });
  });

  it('deletes an item; a missing item is a 404 with SharePoint body', async () => {
    const list = t.sp().web.lists.getByTitle(LIST);
    const added = await list.items.add({ Title: 'Temporary' });
    await list.items.getById(added.Id).delete();
    const err = await httpError(list.items.getById(added.Id)());
    expect(err.status).toBe(404);
    expect(err.body).toEqual({
      'odata.error': {
        code: '-2130575338, Microsoft.SharePoint.SPException',
        message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' }
      }
    });
    expect((await httpError(list.items.getById(added.Id).update({ Title: 'x' }))).status).toBe(404);
  });
});

describe('filters, ordering and expansion', () => {
  const LIST2 = 'People Entries';

  beforeAll(async () => {
    await t.sp().web.lists.add(LIST2, '', 100);
    const list = t.sp().web.lists.getByTitle(LIST2);
    await list.fields.addNumber('MappingId');
    await list.fields.addBoolean('Done');
    await list.fields.addDateTime('Due');
    await list.fields.addUser('Reviewer');
    await list.fields.addMultilineText('Notes');
    const rows = [
      { Title: "O'Brien", MappingId: 1, Done: true, Due: '2026-01-10T00:00:00Z', ReviewerId: 10 },
      { Title: 'Radiography', MappingId: 1, Done: false, Due: '2026-02-10T00:00:00Z', ReviewerId: 7 },
      { Title: 'Radiology', MappingId: 2, Done: true, Due: null, ReviewerId: null },
      { Title: 'Ultrasound', MappingId: 3, Done: false, Due: '2026-03-10T00:00:00Z', ReviewerId: 9 },
      { Title: 'MRI safety', MappingId: 2, Done: false, Due: '2026-01-20T00:00:00Z', ReviewerId: 7 }
    ];
    for (const row of rows) {
      await list.items.add(row);
    }
  });

  const titles = async (filter: string, orderBy = 'ID'): Promise<string[]> => {
    const rows: Row[] = await t.sp().web.lists.getByTitle(LIST2).items.select('Title').filter(filter).orderBy(orderBy)();
    return rows.map((r) => r.Title ?? '');
  };

  it.each([
    ['MappingId eq 1', ["O'Brien", 'Radiography']],
    ['MappingId ne 1', ['Radiology', 'Ultrasound', 'MRI safety']],
    ['MappingId gt 1 and MappingId le 2', ['Radiology', 'MRI safety']],
    ['MappingId lt 2 or MappingId ge 3', ["O'Brien", 'Radiography', 'Ultrasound']],
    ["(MappingId eq 2 or MappingId eq 3) and Done eq 0", ['Ultrasound', 'MRI safety']],
    ['Done eq 1', ["O'Brien", 'Radiology']],
    ['Done eq true and MappingId eq 2', ['Radiology']],
    ["startswith(Title,'Radio')", ['Radiography', 'Radiology']],
    ["substringof('OLOG',Title)", ['Radiology']],
    ["Title eq 'O''Brien'", ["O'Brien"]],
    ["Title eq 'radiology'", ['Radiology']],
    ["Due lt datetime'2026-02-01T00:00:00Z'", ["O'Brien", 'MRI safety']],
    ["Due ge '2026-02-10T00:00:00Z'", ['Radiography', 'Ultrasound']],
    ['Due eq null', ['Radiology']],
    ['ReviewerId eq 7', ['Radiography', 'MRI safety']],
    ["Reviewer/Title eq 'Priya Patel'", ['Ultrasound']]
  ])('%s', async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  it('answers an unknown column in $filter with 400', async () => {
    const err = await httpError(t.sp().web.lists.getByTitle(LIST2).items.filter('Nope eq 1')());
    expect(err.status).toBe(400);
    expect(JSON.stringify(err.body)).toContain("Column 'Nope' does not exist.");
  });

  it('refuses multiple-lines-of-text columns in $filter, $orderby and indexes, as SharePoint does', async () => {
    const list = t.sp().web.lists.getByTitle(LIST2);
    const filter = await httpError(list.items.filter("substringof('x',Notes)")());
    expect(filter.status).toBe(400);
    expect(JSON.stringify(filter.body)).toContain("The field 'Notes' of type 'Note' cannot be used in the query filter expression.");
    expect((await httpError(list.items.orderBy('Notes')())).status).toBe(400);
    expect((await httpError(list.fields.getByInternalNameOrTitle('Notes').update({ Indexed: true }))).status).toBe(400);
  });

  it('orders by several keys, ascending and descending', async () => {
    const rows: Row[] = await t.sp().web.lists.getByTitle(LIST2).items.select('Title', 'MappingId').orderBy('MappingId', false).orderBy('Title', true)();
    expect(rows.map((r) => r.Title)).toEqual(['Ultrasound', 'MRI safety', 'Radiology', "O'Brien", 'Radiography']);
  });

  it('expands Author and a custom person field', async () => {
    const rows = await t
      .sp()
      .web.lists.getByTitle(LIST2)
      .items.select('Title', 'Author/Title', 'Author/EMail', 'Reviewer/Title', 'Reviewer/Id')
      .expand('Author', 'Reviewer')
      .filter("Title eq 'O''Brien' or Title eq 'Radiology'")();
    expect(rows[0]).toMatchObject({ Title: "O'Brien", Author: { Title: 'Olivia Owen', EMail: 'olivia.owen@imaging.local' }, Reviewer: { Title: "Daniel O'Brien", Id: 10 } });
    expect(rows[1].Reviewer).toBeNull();
  });

  it('refuses Author/Title without $expand=Author', async () => {
    const err = await httpError(t.sp().web.lists.getByTitle(LIST2).items.select('Author/Title')());
    expect(err.status).toBe(400);
    expect(JSON.stringify(err.body)).toContain('$expand query string must contains Author');
  });
});

describe('paging', () => {
  const LIST3 = 'Paged Entries';

  beforeAll(async () => {
    await t.sp().web.lists.add(LIST3, '', 100);
    await t.sp().web.lists.getByTitle(LIST3).fields.addNumber('SortOrder');
    const [batched, execute] = t.sp().batched();
    const list = batched.web.lists.getByTitle(LIST3);
    for (let i = 1; i <= 250; i += 1) {
      void list.items.add({ Title: `Row ${i}`, SortOrder: (i * 7) % 50 });
    }
    await execute();
  });

  it('pages 250 items 100 at a time through odata.nextLink', async () => {
    const pages: number[][] = [];
    for await (const page of t.sp().web.lists.getByTitle(LIST3).items.select('Id').top(100)) {
      pages.push((page as Row[]).map((r) => r.Id));
    }
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  it('returns an absolute nextLink on the origin the client used, and d.__next in verbose', async () => {
    const base = `http://localhost:${t.server.port}/sites/imaging/_api/web/lists/getByTitle('Paged%20Entries')/items?$select=Id&$top=100`;
    const minimal = (await (await fetch(base, { headers: { Accept: 'application/json' } })).json()) as Record<string, string>;
    expect(minimal['odata.nextLink']).toBe(
      `http://localhost:${t.server.port}/sites/imaging/_api/web/lists/getByTitle('Paged%20Entries')/items?%24select=Id&%24top=100&%24skiptoken=Paged%3DTRUE%26p_ID%3D100`
    );
    const verbose = (await (await fetch(base, { headers: { Accept: 'application/json;odata=verbose' } })).json()) as { d: { results: unknown[]; __next: string } };
    expect(verbose.d.results).toHaveLength(100);
    expect(verbose.d.__next).toBe(minimal['odata.nextLink']);
  });

  it('pages in $orderby order across page boundaries', async () => {
    const seen: Array<{ SortOrder: number; Id: number }> = [];
    for await (const page of t.sp().web.lists.getByTitle(LIST3).items.select('Id', 'SortOrder').orderBy('SortOrder', false).top(30)) {
      seen.push(...(page as Array<{ SortOrder: number; Id: number }>));
    }
    expect(seen).toHaveLength(250);
    const expected = [...seen].sort((a, b) => b.SortOrder - a.SortOrder || a.Id - b.Id);
    expect(seen).toEqual(expected);
  });

  it('caps $top at 5000 and defaults to 100', async () => {
    const list = t.sp().web.lists.getByTitle(LIST3);
    expect(await list.items.select('Id')()).toHaveLength(100);
    expect(await list.items.select('Id').top(9000)()).toHaveLength(250);
  });
});
