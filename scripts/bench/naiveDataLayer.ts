/**
 * The baseline the benchmark compares against: a data layer written the
 * obvious way, with one request per entry, no batching and no denormalised
 * counts. It reads and writes the same lists as the real data layer, so the
 * figures differ only by how the requests are made.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { ENTRIES_LIST, ENTRY_FIELDS } from '../../src/data/schema/entriesList';
import { FRAMEWORKS_LIST } from '../../src/data/schema/frameworksList';
import { MAPPINGS_LIST } from '../../src/data/schema/mappingsList';
import { SUMMARY_SELECT } from '../../src/data/mappings/SpMappingRepository';

type Row = Record<string, unknown> & { Id: number };

export interface NaiveEntryChange {
  itemId: number;
  comments: string;
}

export class NaiveDataLayer {
  public constructor(private readonly sp: SPFI) {}

  /** Mapping item, the ids of its entries, then each entry on its own, then the framework. */
  public async openMapping(mappingId: number): Promise<{ mapping: Row; entries: Row[] }> {
    const mapping = (await this.sp.web.lists.getByTitle(MAPPINGS_LIST.title).items.getById(mappingId)()) as Row;
    const ids = (await this.sp.web.lists
      .getByTitle(ENTRIES_LIST.title)
      .items.select('Id')
      .filter(`${ENTRY_FIELDS.mappingId} eq ${mappingId}`)
      .top(5000)()) as Row[];
    const entries: Row[] = [];
    for (const { Id } of ids) {
      entries.push((await this.sp.web.lists.getByTitle(ENTRIES_LIST.title).items.getById(Id)()) as Row);
    }
    await this.sp.web.lists.getByTitle(FRAMEWORKS_LIST.title).items.top(1)();
    return { mapping, entries };
  }

  /** One MERGE per changed entry, one after another, last writer wins. */
  public async save(changes: NaiveEntryChange[]): Promise<void> {
    for (const change of changes) {
      await this.sp.web.lists
        .getByTitle(ENTRIES_LIST.title)
        .items.getById(change.itemId)
        .update({ [ENTRY_FIELDS.comments]: change.comments });
    }
  }

  /** Counts by status per mapping, computed from every entry (no denormalised counts), paged by ID. */
  public async overview(): Promise<Map<number, Record<string, number>>> {
    const counts = new Map<number, Record<string, number>>();
    await this.sp.web.lists.getByTitle(MAPPINGS_LIST.title).items.select('Id', 'Title').top(5000)();
    const entries = this.sp.web.lists.getByTitle(ENTRIES_LIST.title).items.select('Id', ENTRY_FIELDS.mappingId, ENTRY_FIELDS.status).top(5000);
    for await (const page of entries) {
      for (const row of page as Row[]) {
        const mappingId = Number(row[ENTRY_FIELDS.mappingId]);
        const status = String(row[ENTRY_FIELDS.status]);
        const forMapping = counts.get(mappingId) ?? {};
        forMapping[status] = (forMapping[status] ?? 0) + 1;
        counts.set(mappingId, forMapping);
      }
    }
    return counts;
  }

  /** Counts by status per mapping and area, computed from every entry (no stored per-area counts), paged by ID. */
  public async overviewByArea(): Promise<Map<number, Map<string, Record<string, number>>>> {
    const counts = new Map<number, Map<string, Record<string, number>>>();
    await this.sp.web.lists.getByTitle(MAPPINGS_LIST.title).items.select('Id', 'Title').top(5000)();
    const entries = this.sp.web.lists.getByTitle(ENTRIES_LIST.title).items.select('Id', ENTRY_FIELDS.mappingId, ENTRY_FIELDS.area, ENTRY_FIELDS.status).top(5000);
    for await (const page of entries) {
      for (const row of page as Row[]) {
        const mappingId = Number(row[ENTRY_FIELDS.mappingId]);
        const byArea = counts.get(mappingId) ?? new Map<string, Record<string, number>>();
        const area = String(row[ENTRY_FIELDS.area]);
        const forArea = byArea.get(area) ?? {};
        const status = String(row[ENTRY_FIELDS.status]);
        forArea[status] = (forArea[status] ?? 0) + 1;
        byArea.set(area, forArea);
        counts.set(mappingId, byArea);
      }
    }
    return counts;
  }

  /** Every mapping with the columns My mappings shows (the real data layer's), "my mappings" kept in the browser. */
  public async mappings(): Promise<Row[]> {
    return (await this.sp.web.lists.getByTitle(MAPPINGS_LIST.title).items.select(...SUMMARY_SELECT).top(5000)()) as Row[];
  }

  /** The tenant property naming the sites, then the signed-in person: two requests, one after the other. */
  public async sitesAndMe(key: string): Promise<void> {
    await this.sp.web.getStorageEntity(key);
    await this.sp.web.currentUser();
  }

  /** Every entry read page by page (the only unfiltered query valid past the threshold), gaps kept in the browser. */
  public async openActions(): Promise<Row[]> {
    const open: Row[] = [];
    const fields = ['Id', 'Title', ENTRY_FIELDS.mappingId, ENTRY_FIELDS.team, ENTRY_FIELDS.area, ENTRY_FIELDS.status, ENTRY_FIELDS.actionWhat, ENTRY_FIELDS.actionOwner, ENTRY_FIELDS.actionDue];
    for await (const page of this.sp.web.lists.getByTitle(ENTRIES_LIST.title).items.select(...fields).top(5000)) {
      open.push(...(page as Row[]).filter((row) => row[ENTRY_FIELDS.status] === 'Gap' || row[ENTRY_FIELDS.status] === 'Partly in place'));
    }
    return open;
  }
}
