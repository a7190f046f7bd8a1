import { ownerText } from '../../model';
import type { DirectoryPerson } from '../../model';
import type { ActionItem, OverviewData } from '../../services/overview';

/** An action with what the tracker works out for it. */
export interface ActionRow {
  item: ActionItem;
  /** The area's id in the mapping's framework, to open the mapping there. */
  areaId?: string;
  overdue: boolean;
  /** No action written yet (what, owner and due date all blank). */
  noAction: boolean;
}

export interface ActionFilters {
  /** An owner's name as written, '' for "no owner", undefined for anyone. */
  owner?: string;
  team?: string;
  area?: string;
  overdue: boolean;
  noActionYet: boolean;
}

export const NO_ACTION_FILTERS: ActionFilters = { overdue: false, noActionYet: false };

/**
 * Works out each action's area id and whether it is overdue.
 *
 * @param items - Actions as read.
 * @param data - The overview (mappings and their framework versions).
 * @param today - yyyy-mm-dd.
 * @returns Rows.
 */
export function actionRows(items: readonly ActionItem[], data: OverviewData, today: string): ActionRow[] {
  const areaOfDuty = new Map<string, Map<string, string>>();
  for (const framework of data.frameworks) {
    const byDuty = new Map<string, string>();
    framework.areas.forEach((area) => area.dutyIds.forEach((dutyId) => byDuty.set(dutyId, area.id)));
    areaOfDuty.set(`${framework.id}@${framework.version}`, byDuty);
  }
  const frameworkOf = new Map(data.mappings.map((m) => [m.id, `${m.frameworkId}@${m.frameworkVersion}`]));
  return items.map((item) => {
    const row: ActionRow = {
      item,
      overdue: item.dueDate !== undefined && item.dueDate < today,
      noAction: item.what === '' && item.owner === '' && item.ownerPerson === undefined && item.dueDate === undefined
    };
    const areaId = areaOfDuty.get(frameworkOf.get(item.mappingId) ?? '')?.get(item.dutyId);
    if (areaId !== undefined) {
      row.areaId = areaId;
    }
    return row;
  });
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/**
 * Whether a free-text owner is this person: their name or email as written,
 * or their name inside it ("Sam Patel (AP lead)"). Owners are free text
 * because they may be people outside the directory.
 *
 * @param owner - The owner as written.
 * @param person - The signed-in person.
 * @returns True when it names them.
 */
export function ownerIsPerson(owner: string, person: DirectoryPerson): boolean {
  const text = normalise(owner);
  if (text === '') {
    return false;
  }
  const name = normalise(person.displayName);
  const email = normalise(person.email ?? '');
  if (text === email || text === name) {
    return true;
  }
  // As a whole name among other words: "sam patel (ap lead)" names Sam Patel, "sam patelson" does not.
  const words = ` ${text.replace(/[()[\],;:/&+]/g, ' ').replace(/\s+/g, ' ')} `;
  return name !== '' && words.includes(` ${name} `);
}

/**
 * The owner as the tracker names them: the person, with any free text beside it (a role, or who
 * else), or the free text alone.
 *
 * @param item - The action.
 * @returns The owner's name, '' when nobody owns it.
 */
export function ownerName(item: Pick<ActionItem, 'owner' | 'ownerPerson'>): string {
  return ownerText(item);
}

/**
 * Whether the signed-in person owns the action: as the person chosen (by login, the same on every
 * site, unlike the site's user id), or named in the free text.
 *
 * @param item - The action.
 * @param me - The signed-in person.
 * @returns True when it is theirs.
 */
export function ownedBy(item: ActionItem, me: DirectoryPerson): boolean {
  if (item.ownerPerson) {
    return item.ownerPerson.login.toLowerCase() === me.login.toLowerCase();
  }
  return ownerIsPerson(item.owner, me);
}

/**
 * The rows passing the filters.
 *
 * @param rows - All rows.
 * @param filters - The filters.
 * @returns The rows shown.
 */
export function filterActions(rows: readonly ActionRow[], filters: ActionFilters): ActionRow[] {
  return rows.filter(
    (row) =>
      (filters.owner === undefined || normalise(ownerName(row.item)) === normalise(filters.owner)) &&
      (filters.team === undefined || row.item.team === filters.team) &&
      (filters.area === undefined || row.item.areaTitle === filters.area) &&
      (!filters.overdue || row.overdue) &&
      (!filters.noActionYet || row.noAction)
  );
}

/**
 * Sorts by due date; rows with no due date come last either way, then by team and duty.
 *
 * @param rows - The rows.
 * @param descending - Latest first.
 * @returns A sorted copy.
 */
export function sortByDue(rows: readonly ActionRow[], descending: boolean): ActionRow[] {
  return [...rows].sort((a, b) => {
    const x = a.item.dueDate;
    const y = b.item.dueDate;
    if (x !== y) {
      if (x === undefined) {
        return 1;
      }
      if (y === undefined) {
        return -1;
      }
      return (x < y ? -1 : 1) * (descending ? -1 : 1);
    }
    return a.item.team.localeCompare(b.item.team, 'en-GB') || a.item.dutyText.localeCompare(b.item.dutyText, 'en-GB');
  });
}

/**
 * The distinct values of a field, sorted, for a filter's options.
 *
 * @param rows - The rows.
 * @param pick - The field.
 * @returns Distinct values.
 */
export function distinct(rows: readonly ActionRow[], pick: (row: ActionRow) => string): string[] {
  return [...new Set(rows.map(pick))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
