/** @jest-environment node */
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { MEMBER, OWNER, TestServer, VISITOR, httpError, startTestServer } from './helpers';

let t: TestServer;
const LIB = 'Duty Mapping Documents';

beforeAll(async () => {
  t = await startTestServer();
  await t.sp().web.lists.add(LIB, '', 101, false);
  await t.sp().web.lists.getByTitle(LIB).fields.addText('Team');
});

afterAll(async () => {
  await t.stop();
});

const root = (login = OWNER) => t.sp(login).web.lists.getByTitle(LIB).rootFolder;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('document libraries', () => {
  it('creates a library at /sites/x/<Title> with SharePoint library naming', async () => {
    const list = await t.sp().web.lists.getByTitle(LIB).select('BaseTemplate', 'BaseType', 'EntityTypeName', 'ListItemEntityTypeFullName', 'EnableVersioning', 'MajorVersionLimit')();
    expect(list).toMatchObject({
      BaseTemplate: 101,
      BaseType: 1,
      EntityTypeName: 'Duty_x0020_Mapping_x0020_Documents',
      ListItemEntityTypeFullName: 'SP.Data.Duty_x0020_Mapping_x0020_DocumentsItem',
      EnableVersioning: true,
      MajorVersionLimit: 500
    });
    const folder = await root()();
    expect(folder).toMatchObject({ Exists: true, Name: LIB, ServerRelativeUrl: `/sites/imaging/${LIB}`, ItemCount: 0 });
  });

  it('uploads a file, reads it back byte for byte, and exposes its list item and columns', async () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10, 0x80]);
    const added = await root(MEMBER).files.addUsingPath('JD 2026 #1.docx', binary, { Overwrite: false });
    expect(added).toMatchObject({ Name: 'JD 2026 #1.docx', ServerRelativeUrl: `/sites/imaging/${LIB}/JD 2026 #1.docx`, Length: '8', MajorVersion: 1, UIVersionLabel: '1.0', Exists: true });

    const file = t.sp(VISITOR).web.getFileByServerRelativePath(`/sites/imaging/${LIB}/JD 2026 #1.docx`);
    expect(new Uint8Array(await file.getBuffer())).toEqual(binary);

    const item = await t.sp(MEMBER).web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number; FileSystemObjectType: number }>();
    expect(item.FileSystemObjectType).toBe(0);
    await item.update({ Team: 'CT' });
    const fields = await t.sp().web.getFileByServerRelativePath(added.ServerRelativeUrl).listItemAllFields.select('Team', 'FileLeafRef', 'FileRef', 'AuthorId')();
    expect(fields).toMatchObject({ Team: 'CT', FileLeafRef: 'JD 2026 #1.docx', FileRef: added.ServerRelativeUrl, AuthorId: 7 });
    const rows = await t.sp().web.lists.getByTitle(LIB).items.select('Id', 'Team', 'FileLeafRef').filter("Team eq 'CT'")();
    expect(rows).toHaveLength(1);
  });

  it('refuses an existing name unless Overwrite is asked, then replaces the content as a new version', async () => {
    await root().files.addUsingPath('notes.txt', bytes('first'));
    const refused = await httpError(root().files.addUsingPath('notes.txt', bytes('second')));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('-2130575257, Microsoft.SharePoint.SPException');
    expect(JSON.stringify(refused.body)).toContain(`A file with the name ${LIB}/notes.txt already exists.`);
    const replaced = await root().files.addUsingPath('notes.txt', bytes('second'), { Overwrite: true });
    expect(replaced).toMatchObject({ MajorVersion: 2, UIVersionLabel: '2.0' });
    expect(await t.sp().web.getFileByServerRelativePath(`/sites/imaging/${LIB}/notes.txt`).getText()).toBe('second');
  });

  it('adds folders and files inside them, and lists both', async () => {
    const folder = await root().folders.addUsingPath('Team CT');
    expect(folder).toMatchObject({ Name: 'Team CT', ServerRelativeUrl: `/sites/imaging/${LIB}/Team CT` });
    await t.sp().web.getFolderByServerRelativePath(`/sites/imaging/${LIB}/Team CT`).files.addUsingPath('a.json', bytes('{"a":1}'));
    const files = await t.sp().web.getFolderByServerRelativePath(`/sites/imaging/${LIB}/Team CT`).files.select('Name')();
    expect(files.map((f: { Name: string }) => f.Name)).toEqual(['a.json']);
    const folders = await root().folders.select('Name')();
    expect(folders.map((f: { Name: string }) => f.Name)).toEqual(['Team CT']);
    const folderItem = await t.sp().web.getFolderByServerRelativePath(`/sites/imaging/${LIB}/Team CT`).listItemAllFields.select('FileSystemObjectType')();
    expect(folderItem.FileSystemObjectType).toBe(1);
  });

  it('answers SharePoint errors for missing files, bad names, missing folders and items added without a file', async () => {
    const missing = await httpError(t.sp().web.getFileByServerRelativePath(`/sites/imaging/${LIB}/nope.pdf`)());
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).toContain(`The file /sites/imaging/${LIB}/nope.pdf does not exist.`);
    const badName = await httpError(root().files.addUsingPath('a:b.txt', bytes('x')));
    expect(badName.status).toBe(400);
    const noFolder = await httpError(t.sp().web.getFolderByServerRelativePath(`/sites/imaging/${LIB}/Nowhere`).files.addUsingPath('x.txt', bytes('x')));
    expect(noFolder.status).toBe(404);
    const direct = await httpError(t.sp().web.lists.getByTitle(LIB).items.add({ Title: 'no file' }));
    expect(direct.status).toBe(400);
  });

  it('lets a Visitor read but not upload, and deletes a file with its item', async () => {
    const denied = await httpError(root(VISITOR).files.addUsingPath('v.txt', bytes('x')));
    expect(denied.status).toBe(403);
    await root().files.addUsingPath('gone.txt', bytes('x'));
    await t.sp(MEMBER).web.getFileByServerRelativePath(`/sites/imaging/${LIB}/gone.txt`).delete();
    const after = await t.sp().web.lists.getByTitle(LIB).items.filter("FileLeafRef eq 'gone.txt'")();
    expect(after).toEqual([]);
  });
});

describe('version history', () => {
  const LIST = 'Versioned';

  beforeAll(async () => {
    await t.sp().web.lists.add(LIST, '', 100, false, { EnableVersioning: true });
    await t.sp().web.lists.getByTitle(LIST).fields.addMultilineText('Notes_Text');
  });

  it('returns every saved version newest first with who, when and the values, as SharePoint shapes them', async () => {
    const list = t.sp().web.lists.getByTitle(LIST);
    const added = await list.items.add({ Title: 'Duty', Notes_Text: 'one' });
    await t.sp(MEMBER).web.lists.getByTitle(LIST).items.getById(added.Id).update({ Notes_Text: 'two' });
    const versions = await list.items.getById(added.Id).versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['2.0', '1.0']);
    expect(versions[0]).toMatchObject({
      IsCurrentVersion: true,
      VersionId: 1024,
      Notes_x005f_Text: 'two',
      Editor: { LookupId: 7, LookupValue: 'Marcus Mensah', Email: 'marcus.mensah@imaging.local' },
      Author: { LookupId: 6 }
    });
    expect(versions[1]).toMatchObject({ IsCurrentVersion: false, VersionId: 512, Notes_x005f_Text: 'one', Editor: { LookupId: 6 } });
    expect(versions[0].Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const one = await list.items.getById(added.Id).versions.getById(512)();
    expect(one).toMatchObject({ VersionLabel: '1.0' });
  });

  it('keeps only the newest MajorVersionLimit versions', async () => {
    const list = t.sp().web.lists.getByTitle(LIST);
    await list.update({ MajorVersionLimit: 2 });
    const added = await list.items.add({ Title: 'Trim' });
    for (const n of ['b', 'c', 'd']) {
      await list.items.getById(added.Id).update({ Title: n });
    }
    expect((await list.items.getById(added.Id).versions()).map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['4.0', '3.0']);
  });
});
