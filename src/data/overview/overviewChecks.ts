import type { OverviewFramework, OverviewMapping } from '../../services/overview';
import type { SignOffSummary } from '../governance/signOffReviewDates';
import type { IWeb } from '../toolkit/pnp';
import { settle } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { DataContext } from '../toolkit/context';
import { MAX_PAGE } from '../toolkit/pages';
import { idOf, num, text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import { odataString } from '../toolkit/odata';
import { ENTRY_FIELDS as F, STATUS_CHOICES, statusFromChoice } from '../schema';
import type { ActionSource } from '../../services/overview';
import { readByMappingGroups } from './actionQueries';

/** Both statuses that need action, as one clause on the indexed Status column (the action tracker's query). */
const NEEDS_ACTION = `(${F.status} eq ${odataString(STATUS_CHOICES.gap)} or ${F.status} eq ${odataString(STATUS_CHOICES.partlyInPlace)})`;
/** The columns the checks need; the action tracker reads its own as well on the same query. */
export const CHECK_SELECT = ['ID', F.mappingId, F.dutyId, F.status, 'Modified', 'EditorId'];

function needsAction(context: DataContext, web: IWeb, select: readonly string[]): ReturnType<ReturnType<DataContext['list']>['items']['select']> {
  return context.list('entries', web).items.select(...select).filter(NEEDS_ACTION).orderBy('ID', true);
}

/**
 * Starts the first page of every entry whose status needs action (the action
 * tracker's indexed Status query) on the overview's batch.
 *
 * @param context - Data context.
 * @param web - The batched web.
 * @param select - Columns to read (the checks' by default).
 * @returns The first page.
 */
export function startNeedsActionRows(context: DataContext, web: IWeb, select: readonly string[] = CHECK_SELECT): Promise<Settled<Row[]>> {
  return settle(needsAction(context, web, select).top(MAX_PAGE)<Row[]>());
}

/**
 * Every entry needing action: the first page when it holds them all (fewer
 * than 5,000), else one more request, the action tracker's grouped query (a
 * short filter on the indexed MappingId column per group of mappings, the
 * groups in one `$batch`). That covers a Status query SharePoint refused as
 * past the list view threshold (more than 5,000 such entries) and a full
 * first page alike, where paging on with `$skiptoken` would cost a request
 * per 5,000 rows.
 *
 * @param context - Data context.
 * @param first - The Status query's first page, or its failure.
 * @param mappings - The overview's mappings, with their duty counts.
 * @param select - Columns to read (the checks' by default: ID, mapping id, duty id, status, Modified, Editor's id).
 * @returns Every row.
 */
export async function allNeedsAction(context: DataContext, first: Settled<Row[]>, mappings: readonly ActionSource[], select: readonly string[] = CHECK_SELECT): Promise<Row[]> {
  if (first.ok && first.value.length < MAX_PAGE) {
    return first.value;
  }
  const rows = await readByMappingGroups(context, mappings, select);
  // Groups come one after another; a duty's oldest entry must come first wherever it is.
  return rows.sort((a, b) => idOf(a) - idOf(b));
}

interface EntryFigures {
  gap: number;
  partlyInPlace: number;
  byArea: Map<string, { gap: number; partlyInPlace: number }>;
  /** When each of them was last written, and by whom. */
  writes: Write[];
}

/** A write SharePoint stamped on an item: its Modified (whole seconds) and Editor's id. */
interface Write {
  at: number;
  by?: number;
}

function editorOf(row: Row): number | undefined {
  const id = row.EditorId;
  return id === null || id === undefined || id === '' ? undefined : Number(id);
}

/**
 * Whether a write came after the seal. SharePoint stamps Modified in whole
 * seconds, and sign-off's own batch writes every entry and the mapping item in
 * the seal's second: a write in that same second is the sign-off's own only
 * when the person who sealed made it (a Member's save straight after sign-off
 * would otherwise pass unseen).
 */
function afterSeal(write: Write, sealed: number, sealedBy: number | undefined): boolean {
  if (!Number.isFinite(write.at) || !Number.isFinite(sealed)) {
    return false;
  }
  return write.at > sealed || (write.at === sealed && write.by !== undefined && sealedBy !== undefined && write.by !== sealedBy);
}

function figuresByMapping(rows: readonly Row[], frameworks: readonly OverviewFramework[], mappings: readonly OverviewMapping[]): Map<number, EntryFigures> {
  const areaOfDuty = new Map<string, Map<string, string>>();
  for (const framework of frameworks) {
    const duties = new Map<string, string>();
    framework.areas.forEach((area) => area.dutyIds.forEach((dutyId) => duties.set(dutyId, area.id)));
    areaOfDuty.set(`${framework.id}@${framework.version}`, duties);
  }
  const frameworkOf = new Map(mappings.map((mapping) => [mapping.id, `${mapping.frameworkId}@${mapping.frameworkVersion}`]));
  const out = new Map<number, EntryFigures>();
  const seen = new Set<string>();
  for (const row of rows) {
    const mappingId = num(row, F.mappingId);
    const dutyId = text(row, F.dutyId);
    const status = statusFromChoice(row[F.status]);
    // A duty with two entries counts once, as the mapping screen shows the oldest (rows come by ID).
    if ((status !== 'gap' && status !== 'partlyInPlace') || seen.has(`${mappingId}/${dutyId}`)) {
      continue;
    }
    seen.add(`${mappingId}/${dutyId}`);
    const figures: EntryFigures = out.get(mappingId) ?? { gap: 0, partlyInPlace: 0, byArea: new Map(), writes: [] };
    figures[status] += 1;
    const areaId = areaOfDuty.get(frameworkOf.get(mappingId) ?? '')?.get(dutyId);
    if (areaId !== undefined) {
      const area = figures.byArea.get(areaId) ?? { gap: 0, partlyInPlace: 0 };
      area[status] += 1;
      figures.byArea.set(areaId, area);
    }
    figures.writes.push({ at: Date.parse(text(row, 'Modified')), by: editorOf(row) });
    out.set(mappingId, figures);
  }
  return out;
}

/**
 * Checks each mapping's stored gap and partly-in-place counts (whole and per
 * area, columns a Member can write) against its entries, and flags a
 * signed-off mapping whose item or entries needing action were written after
 * its sign-off, or whose figures no longer agree with it (an entry changed or
 * deleted). Pure: the rows come from the overview's own batch.
 *
 * @param mappings - The overview's mappings, as stored.
 * @param frameworks - Framework versions with their areas.
 * @param needsActionRows - Every entry needing action (the Status query).
 * @param signOffs - The latest record of each mapping.
 * @returns The mappings with their checks.
 */
export function checkedMappings(
  mappings: readonly OverviewMapping[],
  frameworks: readonly OverviewFramework[],
  needsActionRows: readonly Row[],
  signOffs: ReadonlyMap<number, SignOffSummary>
): OverviewMapping[] {
  const figures = figuresByMapping(needsActionRows, frameworks, mappings);
  return mappings.map((mapping) => {
    const found: EntryFigures = figures.get(mapping.id) ?? { gap: 0, partlyInPlace: 0, byArea: new Map(), writes: [] };
    const wholeAgrees = mapping.counts.gap === found.gap && mapping.counts.partlyInPlace === found.partlyInPlace;
    const areasAgree =
      mapping.breakdown === undefined ||
      mapping.breakdown.areas.every((area) => {
        const entries = found.byArea.get(area.areaId) ?? { gap: 0, partlyInPlace: 0 };
        return area.counts.gap === entries.gap && area.counts.partlyInPlace === entries.partlyInPlace;
      });
    const checked: OverviewMapping = { ...mapping };
    if (!wholeAgrees || !areasAgree) {
      checked.figuresAddUp = false;
      checked.entryFigures = { gap: found.gap, partlyInPlace: found.partlyInPlace };
    }
    const signOff = signOffs.get(mapping.id);
    if (signOff?.state === 'signedOff') {
      checked.signedOffReviewDue = signOff.reviewDue;
      const sealed = Date.parse(signOff.sealedAt ?? '');
      const itemLater = afterSeal({ at: Date.parse(mapping.modified), by: mapping.modifiedBy }, sealed, signOff.sealedBy);
      const entryLater = found.writes.some((write) => afterSeal(write, sealed, signOff.sealedBy));
      if (itemLater || entryLater || !wholeAgrees || !areasAgree) {
        checked.signOffCheck = 'changedAfterSignOff';
      }
      if (checked.signedOffReviewDue === undefined) {
        delete checked.signedOffReviewDue;
      }
    } else if (signOff?.state === 'needsChecking') {
      checked.signOffCheck = 'recordNeedsChecking';
    }
    return checked;
  });
}
