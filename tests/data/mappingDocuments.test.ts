/** @jest-environment node */
import { createServer } from 'net';
import type { AddressInfo } from 'net';
import '../../src/data/toolkit/pnp';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { DOCUMENT_FIELDS } from '../../src/data/schema';
import { MAX_STORED_DOCUMENT_BYTES } from '../../src/services/documents';
import type { DocumentUpload } from '../../src/services/documents';
import { MEMBER, MEMBER_2, OWNER, VISITOR, countRequests, expectAppError, siteForThisFile } from './helpers';
import { newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });
const LIBRARY = 'Duty Mapping Documents';
const LIBRARY_PATH = `/sites/imaging/${LIBRARY}`;

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const upload = (kind: 'jd' | 'ps', format: DocumentUpload['format'], text: string, originalName = `AP ${kind.toUpperCase()} 2026.${format}`): DocumentUpload => ({
  kind,
  format,
  originalName,
  bytes: bytes(text)
});

async function newMapping(team: string): Promise<number> {
  return site.services(MEMBER).mappings.createMapping({ header: newHeader(team) });
}

test('set-up creates the library with columns linking each file to its mapping, indexed for lookup', async () => {
  const list = await site.sp(OWNER).web.lists.getByTitle(LIBRARY).select('BaseTemplate', 'EnableVersioning')();
  expect(list).toMatchObject({ BaseTemplate: 101, EnableVersioning: true });
  const fields = await site
    .sp(OWNER)
    .web.lists.getByTitle(LIBRARY)
    .fields.filter(`InternalName eq '${DOCUMENT_FIELDS.mappingId}' or InternalName eq '${DOCUMENT_FIELDS.kind}'`)
    .select('InternalName', 'TypeAsString', 'Indexed')();
  expect(fields.map((f: { InternalName: string; TypeAsString: string; Indexed: boolean }) => [f.InternalName, f.TypeAsString, f.Indexed])).toEqual([
    [DOCUMENT_FIELDS.mappingId, 'Number', true],
    [DOCUMENT_FIELDS.kind, 'Choice', true]
  ]);
});

test('set-up gives the library its own permissions: Owners full control, Members contribute, Visitors read', async () => {
  const sp = site.sp(OWNER);
  const library = sp.web.lists.getByTitle(LIBRARY);
  expect(await library.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
  const assignments = await library.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Array<{ Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }>>();
  const levels = Object.fromEntries(assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((b) => b.Name)]));
  expect(levels).toMatchObject({ 'Imaging Owners': ['Full Control'], 'Imaging Members': ['Contribute'], 'Imaging Visitors': ['Read'] });
  // Contribute is not Edit: a Member cannot change the library itself.
  const refused = await site
    .sp(MEMBER)
    .web.lists.getByTitle(LIBRARY)
    .update({ Description: 'changed by a member' })
    .then(
      () => 'allowed',
      (error: { status?: number }) => error.status
    );
  expect(refused).toBe(403);
});

test('a member stores a JD; the whole team then lists and reads the same file for that mapping only', async () => {
  const mapping = await newMapping('CT — Eastfield General');
  const other = await newMapping('MRI — Eastfield General');
  const member = site.services(MEMBER);
  const jd = '\u0050\u004b\u0003\u0004 pretend docx bytes';
  const { result: stored, requests } = await countRequests(site, () => member.documents.saveDocument(mapping, upload('jd', 'docx', jd, 'AP JD 2026 (final).docx')));
  // Upload, columns, and who is signed in (asked once per session).
  expect(requests).toBe(3);
  expect(stored).toMatchObject({
    kind: 'jd',
    format: 'docx',
    originalName: 'AP JD 2026 (final).docx',
    path: `${LIBRARY_PATH}/Mapping ${mapping} JD.docx`,
    version: '1.0',
    modifiedBy: 'Marcus Mensah'
  });

  const teammate = site.services(MEMBER_2);
  const { result: listed, requests: listRequests } = await countRequests(site, () => teammate.documents.listDocuments(mapping));
  expect(listRequests).toBe(1);
  expect(listed).toEqual([expect.objectContaining({ kind: 'jd', originalName: 'AP JD 2026 (final).docx', version: '1.0', modifiedBy: 'Marcus Mensah', path: stored.path })]);
  expect(new TextDecoder().decode(await teammate.documents.readDocument(listed[0]))).toBe(jd);
  await expect(teammate.documents.listDocuments(other)).resolves.toEqual([]);

  // Visitors read it too (the library's Read level).
  await expect(site.services(VISITOR).documents.listDocuments(mapping)).resolves.toHaveLength(1);
});

test('storing it again uploads a new version of the same file and the library keeps the earlier one', async () => {
  const mapping = await newMapping('Ultrasound — Eastfield General');
  const first = await site.services(MEMBER).documents.saveDocument(mapping, upload('ps', 'pdf', '%PDF-1.7 first', 'PS v1.pdf'));
  const secondSession = site.services(MEMBER_2);
  await secondSession.people.currentUser();
  const { result: second, requests } = await countRequests(site, () => secondSession.documents.saveDocument(mapping, upload('ps', 'pdf', '%PDF-1.7 second', 'PS v2.pdf')));
  expect(requests).toBe(2);
  expect(second).toMatchObject({ path: first.path, version: '2.0', originalName: 'PS v2.pdf', modifiedBy: 'Priya Patel' });

  const listed = await site.services(VISITOR).documents.listDocuments(mapping);
  expect(listed).toEqual([expect.objectContaining({ kind: 'ps', version: '2.0', originalName: 'PS v2.pdf', modifiedBy: 'Priya Patel' })]);
  expect(new TextDecoder().decode(await site.services(VISITOR).documents.readDocument(listed[0]))).toBe('%PDF-1.7 second');
  await expect(secondSession.documents.earlierVersions(listed[0])).resolves.toEqual([expect.objectContaining({ version: '1.0', createdBy: 'Marcus Mensah' })]);
  // The earlier content itself, as SharePoint's version history serves it.
  expect(await site.sp(VISITOR).web.getFileByServerRelativePath(first.path).versions.getById(512).getText()).toBe('%PDF-1.7 first');
  // One file in the library for this mapping's PS: versions, not copies.
  const rows = await site.sp(OWNER).web.lists.getByTitle(LIBRARY).items.filter(`${DOCUMENT_FIELDS.mappingId} eq ${mapping}`).select('FileLeafRef')();
  expect(rows.map((row: { FileLeafRef: string }) => row.FileLeafRef)).toEqual([`Mapping ${mapping} PS.pdf`]);
});

test('a JD stored in another format becomes the current one; pasted text is stored as a .txt file', async () => {
  const mapping = await newMapping('Breast — Eastfield General');
  const member = site.services(MEMBER);
  await member.documents.saveDocument(mapping, upload('jd', 'docx', 'PK old'));
  await member.documents.saveDocument(mapping, upload('jd', 'txt', '1. Job summary\nPasted text', ''));
  const listed = await member.documents.listDocuments(mapping);
  expect(listed).toEqual([expect.objectContaining({ kind: 'jd', format: 'txt', originalName: '', path: `${LIBRARY_PATH}/Mapping ${mapping} JD.txt` })]);
  expect(new TextDecoder().decode(await member.documents.readDocument(listed[0]))).toBe('1. Job summary\nPasted text');
});

test('visitors cannot upload: the library refuses them over raw REST, and the app says so', async () => {
  const mapping = await newMapping('Fluoroscopy — Eastfield General');
  const digest = await fetch(`${site.server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', 'X-Local-User': VISITOR } });
  const { FormDigestValue } = (await digest.json()) as { FormDigestValue: string };
  const raw = await fetch(`${site.server.siteUrl}/_api/web/lists/getByTitle('${LIBRARY}')/rootFolder/files/addUsingPath(decodedurl='Mapping ${mapping} JD.pdf',overwrite=true)`, {
    method: 'POST',
    headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': VISITOR, 'X-RequestDigest': FormDigestValue },
    body: Buffer.from('%PDF-1.7 visitor')
  });
  expect(raw.status).toBe(403);
  await expectAppError(site.services(VISITOR).documents.saveDocument(mapping, upload('jd', 'pdf', '%PDF-1.7 visitor')), 'forbidden');
  await expect(site.services(OWNER).documents.listDocuments(mapping)).resolves.toEqual([]);
});

test('a file over the limit is refused before any request; throttling is waited out; a lost connection is offline', async () => {
  const mapping = await newMapping('Nuclear medicine — Eastfield General');
  const member = site.services(MEMBER);
  const { requests } = await countRequests(site, async () => {
    const tooLarge: DocumentUpload = { kind: 'jd', format: 'pdf', originalName: 'huge.pdf', bytes: new Uint8Array(MAX_STORED_DOCUMENT_BYTES + 1) };
    await expectAppError(member.documents.saveDocument(mapping, tooLarge), 'invalid');
  });
  expect(requests).toBe(0);

  await site.fault({ status: 429, retryAfter: 1, times: 1, pathContains: 'AddUsingPath' });
  await expect(member.documents.saveDocument(mapping, upload('jd', 'pdf', '%PDF-1.7 after a wait'))).resolves.toMatchObject({ version: '1.0' });

  // A port nothing listens on: the connection is refused, as when the network is gone.
  const closed = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const unreachable = createSharePointServices(createLocalSp(`http://127.0.0.1:${closed}/sites/imaging`, { user: MEMBER }));
  await expectAppError(unreachable.documents.saveDocument(mapping, upload('jd', 'pdf', '%PDF-1.7 offline')), 'offline');
});

test('a site set up before the library existed needs an update; members keep working and are told; the owner’s update adds it', async () => {
  const mapping = await newMapping('Dental — Eastfield General');
  await site.sp(OWNER).web.lists.getByTitle(LIBRARY).delete();

  const member = site.services(MEMBER);
  const readiness = await member.setup.checkSite();
  const steps = readiness.state === 'needsUpdate' ? readiness.steps : [];
  expect(steps.map((step) => [step.task, step.listTitle])).toEqual(
    expect.arrayContaining([
      ['createList', LIBRARY],
      ['addColumns', LIBRARY]
    ])
  );
  await expect(member.mappings.openMapping(mapping)).resolves.toMatchObject({ mapping: { id: mapping } });
  await expectAppError(member.documents.listDocuments(mapping), 'missingLists');

  await site.services(OWNER).setup.run(() => undefined);
  await expect(site.services(MEMBER).setup.checkSite()).resolves.toEqual({ state: 'ready' });
  await expect(site.services(MEMBER).documents.saveDocument(mapping, upload('jd', 'pdf', '%PDF-1.7 after the update'))).resolves.toMatchObject({ version: '1.0' });
  expect(await site.sp(OWNER).web.lists.getByTitle(LIBRARY).select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
});

test('a library that inherits the site’s permissions (as the site script makes it) is locked by the owner’s update', async () => {
  await site.sp(OWNER).web.lists.getByTitle(LIBRARY).resetRoleInheritance();
  // Only an Owner's site check reads permissions; a Member's cannot tell (and has nothing to do about it).
  const readiness = await site.services(OWNER).setup.checkSite();
  expect(readiness).toEqual({
    state: 'needsUpdate',
    steps: [{ id: 'permissions:documents', task: 'documentPermissions', listTitle: LIBRARY, state: 'pending' }],
    approversManagedBy: 'Olivia Owen'
  });
  await expect(site.services(MEMBER).setup.checkSite()).resolves.toEqual({ state: 'ready' });
  const progress: Array<Array<{ id: string; state: string }>> = [];
  await site.services(OWNER).setup.run((steps) => progress.push(steps));
  expect(progress[progress.length - 1].find((step) => step.id === 'permissions:documents')?.state).toBe('done');
  await expect(site.services(OWNER).setup.checkSite()).resolves.toEqual({ state: 'ready', approversManagedBy: 'Olivia Owen' });
});

test('a chosen file handed over as a Blob is stored as its bytes would be, and read back the same', async () => {
  const id = await newMapping('Blob upload team');
  const services = site.services(MEMBER);
  const stored = await services.documents.saveDocument(id, { kind: 'jd', format: 'docx', originalName: 'Chosen JD.docx', bytes: new Blob([bytes('chosen file content')]) });
  expect(new TextDecoder().decode(await services.documents.readDocument(stored))).toBe('chosen file content');
  const tooLarge = new Blob([new Uint8Array(MAX_STORED_DOCUMENT_BYTES + 1)]);
  await expectAppError(services.documents.saveDocument(id, { kind: 'jd', format: 'docx', originalName: 'huge.docx', bytes: tooLarge }), 'invalid');
});
