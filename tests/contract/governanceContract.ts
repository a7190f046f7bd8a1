/**
 * The behaviour every GovernanceService must have (sign-off, reopening, the
 * records they leave), run against the UI tests' fake (fake.test.ts) and the
 * real service over HTTP on the local SharePoint server (sharePoint.test.ts).
 */
import { localToday, reviewDueDate } from '../../src/model';
import type { Framework } from '../../src/model';
import { AppError } from '../../src/services/errors';
import type { GovernanceService, SignOffInput } from '../../src/services/governance';
import type { MappingRepository } from '../../src/services/types';

export interface GovernanceSubject {
  /** A new session of someone who may edit mappings; sessions of one subject share one site. */
  editor(): MappingRepository;
  /** The editor's name as history shows it. */
  editorName(): Promise<string>;
  /** Governance as someone who may sign off and reopen (a site Owner). */
  signer(): GovernanceService;
  /** The signer's name as records show it. */
  signerName(): Promise<string>;
  framework(): Promise<Framework>;
}

let teams = 0;

async function newMapping(s: GovernanceSubject): Promise<number> {
  teams += 1;
  return s.editor().createMapping({ header: { team: `Governance contract ${teams}`, completedBy: { people: [], otherNames: [] }, notes: '' } });
}

async function signOffInput(s: GovernanceSubject, mappingId: number, note: string): Promise<SignOffInput> {
  const framework = await s.framework();
  return { mappingId, team: 'Governance contract', frameworkTitle: framework.title, frameworkVersion: framework.version, note, document: new Uint8Array([80, 75, 3, 4]), snapshot: { mappingId } };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error
  );
}

/**
 * Declares the contract's cases for one implementation.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function governanceContract(subject: () => GovernanceSubject): void {
  test('a new mapping is a draft with no records, and marking it ready (and back) is what the next read shows', async () => {
    const s = subject();
    const id = await newMapping(s);
    const governance = s.signer();
    expect(await governance.read(id)).toEqual({ state: 'draft', records: [] });
    await governance.setReady(id, true);
    expect((await governance.read(id)).state).toBe('ready');
    await governance.setReady(id, false);
    expect((await governance.read(id)).state).toBe('draft');
  });

  test('someone who may sign off is told so', async () => {
    expect(await subject().signer().canSignOff()).toBe(true);
  });

  test('signing off records who, the note, the review date and both files, and the mapping reads as signed off', async () => {
    const s = subject();
    const id = await newMapping(s);
    const governance = s.signer();
    await governance.setReady(id, true);
    const record = await governance.signOff(await signOffInput(s, id, 'Agreed at the team meeting'));
    // Who signed off is known to the record returned, even by a session that had not asked who is signed in.
    expect(record).toMatchObject({ kind: 'signedOff', by: await s.signerName(), note: 'Agreed at the team meeting', reviewDue: reviewDueDate(localToday(), 12) });
    expect(record.fileUrl).toEqual(expect.any(String));
    expect(record.documentUrl).toEqual(expect.any(String));
    expect(record.documentUrl).not.toBe(record.fileUrl);
    const read = await governance.read(id);
    expect(read.state).toBe('signedOff');
    expect(read.signedOff).toMatchObject({ kind: 'signedOff', by: await s.signerName(), note: 'Agreed at the team meeting' });
    expect(read.records.map((r) => r.kind)).toEqual(['signedOff']);
  });

  test('a second sign-off of a signed-off mapping is refused as a conflict and records nothing', async () => {
    const s = subject();
    const id = await newMapping(s);
    const governance = s.signer();
    await governance.signOff(await signOffInput(s, id, 'First'));
    const error = await caught(governance.signOff(await signOffInput(s, id, 'Second')));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'conflict', reason: 'alreadySignedOff' });
    expect((await governance.read(id)).records).toHaveLength(1);
  });

  test('a sign-off based on versions someone has since changed is refused as a conflict and records nothing', async () => {
    const s = subject();
    const id = await newMapping(s);
    const opened = await s.editor().openMapping(id);
    const other = s.editor();
    const theirs = await other.openMapping(id);
    const entry = theirs.mapping.entries[0];
    await other.saveChanges(id, { entries: [{ entry: { ...entry, comments: 'Changed before sign-off' }, etag: theirs.entryEtags[entry.dutyId] }] });

    const governance = s.signer();
    const input = { ...(await signOffInput(s, id, 'Stale')), basedOn: { entryEtags: opened.entryEtags, headerEtag: opened.headerEtag } };
    const error = await caught(governance.signOff(input));
    expect(error).toMatchObject({ kind: 'conflict', reason: 'changedSinceOpened' });
    expect(await governance.read(id)).toMatchObject({ state: 'draft', records: [] });
  });

  test('a save to a signed-off mapping is refused as signed off, and nothing of it is stored', async () => {
    const s = subject();
    const id = await newMapping(s);
    const editor = s.editor();
    const opened = await editor.openMapping(id);
    const governance = s.signer();
    await governance.signOff({ ...(await signOffInput(s, id, 'Signed')), basedOn: { entryEtags: opened.entryEtags, headerEtag: opened.headerEtag } });

    const entry = opened.mapping.entries[0];
    const error = await caught(editor.saveChanges(id, { entries: [{ entry: { ...entry, comments: 'After sign-off' }, etag: opened.entryEtags[entry.dutyId] }] }));
    expect(error).toMatchObject({ kind: 'conflict', reason: 'signedOff' });
    const reread = await s.editor().openMapping(id);
    expect(reread.mapping.entries[0].comments).toBe(entry.comments);
  });

  test('reopening records the reason, takes the mapping back to draft and lists the records newest first', async () => {
    const s = subject();
    const id = await newMapping(s);
    const governance = s.signer();
    await governance.signOff(await signOffInput(s, id, 'Signed'));
    // A new session reopens: one that has not yet asked who is signed in.
    const record = await s.signer().reopen(id, 'New duties in the framework');
    expect(record).toMatchObject({ kind: 'reopened', by: await s.signerName(), note: 'New duties in the framework' });
    const read = await governance.read(id);
    expect(read.state).toBe('draft');
    expect(read.reopened).toMatchObject({ kind: 'reopened', by: await s.signerName(), note: 'New duties in the framework' });
    expect(read.records.map((r) => r.kind)).toEqual(['reopened', 'signedOff']);
  });

  test('reopening a mapping that is not signed off is refused as a conflict and records nothing', async () => {
    const s = subject();
    const id = await newMapping(s);
    const governance = s.signer();
    const error = await caught(governance.reopen(id, 'Nothing to reopen'));
    expect(error).toMatchObject({ kind: 'conflict', reason: 'notSignedOff' });
    expect((await governance.read(id)).records).toEqual([]);
  });

  test("a new mapping's history is what it was created with, by whoever created it", async () => {
    const s = subject();
    const id = await newMapping(s);
    const { mapping } = await s.editor().openMapping(id);
    const governance = s.signer();
    const duty = await governance.dutyHistory(id, mapping.entries[0].dutyId);
    expect(duty).toEqual([{ version: '1.0', by: await s.editorName(), at: expect.stringMatching(/Z$/), changes: expect.arrayContaining([{ field: 'status', from: '', to: 'notReviewed' }]) }]);
    const details = await governance.mappingHistory(id);
    expect(details).toEqual([
      {
        version: '1.0',
        by: await s.editorName(),
        at: expect.stringMatching(/Z$/),
        changes: [
          { field: 'team', from: '', to: mapping.header.team },
          { field: 'signOffState', from: '', to: 'draft' }
        ]
      }
    ]);
  });

  test('each save is a version, newest first, listing only the fields it changed; a save that changed no detail adds none to the details', async () => {
    const s = subject();
    const id = await newMapping(s);
    const editor = s.editor();
    const opened = await editor.openMapping(id);
    const entry = opened.mapping.entries[0];
    const first = await editor.saveChanges(id, {
      entries: [{ entry: { ...entry, comments: 'First', status: 'gap' }, etag: opened.entryEtags[entry.dutyId] }],
      header: { header: { ...opened.mapping.header, notes: 'Agreed with the lead' }, areaComments: opened.mapping.areaComments, etag: opened.headerEtag }
    });
    await editor.saveChanges(id, { entries: [{ entry: { ...entry, comments: 'Second', status: 'gap' }, etag: first.savedEntryEtags[entry.dutyId] }] });

    const governance = s.signer();
    const duty = await governance.dutyHistory(id, entry.dutyId);
    expect(duty.map((h) => h.version)).toEqual(['3.0', '2.0', '1.0']);
    expect(duty[0].changes).toEqual([{ field: 'comments', from: 'First', to: 'Second' }]);
    expect(duty[1].changes).toEqual([
      { field: 'comments', from: '', to: 'First' },
      { field: 'status', from: 'notReviewed', to: 'gap' }
    ]);
    expect(duty.every((h) => h.by === duty[2].by)).toBe(true);
    const details = await governance.mappingHistory(id);
    expect(details.map((h) => h.version)).toEqual(['2.0', '1.0']);
    expect(details[0].changes).toEqual([{ field: 'notes', from: '', to: 'Agreed with the lead' }]);
  });

  test("marking ready shows in the details' history by whoever marked it; a duty with no entry has no history", async () => {
    const s = subject();
    const id = await newMapping(s);
    const governance = s.signer();
    await governance.setReady(id, true);
    const [latest] = await governance.mappingHistory(id);
    expect(latest).toMatchObject({ by: await s.signerName(), changes: [{ field: 'signOffState', from: 'draft', to: 'ready' }] });
    expect(await governance.dutyHistory(id, 'no-such-duty')).toEqual([]);
  });
}
