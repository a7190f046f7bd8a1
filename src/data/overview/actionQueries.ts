import type { ActionItem, ActionSource } from '../../services/overview';
import { ENTRY_FIELDS as F, STATUS_CHOICES, statusFromChoice } from '../schema';
import type { DataContext } from '../toolkit/context';
import { isThresholdError } from '../toolkit/errors';
import { odataNumber, odataString } from '../toolkit/odata';
import { MAX_PAGE, readAllPages } from '../toolkit/pages';
import { isoDate, text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';

const ACTION_SELECT = ['ID', F.mappingId, F.dutyId, F.team, F.area, 'Title', F.status, F.actionWhat, F.actionOwner, F.actionDue];

/** Both statuses that need action, as one clause on the indexed Status column. */
const NEEDS_ACTION = `(${F.status} eq ${odataString(STATUS_CHOICES.gap)} or ${F.status} eq ${odataString(STATUS_CHOICES.partlyInPlace)})`;

function actionFromRow(row: Row): ActionItem | undefined {
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
    owner: text(row, F.actionOwner).trim()
  };
  // A blank or unreadable date is "no due date", never a dropped row.
  const due = isoDate(row, F.actionDue);
  if (due !== undefined) {
    item.dueDate = due;
  }
  return item;
}

/**
 * Groups mappings so each group's entries number at most 5,000: a filter on
 * their ids (the indexed MappingId column) then never scans past the threshold.
 */
function groupsUnderThreshold(mappings: readonly ActionSource[]): ActionSource[][] {
  const groups: ActionSource[][] = [];
  let current: ActionSource[] = [];
  let size = 0;
  for (const mapping of mappings) {
    const entries = Math.max(1, mapping.dutyCount);
    if (current.length > 0 && size + entries > MAX_PAGE) {
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

async function readByMappingGroups(context: DataContext, mappings: readonly ActionSource[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const group of groupsUnderThreshold(mappings)) {
    const ids = group.map((mapping) => `${F.mappingId} eq ${odataNumber(mapping.id)}`).join(' or ');
    rows.push(...(await readAllPages(context.list('entries').items.select(...ACTION_SELECT).filter(`(${ids}) and ${NEEDS_ACTION}`).orderBy('ID', true))));
  }
  return rows;
}

/**
 * Every duty needing action in the given mappings. First one query on the
 * indexed Status column, in pages of 5,000 (one request for up to 5,000
 * actions); when a site has more than 5,000 such duties SharePoint refuses
 * that as past the threshold, and the read is made again per group of
 * mappings whose entries number at most 5,000 each.
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
    rows = await readAllPages(context.list('entries').items.select(...ACTION_SELECT).filter(NEEDS_ACTION).orderBy('ID', true));
  } catch (error) {
    if (!isThresholdError(error)) {
      throw error;
    }
    rows = await readByMappingGroups(context, mappings);
  }
  const wanted = new Set(mappings.map((mapping) => mapping.id));
  const items: ActionItem[] = [];
  for (const row of rows) {
    const item = actionFromRow(row);
    if (item && wanted.has(item.mappingId)) {
      items.push(item);
    }
  }
  return items;
}
