/** @jest-environment node */
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { Item } from '@pnp/sp/items';
import { MEMBER, OWNER, TestServer, VISITOR, httpError, startTestServer } from './helpers';

let t: TestServer;
const LIB = 'Versioned Documents';
const PATH = `/sites/imaging/${LIB}`;

beforeAll(async () => {
  t = await startTestServer();
  await t.sp().web.lists.add(LIB, '', 101, false);
  await t.sp().web.lists.getByTitle(LIB).fields.addNumber('MappingRef');
  await t.sp().web.lists.getByTitle(LIB).fields.addText('Kind');
});

afterAll(async () => {
  await t.stop();
});

const root = (login = OWNER) => t.sp(login).web.lists.getByTitle(LIB).rootFolder;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (name: string, login = OWNER) => t.sp(login).web.getFileByServerRelativePath(`${PATH}/${name}`);

describe('file versions', () => {
  it('keeps each replaced content as an earlier version, oldest first, readable byte for byte', async () => {
    await root(MEMBER).files.addUsingPath('jd.txt', bytes('first'));
    await root(MEMBER).files.addUsingPath('jd.txt', bytes('second!'), { Overwrite: true });
    const third = await root(OWNER).files.addUsingPath('jd.txt', bytes('third'), { Overwrite: true });
    expect(third).toMatchObject({ MajorVersion: 3, UIVersionLabel: '3.0' });

    const versions = await file('jd.txt', VISITOR).versions();
    expect(versions.map((v: { VersionLabel: string; ID: number; IsCurrentVersion: boolean; Size: number; Length: string; Url: string }) => [v.VersionLabel, v.ID, v.IsCurrentVersion, v.Size, v.Length, v.Url])).toEqual([
      ['1.0', 512, false, 5, '5', `_vti_history/512/${LIB}/jd.txt`],
      ['2.0', 1024, false, 7, '7', `_vti_history/1024/${LIB}/jd.txt`]
    ]);
    expect(await file('jd.txt', VISITOR).versions.getById(512).getText()).toBe('first');
    expect(await file('jd.txt').versions.getById(1024).getText()).toBe('second!');
    expect(await file('jd.txt').getText()).toBe('third');

    const byWho = await file('jd.txt').versions.select('VersionLabel', 'CreatedBy/Title').expand('CreatedBy')();
    expect(byWho.map((v: { CreatedBy: { Title: string } }) => v.CreatedBy.Title)).toEqual(['Marcus Mensah', 'Marcus Mensah']);

    const missing = await httpError(file('jd.txt').versions.getById(4096)());
    expect(missing.status).toBe(404);
  });

  it('counts a change to the file’s columns as a version (same content), unless validateUpdateListItem overwrites the current one', async () => {
    const added = await root(MEMBER).files.addUsingPath('ps.pdf', bytes('%PDF-1.7 one'));
    expect(added.MajorVersion).toBe(1);

    // Columns set on a file just uploaded, without a second version.
    const results = await Item(file('ps.pdf', MEMBER).listItemAllFields).validateUpdateListItem(
      [
        { FieldName: 'MappingRef', FieldValue: '12' },
        { FieldName: 'Kind', FieldValue: 'PS' }
      ],
      true
    );
    expect(results.map((r) => [r.FieldName, r.HasException])).toEqual([
      ['MappingRef', false],
      ['Kind', false]
    ]);
    expect(await file('ps.pdf').select('MajorVersion')()).toMatchObject({ MajorVersion: 1 });
    expect(await file('ps.pdf').versions()).toEqual([]);
    expect(await file('ps.pdf').listItemAllFields.select('MappingRef', 'Kind')()).toMatchObject({ MappingRef: 12, Kind: 'PS' });

    // An ordinary update of the columns is a new version of the file.
    const item = await file('ps.pdf', MEMBER).getItem();
    await item.update({ Kind: 'JD' });
    expect(await file('ps.pdf').select('MajorVersion')()).toMatchObject({ MajorVersion: 2 });
    const versions = await file('ps.pdf').versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['1.0']);
    expect(await file('ps.pdf').versions.getById(512).getText()).toBe('%PDF-1.7 one');
  });

  it('refuses invalid form values one by one and saves none of them', async () => {
    await root(MEMBER).files.addUsingPath('bad.txt', bytes('x'));
    const results = await Item(file('bad.txt', MEMBER).listItemAllFields).validateUpdateListItem(
      [
        { FieldName: 'Kind', FieldValue: 'JD' },
        { FieldName: 'MappingRef', FieldValue: 'twelve' },
        { FieldName: 'NoSuchColumn', FieldValue: '1' }
      ],
      true
    );
    expect(results.map((r) => [r.FieldName, r.HasException])).toEqual([
      ['Kind', false],
      ['MappingRef', true],
      ['NoSuchColumn', true]
    ]);
    expect(await file('bad.txt').listItemAllFields.select('Kind')()).toMatchObject({ Kind: null });
  });

  it('lets only those who may edit set columns or delete versions, and only readers read them', async () => {
    await root(MEMBER).files.addUsingPath('locked.txt', bytes('v1'));
    await root(MEMBER).files.addUsingPath('locked.txt', bytes('v2'), { Overwrite: true });
    const visitorSets = await httpError(Item(file('locked.txt', VISITOR).listItemAllFields).validateUpdateListItem([{ FieldName: 'Kind', FieldValue: 'JD' }], true));
    expect(visitorSets.status).toBe(403);
    const visitorDeletes = await httpError(file('locked.txt', VISITOR).versions.getById(512).delete());
    expect(visitorDeletes.status).toBe(403);
    await file('locked.txt', MEMBER).versions.getById(512).delete();
    expect(await file('locked.txt').versions()).toEqual([]);
  });

  it('replaces in place without history when versioning is off, and trims to the major version limit when on', async () => {
    await t.sp().web.lists.add('Unversioned', '', 101, false, { EnableVersioning: false });
    const plain = t.sp().web.lists.getByTitle('Unversioned').rootFolder;
    await plain.files.addUsingPath('a.txt', bytes('one'));
    const replaced = await plain.files.addUsingPath('a.txt', bytes('two'), { Overwrite: true });
    expect(replaced).toMatchObject({ MajorVersion: 1, UIVersionLabel: '1.0' });
    expect(await t.sp().web.getFileByServerRelativePath('/sites/imaging/Unversioned/a.txt').versions()).toEqual([]);

    await t.sp().web.lists.add('Few Versions', '', 101, false, { MajorVersionLimit: 2 });
    const few = t.sp().web.lists.getByTitle('Few Versions').rootFolder;
    for (const text of ['one', 'two', 'three', 'four']) {
      await few.files.addUsingPath('b.txt', bytes(text), { Overwrite: true });
    }
    const kept = await t.sp().web.getFileByServerRelativePath('/sites/imaging/Few Versions/b.txt').versions();
    expect(kept.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['3.0']);
  });
});
