/**
 * @jest-environment node
 *
 * A save that reaches a mapping after it was signed off, through the real data
 * layer, real PnPjs and the local SharePoint server; raw REST writes show what
 * SharePoint itself refuses and what it cannot.
 */
import '../../src/data/toolkit/pnp';
import { APPROVERS_GROUP } from '../../src/data/governance/groupName';
import { RECORDS_LIBRARY } from '../../src/data/schema';
import { isSignedOffError } from '../../src/services/governance';
import type { SignOffInput } from '../../src/services/governance';
import type { OpenedMapping } from '../../src/services/types';
import { MEMBER, MEMBER_2, OWNER, expectAppError, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });
const APPROVER = MEMBER_2;
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]);

beforeAll(async () => {
  await site.sp(OWNER).web.siteGroups.getByName(APPROVERS_GROUP).users.add('i:0#.f|membership|priya.patel@imaging.local');
});

function signOffInput(opened: OpenedMapping): SignOffInput {
  return {
    mappingId: opened.mapping.id,
    team: opened.mapping.header.team,
    frameworkTitle: opened.framework.title,
    frameworkVersion: opened.framework.version,
    note: 'Agreed',
    document: DOCX,
    snapshot: { entries: opened.mapping.entries },
    basedOn: { entryEtags: opened.entryEtags, headerEtag: opened.headerEtag }
  };
}

/** A MERGE of one entry as any script could send it, bypassing the app. */
async function rawEntryWrite(user: string, itemId: number, etag: string, comments: string): Promise<number> {
  const info = await fetch(`${site.server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  const digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
  const r = await fetch(`${site.server.siteUrl}/_api/web/lists/getByTitle('Duty Mapping Entries')/items(${itemId})`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-Local-User': user, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': etag },
    body: JSON.stringify({ IdmComments: comments })
  });
  return r.status;
}

async function storedComments(mappingId: number): Promise<string[]> {
  const opened = await site.services(OWNER).mappings.openMapping(mappingId);
  return opened.mapping.entries.map((entry) => entry.comments);
}

test('a Member’s save that arrives after the sign-off is refused as signed off, and nothing of it is stored', async () => {
  const id = await site.services(MEMBER).mappings.createMapping({ header: newHeader('CT — signed while editing') });
  const member = site.services(MEMBER);
  const memberView = await member.mappings.openMapping(id);
  const approver = site.services(APPROVER);
  await approver.governance.signOff(signOffInput(await approver.mappings.openMapping(id)));
  const before = await storedComments(id);

  // The Member's autosave, prepared before the sign-off: entries and a header change.
  const error = await expectAppError(
    member.mappings.saveChanges(id, { entries: editEntries(memberView, 3, 'late'), header: { header: { ...memberView.mapping.header, notes: 'late note' }, areaComments: {}, etag: memberView.headerEtag } }),
    'conflict'
  );
  expect(isSignedOffError(error)).toBe(true);
  expect(await storedComments(id)).toEqual(before);
  expect((await site.services(OWNER).mappings.openMapping(id)).mapping.header.notes).not.toBe('late note');

  // SharePoint itself refuses the same write sent by hand with the ETag the Member had (412)...
  const itemId = Number((await site.sp(OWNER).web.lists.getByTitle('Duty Mapping Entries').items.select('ID', 'IdmDutyId').filter(`IdmMappingId eq ${id}`).top(1)<Array<{ ID: number; IdmDutyId: string }>>())[0].ID);
  const dutyId = (await site.sp(OWNER).web.lists.getByTitle('Duty Mapping Entries').items.getById(itemId).select('IdmDutyId')<{ IdmDutyId: string }>()).IdmDutyId;
  expect(await rawEntryWrite(MEMBER, itemId, memberView.entryEtags[dutyId], 'by hand')).toBe(412);
  // ...but not a deliberate write that asks for no version check (If-Match: *): the signed record,
  // which Members cannot change, still holds what was signed off.
  expect(await rawEntryWrite(MEMBER, itemId, '*', 'by hand')).toBe(204);
  const record = await site.services(MEMBER).governance.read(id);
  const file = JSON.parse(await site.sp(MEMBER).web.getFileByServerRelativePath(record.signedOff?.fileUrl ?? '').getText()) as {
    payload: { snapshot: { entries: Array<{ comments: string }> } };
  };
  expect(file.payload.snapshot.entries.map((entry) => entry.comments)).toEqual(before);
  // ...and shown on the mapping as a change after sign-off, by the Member.
  expect(record.changes).toMatchObject({ duties: 1, people: ['Marcus Mensah'] });
});

test('after a reopening, the refused edits come back as ordinary conflicts the editor can keep', async () => {
  const id = await site.services(MEMBER).mappings.createMapping({ header: newHeader('MRI — reopened later') });
  const member = site.services(MEMBER);
  const memberView = await member.mappings.openMapping(id);
  const approver = site.services(APPROVER);
  await approver.governance.signOff(signOffInput(await approver.mappings.openMapping(id)));
  const late = editEntries(memberView, 2, 'kept in drafts');
  await expectAppError(member.mappings.saveChanges(id, { entries: late }), 'conflict');

  await site.services(OWNER).people.currentUser();
  await site.services(OWNER).governance.reopen(id, 'More to do');
  const outcome = await member.mappings.saveChanges(id, { entries: late });
  expect(outcome.conflicts.map((conflict) => (conflict.kind === 'entry' ? conflict.mine.comments : ''))).toEqual(['kept in drafts 1', 'kept in drafts 2']);
  const kept = await member.mappings.saveChanges(id, {
    entries: outcome.conflicts.flatMap((conflict) => (conflict.kind === 'entry' ? [{ entry: conflict.mine, etag: conflict.theirEtag }] : []))
  });
  expect(kept.conflicts).toEqual([]);
  expect((await storedComments(id)).slice(0, 2)).toEqual(['kept in drafts 1', 'kept in drafts 2']);
});

test('sign-off is refused when the mapping changed since the approver’s snapshot, and stores nothing', async () => {
  const id = await site.services(MEMBER).mappings.createMapping({ header: newHeader('Ultrasound — changed under the approver') });
  const approverView = await site.services(APPROVER).mappings.openMapping(id);
  const member = site.services(MEMBER);
  await member.mappings.saveChanges(id, { entries: editEntries(await member.mappings.openMapping(id), 1, 'after the approver looked') });

  const error = await expectAppError(site.services(APPROVER).governance.signOff(signOffInput(approverView)), 'conflict');
  expect(error).toMatchObject({ reason: 'changedSinceOpened' });
  const files = await site.sp(OWNER).web.lists.getByTitle(RECORDS_LIBRARY.title).items.select('FileLeafRef')<Array<{ FileLeafRef: string }>>();
  expect(files.filter((file) => file.FileLeafRef.startsWith(`Mapping ${id} `))).toEqual([]);
  await expect(member.governance.read(id)).resolves.toMatchObject({ state: 'draft' });
});
