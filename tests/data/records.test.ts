/**
 * @jest-environment node
 *
 * Records that hold: each sign-off's record carries SHA-256 hashes and the
 * mapping as stored; a record changed, damaged or deleted after it was made is
 * shown as such, never as Draft; changes to a signed-off mapping are compared
 * with its record when it opens, which never writes to it; a half-done
 * sign-off never blocks the next. Through the real data layer and the local
 * SharePoint server; the hostile and careless writes go over raw HTTP.
 */
import '../../src/data/toolkit/pnp';
import { Item } from '@pnp/sp/items';
import { RECORDS_LIBRARY } from '../../src/data/schema';
import { areaCountsFromRow, areaCountsValues } from '../../src/data/mappings/areaCountsColumn';
import { APPROVERS_GROUP } from '../../src/data/governance/groupName';
import type { SignOffInput } from '../../src/services/governance';
import type { AppServices } from '../../src/services/types';
import type { OverviewMapping } from '../../src/services/overview';
import { checkedMappings } from '../../src/data/overview/overviewChecks';
import { MEMBER, MEMBER_2, OWNER, countRequests, expectAppError, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });
const APPROVER = MEMBER_2;
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 8, 7, 6]);
const LIBRARY = `web/lists/getByTitle('${RECORDS_LIBRARY.title}')`;

async function digest(): Promise<string> {
  const r = await fetch(`${site.server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

/** A request as any script could send it, bypassing the app. */
async function raw(user: string, method: string, path: string, body?: string | Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${site.server.siteUrl}/_api/${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': await digest(), 'X-Local-User': user, ...headers },
    body
  });
}

function fileUrl(name: string): string {
  return `/sites/imaging/${RECORDS_LIBRARY.title}/${name}`;
}

function fileItem(name: string): string {
  return `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(fileUrl(name))}')/listItemAllFields`;
}

async function filledMapping(team: string): Promise<number> {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader(team) });
  const opened = await member.mappings.openMapping(id);
  await member.mappings.saveChanges(id, { entries: editEntries(opened, 4, 'signed') });
  return id;
}

/** What `user` would sign off for the mapping as it opens now: its Word document, and the mapping in the snapshot unless told otherwise. */
async function signOffInputAs(user: string, mappingId: number, note: string, withMappingSnapshot = true): Promise<{ services: AppServices; input: SignOffInput }> {
  const services = site.services(user);
  await services.people.currentUser();
  const opened = await services.mappings.openMapping(mappingId);
  const input: SignOffInput = {
    mappingId,
    team: opened.mapping.header.team,
    frameworkTitle: opened.framework.title,
    frameworkVersion: opened.framework.version,
    note,
    document: DOCX,
    snapshot: withMappingSnapshot ? { mapping: opened.mapping } : {},
    basedOn: { entryEtags: opened.entryEtags, headerEtag: opened.headerEtag }
  };
  return { services, input };
}

async function signOffAs(user: string, mappingId: number, note = 'Agreed at panel'): Promise<void> {
  const { services, input } = await signOffInputAs(user, mappingId, note);
  await services.governance.signOff(input);
}

beforeAll(async () => {
  await site.sp(OWNER).web.siteGroups.getByName(APPROVERS_GROUP).users.add('i:0#.f|membership|priya.patel@imaging.local');
});

describe('a record as made', () => {
  test('carries the SHA-256 of its Word document and of its snapshot, in its columns and its JSON, and reads as intact', async () => {
    const id = await filledMapping('Records intact');
    await signOffAs(APPROVER, id);
    const json = await (await raw(OWNER, 'GET', `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(fileUrl(`Mapping ${id} sign-off 1.json`))}')/$value`)).json();
    const columns = await (await raw(OWNER, 'GET', `${fileItem(`Mapping ${id} sign-off 1.json`)}?$select=IdmRecordDocumentHash,IdmRecordSnapshotHash`)).json();
    const docxColumns = await (await raw(OWNER, 'GET', `${fileItem(`Mapping ${id} sign-off 1.docx`)}?$select=IdmRecordDocumentHash`)).json();
    const expected = Buffer.from(await crypto.subtle.digest('SHA-256', DOCX)).toString('hex');
    expect(json.payload.documentSha256).toBe(expected);
    expect(columns.IdmRecordDocumentHash).toBe(expected);
    expect(docxColumns.IdmRecordDocumentHash).toBe(expected);
    expect(columns.IdmRecordSnapshotHash).toBe(json.sha256);
    expect(json.payload.stored.entries).toHaveLength(json.payload.stored.entries.length);
    const state = await site.services(MEMBER).governance.read(id);
    expect(state).toMatchObject({ state: 'signedOff', signedOff: { integrity: { kind: 'intact' }, number: 1 }, changes: { duties: 0, compared: true } });
  });
});

describe('what SharePoint refuses an approver, over raw HTTP', () => {
  test('set-up gives approvers their own level on the records library, without Delete Items or Delete Versions', async () => {
    const levels = (await (await raw(OWNER, 'GET', `web/roledefinitions?$select=Name,BasePermissions`)).json()).value as Array<{ Name: string }>;
    expect(levels.map((level) => level.Name)).toContain('Duty mapping records (add, no delete)');
  });

  test("an approver's DELETE of a record, of a record's file version or of its item version gets 403", async () => {
    const id = await filledMapping('Approver deletes');
    await signOffAs(OWNER, id);
    const file = `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(fileUrl(`Mapping ${id} sign-off 1.json`))}')`;
    expect((await raw(APPROVER, 'POST', file, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(403);
    expect((await raw(APPROVER, 'POST', `${file}/versions(512)`, undefined, { 'X-HTTP-Method': 'DELETE' })).status).toBe(403);
    const item = (await (await raw(OWNER, 'GET', `${file}/listItemAllFields?$select=ID`)).json()) as { ID: number };
    expect((await raw(APPROVER, 'POST', `${LIBRARY}/items(${item.ID})/versions(512)`, undefined, { 'X-HTTP-Method': 'DELETE' })).status).toBe(403);
    expect((await raw(APPROVER, 'POST', `${LIBRARY}/items(${item.ID})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(403);
    // The Owner still may (Full Control).
    expect((await raw(OWNER, 'GET', `${file}/versions`)).status).toBe(200);
  });
});

describe('a record changed after it was made', () => {
  test("an approver's MERGE of an Owner's record is shown as changed by the approver, and never counts as a reopening", async () => {
    const id = await filledMapping('Forged reopening');
    await signOffAs(OWNER, id);
    // The approver rewrites the Owner's record into a "reopening".
    const merged = await raw(APPROVER, 'POST', fileItem(`Mapping ${id} sign-off 1.json`), JSON.stringify({ IdmRecordKind: 'Reopened', IdmRecordNote: 'Figures wrong' }), {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*'
    });
    expect(merged.status).toBe(204);
    const state = await site.services(MEMBER).governance.read(id);
    expect(state.state).toBe('needsChecking');
    expect(state.problem).toMatchObject({ kind: 'recordChanged', record: { integrity: { kind: 'changed', by: 'Priya Patel', version: '3.0' } } });
    expect(state.signedOff).toBeUndefined();
    // The app's save guard counts it too: nobody edits until an Owner settles it.
    const opened = await site.services(MEMBER).mappings.openMapping(id);
    expect(opened.governance?.state).toBe('needsChecking');
  });

  test('columns rewritten without a new version (validateUpdateListItem) disagree with the JSON and its hash: damaged', async () => {
    const id = await filledMapping('Quiet rewrite');
    await signOffAs(OWNER, id, 'Original note');
    const item = Item(site.sp(OWNER).web.getFileByServerRelativePath(fileUrl(`Mapping ${id} sign-off 1.json`)).listItemAllFields);
    await item.validateUpdateListItem([{ FieldName: 'IdmRecordNote', FieldValue: 'A different note' }], true);
    const state = await site.services(MEMBER).governance.read(id);
    expect(state).toMatchObject({ state: 'needsChecking', problem: { record: { integrity: { kind: 'damaged', reason: 'columnsDisagree' } } } });
  });

  test('a JSON that is not JSON, or names another mapping, is shown as such and never crashes', async () => {
    const id = await filledMapping('Damaged JSON');
    await signOffAs(OWNER, id);
    const url = `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(fileUrl(`Mapping ${id} sign-off 1.json`))}')/$value`;
    expect((await raw(OWNER, 'POST', url, 'not json at all', { 'X-HTTP-Method': 'PUT' })).status).toBeLessThan(300);
    const state = await site.services(MEMBER).governance.read(id);
    expect(state.state).toBe('needsChecking');
    expect(state.problem).toMatchObject({ kind: 'recordChanged' });
    await expect(site.services(MEMBER).mappings.openMapping(id)).resolves.toMatchObject({ governance: { state: 'needsChecking' } });
    await expect(site.services(MEMBER).overview.loadOverview()).resolves.toBeDefined();
  });

  test('a deleted record is a gap in the numbers, never read as Draft; an Owner reopening settles it', async () => {
    const id = await filledMapping('Deleted record');
    await signOffAs(OWNER, id);
    for (const name of [`Mapping ${id} sign-off 1.json`, `Mapping ${id} sign-off 1.docx`]) {
      const gone = await raw(OWNER, 'POST', `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(fileUrl(name))}')`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
      expect(gone.status).toBe(200);
    }
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'needsChecking', problem: { kind: 'missingRecord', number: 1 } });
    await site.services(OWNER).people.currentUser();
    await site.services(OWNER).governance.reopen(id, 'Record deleted by mistake; signing off again');
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'draft', reopened: { number: 2 } });
  });
});

describe('changes after sign-off', () => {
  test("a Member's REST change and an Owner's REST delete of entries show on the mapping with each change, and opening it never writes to it (3 requests)", async () => {
    const id = await filledMapping('Changed after');
    await signOffAs(APPROVER, id);
    const entries = (await (await raw(MEMBER, 'GET', `web/lists/getByTitle('Duty Mapping Entries')/items?$filter=IdmMappingId eq ${id}&$orderby=ID&$select=ID,IdmDutyId,IdmStatus`)).json()).value as Array<Record<string, unknown>>;
    const changed = await raw(MEMBER, 'POST', `web/lists/getByTitle('Duty Mapping Entries')/items(${entries[0].ID})`, JSON.stringify({ IdmComments: 'Changed by REST after sign-off' }), { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(changed.status).toBe(204);
    // Members may no longer delete entries (their permission level lacks Delete Items): an Owner's REST delete stands in.
    const deleted = await raw(OWNER, 'POST', `web/lists/getByTitle('Duty Mapping Entries')/items(${entries[1].ID})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(deleted.status).toBe(200);
    const before = await (await raw(OWNER, 'GET', `web/lists/getByTitle('Duty Mappings')/items(${id})?$select=OData__UIVersionString,Modified`)).json();

    const owner = site.services(OWNER);
    const { result: opened, requests } = await countRequests(site, () => owner.mappings.openMapping(id));
    expect(requests).toBeLessThanOrEqual(3);
    const changes = opened.governance?.changes;
    expect(opened.governance?.state).toBe('signedOff');
    expect(changes).toMatchObject({ duties: 2, people: ['Marcus Mensah'], compared: true });
    expect(changes?.changes.find((change) => change.kind === 'deleted')?.fields).toEqual(expect.arrayContaining([{ field: 'comments', from: 'signed 2', to: '' }]));
    expect(changes?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dutyId: entries[0].IdmDutyId, kind: 'changed', by: 'Marcus Mensah', fields: [{ field: 'comments', from: 'signed 1', to: 'Changed by REST after sign-off' }] }),
        expect.objectContaining({ dutyId: entries[1].IdmDutyId, kind: 'deleted' })
      ])
    );
    const after = await (await raw(OWNER, 'GET', `web/lists/getByTitle('Duty Mappings')/items(${id})?$select=OData__UIVersionString,Modified`)).json();
    expect(after).toEqual(before);
    // The deleted duty's History shows it as signed off, deleted since.
    const history = await owner.governance.dutyHistory(id, String(entries[1].IdmDutyId));
    expect(history).toEqual([expect.objectContaining({ deletedAfterSignOff: true, changes: expect.arrayContaining([{ field: 'comments', from: 'signed 2', to: '' }]) })]);
  });
});

describe('retained as a record (Microsoft Purview)', () => {
  test("a retention label Purview put on the record shows as retained, in the same reads; nobody sets the label over REST", async () => {
    const id = await filledMapping('Purview label');
    await signOffAs(OWNER, id);
    const item = (await (await raw(OWNER, 'GET', `${fileItem(`Mapping ${id} sign-off 1.json`)}?$select=ID,OData__ComplianceTag`)).json()) as Record<string, unknown>;
    expect(item.OData__ComplianceTag).toBeNull();
    // SharePoint's column is hidden and read-only: an Owner's MERGE of it and validateUpdateListItem are refused.
    const merged = await raw(OWNER, 'POST', fileItem(`Mapping ${id} sign-off 1.json`), JSON.stringify({ OData__ComplianceTag: 'Forged label' }), { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(merged.status).toBe(400);
    const validated = (await (
      await raw(OWNER, 'POST', `${fileItem(`Mapping ${id} sign-off 1.json`)}/validateUpdateListItem`, JSON.stringify({ formValues: [{ FieldName: '_ComplianceTag', FieldValue: 'Forged label' }], bNewDocumentUpdate: true }))
    ).json()) as { value: Array<{ HasException: boolean }> };
    expect(validated.value.every((result) => result.HasException)).toBe(true);
    const field = (await (await raw(OWNER, 'GET', `${LIBRARY}/fields/getByInternalNameOrTitle('_ComplianceTag')`)).json()) as Record<string, unknown>;
    expect(field).toMatchObject({ EntityPropertyName: 'OData__ComplianceTag', Hidden: true, ReadOnlyField: true, TypeAsString: 'Lookup', Title: 'Retention label' });

    // Purview applies the label (the library's default label, say): the record stays as made.
    const labelled = await fetch(`${site.server.url}/_local/retention-label`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ list: RECORDS_LIBRARY.title, itemId: item.ID, label: 'Duty mapping sign-off record' })
    });
    expect(labelled.status).toBe(204);
    const services = site.services(MEMBER);
    const { result, requests } = await countRequests(site, () => services.mappings.openMapping(id));
    expect(requests).toBeLessThanOrEqual(3);
    expect(result.governance).toMatchObject({ state: 'signedOff', signedOff: { retentionLabel: 'Duty mapping sign-off record', integrity: { kind: 'intact' } } });
  });
});

describe('half-done sign-offs never block', () => {
  test('files a closed tab left without columns are skipped, never overwritten, and the next sign-off succeeds', async () => {
    const id = await filledMapping('Closed tab');
    const library = site.sp(APPROVER).web.lists.getByTitle(RECORDS_LIBRARY.title).rootFolder.files;
    await library.addUsingPath(`Mapping ${id} sign-off 1.docx`, new Uint8Array([1, 2, 3]), { Overwrite: false });
    await library.addUsingPath(`Mapping ${id} sign-off 1.json`, new TextEncoder().encode('{}'), { Overwrite: false });
    await signOffAs(APPROVER, id);
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'signedOff', signedOff: { number: 2, integrity: { kind: 'intact' } } });
    const left = new Uint8Array(await site.sp(OWNER).web.getFileByServerRelativePath(fileUrl(`Mapping ${id} sign-off 1.docx`)).getBuffer());
    expect([...left]).toEqual([1, 2, 3]);
  });

  test.each([
    ['the first batch', '$batch'],
    ['the Word upload', '.docx'],
    ['the JSON upload', '.json']
  ])('a fault at %s leaves nothing signed off, and the next sign-off succeeds', async (_what, pathContains) => {
    const id = await filledMapping(`Fault at ${pathContains}`);
    const { services: approver, input } = await signOffInputAs(APPROVER, id, 'After a fault', false);
    await site.fault({ status: 500, times: 1, pathContains });
    await expectAppError(approver.governance.signOff(input), 'unknown');
    await fetch(`${site.server.url}/_local/faults`, { method: 'DELETE' });
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'draft' });
    await approver.governance.signOff(input);
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'signedOff', signedOff: { integrity: { kind: 'intact' } } });
  });
  test.each([
    ['an approver', APPROVER],
    ['an Owner', OWNER]
  ])("a fault at the final batch (the record's columns, the ETag moves and the mapping's latest-record number) by %s leaves nothing signed off; the next sign-off succeeds, overwriting nothing", async (_who, user) => {
    const id = await filledMapping(`Final batch fault ${user}`);
    const { services, input } = await signOffInputAs(user, id, 'After a fault at the final batch', false);
    const mappingItem = `web/lists/getByTitle('Duty Mappings')/items(${id})?$select=IdmLatestRecord,OData__UIVersionString`;
    const before = await (await raw(OWNER, 'GET', mappingItem)).json();
    // The sign-off's requests: a $batch of reads, two uploads, then the $batch of writes, which fails.
    await site.fault({ status: 500, times: 1, pathContains: '$batch', skip: 1 });
    await expectAppError(services.governance.signOff(input), 'unknown');
    await fetch(`${site.server.url}/_local/faults`, { method: 'DELETE' });
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'draft' });
    expect(await (await raw(OWNER, 'GET', mappingItem)).json()).toEqual(before);
    // What the failed attempt left: both files at number 1, without columns (the batch may have run
    // on SharePoint with its reply lost, so they are not deleted); they count for nothing.
    const listed = async (): Promise<Array<Record<string, unknown>>> =>
      (
        (await (
          await raw(OWNER, 'GET', `${LIBRARY}/items?$top=5000&$select=ID,FileLeafRef,IdmRecordMappingId,IdmRecordKind,Created,Modified,OData__UIVersionString&$orderby=ID`)
        ).json()) as { value: Array<Record<string, unknown>> }
      ).value.filter((row) => String(row.FileLeafRef).startsWith(`Mapping ${id} `));
    const left = (await listed()).filter((row) => String(row.FileLeafRef).startsWith(`Mapping ${id} sign-off 1.`));
    expect(left.map((row) => [row.FileLeafRef, row.IdmRecordMappingId])).toEqual([
      [`Mapping ${id} sign-off 1.docx`, null],
      [`Mapping ${id} sign-off 1.json`, null]
    ]);

    await services.governance.signOff(input);
    const read = await site.services(MEMBER).governance.read(id);
    expect(read).toMatchObject({ state: 'signedOff', signedOff: { integrity: { kind: 'intact' } } });
    const number = read.signedOff?.number ?? 0;
    expect(number).toBe(2);
    expect(await (await raw(OWNER, 'GET', mappingItem)).json()).toMatchObject({ IdmLatestRecord: number });
    // Nothing the failed attempt left was overwritten: same items, same versions, still without columns.
    const after = await listed();
    for (const row of left) {
      expect(after.find((candidate) => candidate.ID === row.ID)).toEqual(row);
    }
    expect(after.filter((row) => row.IdmRecordMappingId === id).map((row) => row.FileLeafRef)).toEqual([`Mapping ${id} sign-off ${number}.docx`, `Mapping ${id} sign-off ${number}.json`]);
  });
});

describe('the overview', () => {
  test('forged per-area counts show "Figures need checking" with the entries\' own figures, in at most 2 requests', async () => {
    const id = await filledMapping('Forged counts');
    const item = (await (await raw(MEMBER, 'GET', `web/lists/getByTitle('Duty Mappings')/items(${id})?$select=IdmAreaCounts,IdmCountGap,IdmCountPartlyInPlace`)).json()) as Record<string, unknown>;
    const breakdown = areaCountsFromRow(item);
    if (!breakdown) {
      throw new Error('no per-area counts');
    }
    const gaps = Number(item.IdmCountGap);
    const partly = Number(item.IdmCountPartlyInPlace);
    expect(gaps + partly).toBeGreaterThan(0);
    // "All in place": a Member moves every gap and partly-in-place figure to In place, whole and per area.
    for (const area of breakdown.areas) {
      area.counts.inPlace += area.counts.gap + area.counts.partlyInPlace;
      area.counts.gap = 0;
      area.counts.partlyInPlace = 0;
    }
    const forged = await raw(
      MEMBER,
      'POST',
      `web/lists/getByTitle('Duty Mappings')/items(${id})`,
      JSON.stringify({ ...areaCountsValues(breakdown), IdmCountGap: 0, IdmCountPartlyInPlace: 0, IdmCountInPlace: Number((item as Record<string, unknown>).IdmCountInPlace ?? 0) + gaps + partly }),
      { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }
    );
    expect(forged.status).toBe(204);
    const { result, requests } = await countRequests(site, () => site.services(MEMBER).overview.loadOverview());
    expect(requests).toBeLessThanOrEqual(2);
    expect(result.mappings.find((m) => m.id === id)).toMatchObject({ figuresAddUp: false, entryFigures: { gap: gaps, partlyInPlace: partly } });
  });

  test("a Member's REST change of a signed-off mapping's entry is flagged as changed after sign-off; an untouched one is not", async () => {
    const changed = await filledMapping('Overview changed');
    const untouched = await filledMapping('Overview untouched');
    await signOffAs(OWNER, changed);
    await signOffAs(OWNER, untouched);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const entries = (await (await raw(MEMBER, 'GET', `web/lists/getByTitle('Duty Mapping Entries')/items?$filter=IdmMappingId eq ${changed}&$orderby=ID&$select=ID,IdmStatus`)).json()).value as Array<Record<string, unknown>>;
    const gap = entries.find((entry) => entry.IdmStatus === 'Gap') ?? entries[0];
    await raw(MEMBER, 'POST', `web/lists/getByTitle('Duty Mapping Entries')/items(${gap.ID})`, JSON.stringify({ IdmStatus: 'In place' }), { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    const overview = await site.services(MEMBER).overview.loadOverview();
    expect(overview.mappings.find((m) => m.id === changed)).toMatchObject({ signOffCheck: 'changedAfterSignOff' });
    expect(overview.mappings.find((m) => m.id === untouched)?.signOffCheck).toBeUndefined();
    expect(overview.mappings.find((m) => m.id === untouched)?.signedOffReviewDue).toEqual(expect.any(String));
  });

  test("a write in the seal's own second is the sign-off's only when the person who sealed made it (SharePoint's Modified has whole seconds)", () => {
    const sealedAt = '2026-12-06T14:00:05Z';
    const mapping = (id: number, modifiedBy: number): OverviewMapping => ({
      id,
      team: `Team ${id}`,
      completedBy: [],
      frameworkId: 'sor',
      frameworkVersion: 1,
      dutyCount: 2,
      counts: { notReviewed: 0, gap: 1, partlyInPlace: 0, inPlace: 1, notApplicable: 0 },
      coverage: 0.5,
      figuresAddUp: true,
      modified: sealedAt,
      modifiedBy
    });
    const entry = (mappingId: number, editorId: number): Record<string, unknown> => ({ ID: mappingId * 10, IdmMappingId: mappingId, IdmDutyId: 'd1', IdmStatus: 'Gap', Modified: sealedAt, EditorId: editorId });
    const signOffs = new Map([1, 2, 3].map((id) => [id, { state: 'signedOff' as const, sealedAt, sealedBy: 7 }]));
    // 1: only the sign-off's own writes; 2: a Member's entry save in the same second; 3: a Member's item save in it.
    const checked = checkedMappings([mapping(1, 7), mapping(2, 7), mapping(3, 8)], [], [entry(1, 7), entry(2, 8), entry(3, 7)], signOffs);
    expect(checked.map((m) => m.signOffCheck)).toEqual([undefined, 'changedAfterSignOff', 'changedAfterSignOff']);
  });
});
