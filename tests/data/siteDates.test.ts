/**
 * @jest-environment node
 *
 * Dates keep the day a person chose on a site in any time zone: SharePoint keeps
 * a date-only column as the site's local midnight in UTC (the local server does
 * the same for its `timeZone`), and the app writes noon of the day in the
 * site's standard time, read from `web/RegionalSettings/TimeZone` in the site
 * check's own batch (loading sends no more requests for it).
 */
import '../../src/data/toolkit/pnp';
import { LIST_TITLES, ENTRY_FIELDS, MAPPING_FIELDS } from '../../src/data/schema';
import { MEMBER, OWNER, VISITOR, countRequests, startSite } from './helpers';
import type { TestSite } from './helpers';
import { newHeader } from './fixtures';

jest.setTimeout(120_000);

interface Outcome {
  /** What a fresh session (after the site check) reads back. */
  dateCompleted?: string;
  dueDate?: string;
  trackerDue?: string;
  history: Array<{ from: string; to: string }>;
  /** As SharePoint keeps them. */
  storedDue: unknown;
  storedCompleted: unknown;
}

/** A member records 1 June (summer) as completed and 1 July then 15 January as due; someone reads it all back. */
async function chooseAndReadBack(site: TestSite, siteCheckFirst: boolean): Promise<Outcome> {
  const member = site.services(MEMBER);
  if (siteCheckFirst) {
    await member.setup.checkSite();
  }
  const id = await member.mappings.createMapping({ header: newHeader('Dates team') });
  const opened = await member.mappings.openMapping(id);
  const entry = opened.mapping.entries[0];
  const first = await member.mappings.saveChanges(id, { entries: [{ entry: { ...entry, status: 'gap', action: { what: 'Train', owner: 'Lead', dueDate: '2026-07-01' } }, etag: opened.entryEtags[entry.dutyId] }] });
  await member.mappings.saveChanges(id, { entries: [{ entry: { ...entry, status: 'gap', action: { what: 'Train', owner: 'Lead', dueDate: '2026-01-15' } }, etag: first.savedEntryEtags[entry.dutyId] }] });
  await member.mappings.saveChanges(id, {
    entries: [],
    header: { header: { ...opened.mapping.header, dateCompleted: '2026-06-01' }, areaComments: opened.mapping.areaComments, etag: first.headerEtag ?? opened.headerEtag }
  });

  const reader = site.services(VISITOR);
  if (siteCheckFirst) {
    await reader.setup.checkSite();
  }
  const reopened = await reader.mappings.openMapping(id);
  const readEntry = reopened.mapping.entries.find((candidate) => candidate.dutyId === entry.dutyId);
  const history = await reader.governance.dutyHistory(id, entry.dutyId);
  const actions = await reader.overview.loadActions([{ id, dutyCount: reopened.mapping.entries.length }]);
  const raw = site.sp(OWNER).web.lists;
  const [storedEntry] = await raw
    .getByTitle(LIST_TITLES.entries)
    .items.select(ENTRY_FIELDS.actionDue)
    .filter(`${ENTRY_FIELDS.mappingId} eq ${id} and ${ENTRY_FIELDS.dutyId} eq '${entry.dutyId}'`)<Array<Record<string, unknown>>>();
  const storedMapping = await raw.getByTitle(LIST_TITLES.mappings).items.getById(id).select(MAPPING_FIELDS.dateCompleted)<Record<string, unknown>>();
  return {
    dateCompleted: reopened.mapping.header.dateCompleted,
    dueDate: readEntry?.action?.dueDate,
    trackerDue: actions.find((action) => action.dutyId === entry.dutyId)?.dueDate,
    history: history.flatMap((version) => version.changes.filter((change) => change.field === 'actionDue').map(({ from, to }) => ({ from, to }))),
    storedDue: storedEntry[ENTRY_FIELDS.actionDue],
    storedCompleted: storedMapping[MAPPING_FIELDS.dateCompleted]
  };
}

const CHOSEN = {
  dateCompleted: '2026-06-01',
  dueDate: '2026-01-15',
  trackerDue: '2026-01-15',
  // Newest first: 1 July → 15 January, then the action's creation.
  history: [
    { from: '2026-07-01', to: '2026-01-15' },
    { from: '', to: '2026-07-01' }
  ]
};

describe('a UK site (GMT Standard Time, British Summer Time)', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite();
    await site.services(OWNER).setup.run(() => undefined);
  });
  afterAll(async () => {
    await site.stop();
  });

  it('keeps every day chosen, and History shows the summer day itself (not the day before)', async () => {
    const outcome = await chooseAndReadBack(site, true);
    expect(outcome).toMatchObject(CHOSEN);
    // SharePoint keeps the UK midnight: 23:00 UTC the day before in summer.
    expect(outcome).toMatchObject({ storedCompleted: '2026-05-31T23:00:00Z', storedDue: '2026-01-15T00:00:00Z' });
  });

  it('reads the time zone in the site check\'s one batch: loading costs no more requests', async () => {
    const reader = site.services(VISITOR);
    // As the app loads: access and the site check together, the time zone a part of the check's batch.
    const { requests } = await countRequests(site, () => Promise.all([reader.permissions.getAccess(), reader.setup.checkSite()]));
    expect(requests).toBe(2);
  });
});

describe('a site left on Pacific time (UTC-8, summer UTC-7)', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite({ timeZone: 'Pacific Standard Time' });
    await site.services(OWNER).setup.run(() => undefined);
  });
  afterAll(async () => {
    await site.stop();
  });

  it('keeps every day chosen (midnight UTC, written before, became the day before)', async () => {
    const outcome = await chooseAndReadBack(site, true);
    expect(outcome).toMatchObject({ ...CHOSEN, storedCompleted: '2026-06-01T07:00:00Z', storedDue: '2026-01-15T08:00:00Z' });
  });

  it('keeps them too in a session that has not run the site check', async () => {
    expect(await chooseAndReadBack(site, false)).toMatchObject(CHOSEN);
  });
});

describe('a site at UTC+14 (Line Islands), where noon UTC is already the next day', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite({ timeZone: 'Line Islands Standard Time' });
    await site.services(OWNER).setup.run(() => undefined);
  });
  afterAll(async () => {
    await site.stop();
  });

  it('keeps every day chosen once the site check has read the time zone', async () => {
    const outcome = await chooseAndReadBack(site, true);
    expect(outcome).toMatchObject({ ...CHOSEN, storedCompleted: '2026-05-31T10:00:00Z', storedDue: '2026-01-14T10:00:00Z' });
  });
});
