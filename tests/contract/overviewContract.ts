/**
 * The behaviour every OverviewService must have (the overview's rows, the
 * action tracker's items, JD coverage and the previous year's mapping), run
 * against the UI tests' fake (fake.test.ts) and the real service over HTTP on
 * the local SharePoint server (sharePoint.test.ts). Other contracts add
 * mappings to the same site, so each case looks only at the mappings it made.
 */
import { topLevelDutyIds } from '../../src/model';
import type { Framework, MappingEntry } from '../../src/model';
import type { OverviewService } from '../../src/services/overview';
import type { MappingRepository } from '../../src/services/types';

export interface OverviewSubject {
  /** A new session of a Member; sessions of one subject share one site. */
  editor(): MappingRepository;
  /** The overview as a manager (a site Owner) reads it. */
  overview(): OverviewService;
  framework(): Promise<Framework>;
}

let teams = 0;

/** Makes a mapping and saves the given answers on its first duties, in order. */
async function mappingWith(s: OverviewSubject, answers: Partial<MappingEntry>[], copyFromMappingId?: number): Promise<{ id: number; team: string; entries: MappingEntry[] }> {
  teams += 1;
  const team = `Overview contract ${teams}`;
  const editor = s.editor();
  const id = await editor.createMapping({ header: { team, completedBy: { people: [], otherNames: [] }, notes: '' }, ...(copyFromMappingId === undefined ? {} : { copyFromMappingId }) });
  const opened = await editor.openMapping(id);
  const entries = answers.map((answer, index) => ({ ...opened.mapping.entries[index], ...answer }));
  if (entries.length > 0) {
    const outcome = await editor.saveChanges(id, { entries: entries.map((entry) => ({ entry, etag: opened.entryEtags[entry.dutyId] })) });
    expect(outcome.conflicts).toEqual([]);
  }
  return { id, team, entries };
}

const GAP: Partial<MappingEntry> = { status: 'gap', foundIn: 'neither', reference: '', action: { what: 'Add to the JD', owner: 'Sam Patel', dueDate: '2027-03-31' } };
const PARTLY: Partial<MappingEntry> = { status: 'partlyInPlace', foundIn: 'jd', reference: ' JD 3.2 ', action: { what: 'Reword', owner: '', dueDate: '' } };
const IN_PLACE: Partial<MappingEntry> = { status: 'inPlace', foundIn: 'jdAndPs', reference: 'JD 1.1; PS 2' };

/**
 * Declares the contract's cases for one implementation.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function overviewContract(subject: () => OverviewSubject): void {
  test('the overview lists each mapping newest first with figures that add up to its answers, the frameworks and the review period', async () => {
    const s = subject();
    const older = await mappingWith(s, [GAP, IN_PLACE]);
    const newer = await mappingWith(s, [IN_PLACE]);
    const framework = await s.framework();
    const data = await s.overview().loadOverview();

    const mine = data.mappings.filter((m) => m.id === older.id || m.id === newer.id);
    expect(mine.map((m) => m.team)).toEqual([newer.team, older.team]);
    const row = mine[1];
    expect(row).toMatchObject({ frameworkId: framework.id, frameworkVersion: framework.version, dutyCount: topLevelDutyIds(framework).length, figuresAddUp: true });
    expect(row.counts).toMatchObject({ gap: 1, inPlace: 1, notReviewed: topLevelDutyIds(framework).length - 2 });
    expect(data.reviewPeriodMonths).toBe(12);
    const listed = data.frameworks.find((f) => f.id === framework.id && f.version === framework.version);
    expect(listed?.areas.map((a) => a.dutyIds)).toEqual(framework.areas.map((a) => a.duties.map((d) => d.id)));
  });

  test('the action tracker gets every Gap and Partly in place duty with its action, and nothing else', async () => {
    const s = subject();
    const made = await mappingWith(s, [GAP, IN_PLACE, PARTLY]);
    const framework = await s.framework();
    const items = await s.overview().loadActions([{ id: made.id, dutyCount: topLevelDutyIds(framework).length }]);
    const byDuty = [...items].sort((a, b) => a.dutyId.localeCompare(b.dutyId));
    const expected = [made.entries[0], made.entries[2]].sort((a, b) => a.dutyId.localeCompare(b.dutyId));
    expect(byDuty.map((i) => [i.mappingId, i.dutyId, i.team, i.status, i.what, i.owner])).toEqual(
      expected.map((e) => [made.id, e.dutyId, made.team, e.status, e.action?.what, e.action?.owner])
    );
    const gap = items.find((i) => i.dutyId === made.entries[0].dutyId);
    expect(gap?.dueDate).toBe('2027-03-31');
    const area = framework.areas.find((a) => a.duties.some((d) => d.id === made.entries[0].dutyId));
    expect(gap?.areaTitle).toBe(area?.title);
    expect(gap?.dutyText).toBe(area?.duties.find((d) => d.id === made.entries[0].dutyId)?.text);
  });

  test('the tracker’s first screen gives the overview and every mapping’s actions together, as the two reads give them apart', async () => {
    const s = subject();
    const made = await mappingWith(s, [GAP, PARTLY, IN_PLACE]);
    const service = s.overview();
    const tracker = await service.loadTracker();
    const overview = await service.loadOverview();
    const key = (m: { id: number }): number => m.id;
    expect(tracker.overview.mappings.find((m) => m.id === made.id)).toEqual(overview.mappings.find((m) => m.id === made.id));
    expect(tracker.overview.frameworks).toEqual(overview.frameworks);
    expect(tracker.overview.reviewPeriodMonths).toBe(overview.reviewPeriodMonths);
    expect(tracker.overview.mappings.map(key)).toEqual(overview.mappings.map(key));
    const apart = await service.loadActions([{ id: made.id, dutyCount: made.entries.length }]);
    const byDuty = (items: readonly { dutyId: string }[]): string[] => items.map((i) => i.dutyId).sort();
    const mine = tracker.actions.filter((item) => item.mappingId === made.id);
    expect(byDuty(mine)).toEqual(byDuty(apart));
    expect([...mine].sort((a, b) => a.dutyId.localeCompare(b.dutyId))).toEqual([...apart].sort((a, b) => a.dutyId.localeCompare(b.dutyId)));
  });

  test('JD coverage gives each answered duty’s "found in" and its reference, trimmed', async () => {
    const s = subject();
    const made = await mappingWith(s, [PARTLY, IN_PLACE]);
    const framework = await s.framework();
    const citations = await s.overview().loadJdCoverage([{ id: made.id, dutyCount: topLevelDutyIds(framework).length }]);
    expect(citations.every((c) => c.mappingId === made.id)).toBe(true);
    expect(citations.find((c) => c.dutyId === made.entries[0].dutyId)).toEqual({ mappingId: made.id, dutyId: made.entries[0].dutyId, foundIn: 'jd', reference: 'JD 3.2' });
    expect(citations.find((c) => c.dutyId === made.entries[1].dutyId)).toEqual({ mappingId: made.id, dutyId: made.entries[1].dutyId, foundIn: 'jdAndPs', reference: 'JD 1.1; PS 2' });
  });

  test('a yearly review knows the mapping it was made from, with that mapping’s answers; a first mapping has none', async () => {
    const s = subject();
    const last = await mappingWith(s, [GAP]);
    const review = await mappingWith(s, [], last.id);
    const previous = await s.overview().loadPrevious(review.id);
    expect(previous).toMatchObject({ id: last.id, team: last.team });
    expect(previous?.entries.find((e) => e.dutyId === last.entries[0].dutyId)).toMatchObject({ status: 'gap', foundIn: 'neither' });
    expect(await s.overview().loadPrevious(last.id)).toBeUndefined();
  });
}
