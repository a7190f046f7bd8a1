/**
 * The behaviour every MappingRepository must have, run against the UI tests'
 * in-memory fake (fake.test.ts) and the real repository over HTTP against the
 * local SharePoint server (sharePoint.test.ts), so the fake cannot drift from
 * what the editor meets in SharePoint.
 */
import { countByStatus, topLevelDutyIds } from '../../src/model';
import type { Framework, MappingEntry, MappingHeader } from '../../src/model';
import { AppError, PartialSaveError } from '../../src/services/errors';
import type { MappingRepository, OpenedMapping } from '../../src/services/types';

/** One implementation, as the cases need it. */
export interface ContractSubject {
  /** A new session of someone who may edit; sessions of one subject share one site. */
  editor(): MappingRepository;
  /** A new session of someone who may only read. */
  reader(): MappingRepository;
  /** The framework new mappings use. */
  framework(): Promise<Framework>;
  /** Makes the counts update of the next save of this mapping fail as throttled (past any retries). */
  failNextCountsUpdate(mappingId: number): Promise<void>;
}

function header(team: string): Omit<MappingHeader, 'frameworkId' | 'frameworkVersion'> {
  return { team, completedBy: { people: [], otherNames: [] }, notes: '' };
}

function edited(opened: OpenedMapping, index: number, patch: Partial<MappingEntry>): { entry: MappingEntry; etag: string } {
  const entry = opened.mapping.entries[index];
  return { entry: { ...entry, ...patch }, etag: opened.entryEtags[entry.dutyId] };
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
export function mappingRepositoryContract(subject: () => ContractSubject): void {
  test('a save based on an old version comes back as a conflict carrying their value, and overwrites nothing', async () => {
    const s = subject();
    const mine = s.editor();
    const id = await mine.createMapping({ header: header('Contract conflict') });
    const opened = await mine.openMapping(id);
    const theirs = s.editor();
    const theirOpened = await theirs.openMapping(id);
    await theirs.saveChanges(id, { entries: [edited(theirOpened, 0, { comments: 'Theirs' })] });

    const outcome = await mine.saveChanges(id, { entries: [edited(opened, 0, { comments: 'Mine' })] });
    expect(outcome.conflicts).toHaveLength(1);
    const [conflict] = outcome.conflicts;
    expect(conflict.kind).toBe('entry');
    expect(conflict.kind === 'entry' && conflict.theirs.comments).toBe('Theirs');
    expect(conflict.kind === 'entry' && conflict.mine.comments).toBe('Mine');
    expect(outcome.savedEntryEtags).toEqual({});
    expect((await s.editor().openMapping(id)).mapping.entries[0].comments).toBe('Theirs');
  });

  test('the same value saved by someone else is not a conflict', async () => {
    const s = subject();
    const mine = s.editor();
    const id = await mine.createMapping({ header: header('Contract same value') });
    const opened = await mine.openMapping(id);
    const theirs = s.editor();
    const theirOpened = await theirs.openMapping(id);
    await theirs.saveChanges(id, { entries: [edited(theirOpened, 1, { comments: 'Agreed', status: 'inPlace' })] });

    const change = edited(opened, 1, { comments: 'Agreed', status: 'inPlace' });
    const outcome = await mine.saveChanges(id, { entries: [change] });
    expect(outcome.conflicts).toEqual([]);
    expect(Object.keys(outcome.savedEntryEtags)).toEqual([change.entry.dutyId]);
  });

  test('counts after a save are those of the entries as stored, and the mapping list shows them', async () => {
    const s = subject();
    const editor = s.editor();
    const framework = await s.framework();
    const id = await editor.createMapping({ header: header('Contract counts') });
    const opened = await editor.openMapping(id);
    const changes = [edited(opened, 0, { status: 'gap' }), edited(opened, 1, { status: 'inPlace' }), edited(opened, 2, { status: 'inPlace' })];
    const outcome = await editor.saveChanges(id, { entries: changes });
    const entries = opened.mapping.entries.map((entry, i) => (i < changes.length ? changes[i].entry : entry));
    const expected = countByStatus(entries, topLevelDutyIds(framework));
    expect(outcome.countsStored).toBe(true);
    expect(outcome.counts).toEqual(expected);
    expect(expected.inPlace).toBe(2);
    const summary = (await s.reader().listMappings()).find((mapping) => mapping.id === id);
    expect(summary?.counts).toEqual(expected);
  });

  test('a counts update that fails after the entries are stored is a PartialSaveError, and asking again stores the counts', async () => {
    const s = subject();
    const editor = s.editor();
    const id = await editor.createMapping({ header: header('Contract partial') });
    const opened = await editor.openMapping(id);
    const change = edited(opened, 0, { status: 'gap', action: { what: 'Add to the JD', owner: 'Lead' } });
    await s.failNextCountsUpdate(id);

    const failure = await caught(editor.saveChanges(id, { entries: [change] }));
    expect(failure).toBeInstanceOf(PartialSaveError);
    const partial = failure as PartialSaveError;
    expect(partial.kind).toBe('throttled');
    expect(partial.saved.countsStored).toBe(false);
    expect(Object.keys(partial.saved.savedEntryEtags)).toEqual([change.entry.dutyId]);
    expect((await s.editor().openMapping(id)).mapping.entries[0].status).toBe('gap');

    const retry = await editor.saveChanges(id, { entries: [], updateCounts: true });
    expect(retry.countsStored).toBe(true);
    expect(retry.counts.gap).toBe(1);
    expect((await s.reader().listMappings()).find((mapping) => mapping.id === id)?.counts.gap).toBe(1);
  });

  test('someone who may only read can open a mapping but not save to it', async () => {
    const s = subject();
    const id = await s.editor().createMapping({ header: header('Contract permissions') });
    const reader = s.reader();
    const opened = await reader.openMapping(id);
    const failure = await caught(reader.saveChanges(id, { entries: [edited(opened, 0, { comments: 'Not allowed' })] }));
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).kind).toBe('forbidden');
    expect((await s.editor().openMapping(id)).mapping.entries[0].comments).toBe('');
  });
}
