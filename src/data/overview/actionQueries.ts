import type { ActionItem, ActionSource } from '../../services/overview';
import { ENTRY_FIELDS as F, STATUS_CHOICES, statusFromChoice } from '../schema';
import type { IItems } from '@pnp/sp/items';
import type { IWeb } from '../toolkit/pnp';
import { MAX_BATCH_REQUESTS, inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import { presentFields } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { personFrom } from '../mappings/entryRows';
import { isThresholdError } from '../toolkit/errors';
import { odataNumber, odataString } from '../toolkit/odata';
import { MAX_PAGE, readAllPages } from '../toolkit/pages';
import { isoDate, text } from '../toolkit/rows';
import type { Row, SiteTimeZone } from '../toolkit/rows';

/** The action tracker's columns. */
export const ACTION_SELECT = ['ID', F.mappingId, F.dutyId, F.team, F.area, 'Title', F.status, F.actionWhat, F.actionOwner, F.actionOwnerPerson, F.actionDue];

/** Both statuses that need action, as one clause on the indexed Status column. */
const NEEDS_ACTION = `(${F.status} eq ${odataString(STATUS_CHOICES.gap)} or ${F.status} eq ${odataString(STATUS_CHOICES.partlyInPlace)})`;

function ownerPersonOf(row: Row): Pick<ActionItem, 'ownerPerson'> {
  const person = personFrom(text(row, F.actionOwnerPerson));
  return person ? { ownerPerson: person } : {};
}

function actionFromRow(row: Row, zone?: SiteTimeZone): ActionItem | undefined {
  const status = statusFromChoice(row[F.status]);
  if (status !== 'gap' && status !== 'partlyInPlace') {
    return undefined;
  }
  const item: ActionItem = {
    mappingId: Number(row[F.mappingId]),
    dutyId: text(row, F.dutyId),
    team: text(row, F.team),
    areaTitle: text(row, F.area),
    dutyText: text(row, 'Title'),
    status,
    what: text(row, F.actionWhat).trim(),
    owner: text(row, F.actionOwner).trim(),
    ...ownerPersonOf(row)
  };
  // A blank or unreadable date is "no due date", never a dropped row.
  const due = isoDate(row, F.actionDue, zone);
  if (due !== undefined) {
    item.dueDate = due;
  }
  return item;
}

/**
 * The longest `$filter` one fallback query carries, percent-encoded. SharePoint
 * Online refuses URLs past about 2,000 characters (its web servers allow 2,048
 * bytes of query string; docs/sharepoint-rest.md), so a filter naming 200
 * mappings (5–7 KB) fails exactly on the large sites that need the fallback.
 * The parts travel inside a `$batch` body, but each is kept short enough to be
 * sent on its own as well.
 */
export const MAX_FILTER_CHARS = 1200;

/** Filter on some mappings' ids (the indexed MappingId column), then on status. */
function mappingFilter(group: readonly ActionSource[]): string {
  const ids = group.map((mapping) => `${F.mappingId} eq ${odataNumber(mapping.id)}`).join(' or ');
  return `(${ids}) and ${NEEDS_ACTION}`;
}

/**
 * Groups mappings so each group's entries number at most 5,000 (a filter on
 * their ids then never scans past the threshold) and its filter stays under
 * {@link MAX_FILTER_CHARS} once encoded.
 *
 * @param mappings - The mappings wanted, with their duty counts.
 * @returns Groups in the given order.
 */
export function groupsForFallback(mappings: readonly ActionSource[]): ActionSource[][] {
  const groups: ActionSource[][] = [];
  let current: ActionSource[] = [];
  let size = 0;
  for (const mapping of mappings) {
    const entries = Math.max(1, mapping.dutyCount);
    const fits = size + entries <= MAX_PAGE && encodeURIComponent(mappingFilter([...current, mapping])).length <= MAX_FILTER_CHARS;
    if (current.length > 0 && !fits) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(mapping);
    size += entries;
  }
  if (current.length > 0) {
    groups.push(current);
  }
  return groups;
}

function actionsQuery(context: DataContext, group: readonly ActionSource[], select: readonly string[], web?: IWeb): IItems {
  return context.list('entries', web).items.select(...presentFields(context, select)).filter(mappingFilter(group)).orderBy('ID', true);
}

/**
 * The fallback read: one short query per group of mappings, up to 100 of them
 * in each `$batch` POST (so 1,000 mappings of 40 duties cost one POST). A group
 * whose page came back full is read again on its own, following next links.
 *
 * @param context - Data context.
 * @param mappings - The mappings wanted, with their duty counts.
 * @param select - Columns to read (the action tracker's by default).
 * @returns The rows needing action of those mappings, group by group, each group's by ID.
 */
export async function readByMappingGroups(context: DataContext, mappings: readonly ActionSource[], select: readonly string[] = ACTION_SELECT): Promise<Row[]> {
  const groups = groupsForFallback(mappings);
  const rows: Row[] = [];
  for (let start = 0; start < groups.length; start += MAX_BATCH_REQUESTS) {
    const slice = groups.slice(start, start + MAX_BATCH_REQUESTS);
    const pages = await inBatch(context.sp, (web) => Promise.all(slice.map((group) => settle(actionsQuery(context, group, select, web).top(MAX_PAGE)<Row[]>()))));
    throwFirstFailure(pages);
    for (let i = 0; i < slice.length; i += 1) {
      const page = pages[i].value;
      rows.push(...(page.length < MAX_PAGE ? page : await readAllPages(actionsQuery(context, slice[i], select))));
    }
  }
  return rows;
}

/**
 * Every duty needing action in the given mappings. First one query on the
 * indexed Status column, in pages of 5,000 (one request for up to 5,000
 * actions); when a site has more than 5,000 such duties SharePoint refuses
 * that as past the threshold, and the read is made again per small group of
 * mappings (entries at most 5,000, filter short enough for SharePoint's URL
 * limit), the groups' queries batched.
 *
 * @param context - Data context.
 * @param mappings - The mappings wanted, with their duty counts.
 * @returns The actions of those mappings, in no particular order.
 */
export async function readActions(context: DataContext, mappings: readonly ActionSource[]): Promise<ActionItem[]> {
  if (mappings.length === 0) {
    return [];
  }
  let rows: Row[];
  try {
    rows = await readAllPages(context.list('entries').items.select(...presentFields(context, ACTION_SELECT)).filter(NEEDS_ACTION).orderBy('ID', true));
  } catch (error) {
    if (!isThresholdError(error)) {
      throw error;
    }
    rows = await readByMappingGroups(context, mappings);
  }
  return actionsFromRows(rows, context.timeZone, new Set(mappings.map((mapping) => mapping.id)));
}

/**
 * The actions in rows read with {@link ACTION_SELECT} (rows whose status does not need action are
 * left out).
 *
 * @param rows - Entry rows.
 * @param zone - The site's time zone, for due dates.
 * @param wanted - Only these mappings' actions; every mapping's when undefined.
 * @returns The actions, in the rows' order.
 */
export function actionsFromRows(rows: readonly Row[], zone: SiteTimeZone | undefined, wanted?: ReadonlySet<number>): ActionItem[] {
  const items: ActionItem[] = [];
  for (const row of rows) {
    const item = actionFromRow(row, zone);
    if (item && (wanted === undefined || wanted.has(item.mappingId))) {
      items.push(item);
    }
  }
  return items;
}
