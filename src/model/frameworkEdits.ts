import type { Area, Duty, Framework } from './framework';
import { MAX_DUTY_DEPTH } from './definitionStructure';

/**
 * Edits an owner makes to a framework draft, as pure functions returning a
 * new framework. Ids are never changed by rewording, so entries follow their
 * duty from one version to the next; new items get new ids no other item has.
 */

/** Where a duty is: its area's index, then its index at each level down. */
export interface DutyPath {
  area: number;
  duties: number[];
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function allIds(framework: Framework): Set<string> {
  const ids = new Set<string>();
  const walk = (duties: readonly Duty[]): void => {
    for (const duty of duties) {
      ids.add(duty.id.toLowerCase());
      walk(duty.children ?? []);
    }
  };
  for (const area of framework.areas) {
    ids.add(area.id.toLowerCase());
    walk(area.duties);
  }
  return ids;
}

/**
 * An id no area or duty of the framework has (ignoring case, as SharePoint does).
 *
 * @param framework - The framework.
 * @param base - The start of the id, e.g. the area's id.
 * @returns e.g. "manage-data-local-1".
 */
export function newItemId(framework: Framework, base: string): string {
  const taken = allIds(framework);
  const stem = `${base.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'item'}-local`;
  for (let n = 1; ; n += 1) {
    if (!taken.has(`${stem}-${n}`.toLowerCase())) {
      return `${stem}-${n}`;
    }
  }
}

/** The list a duty sits in, and its index there, inside a (cloned) framework. */
function siblings(framework: Framework, path: DutyPath): { list: Duty[]; index: number } {
  let list = framework.areas[path.area].duties;
  for (let level = 0; level < path.duties.length - 1; level += 1) {
    const parent = list[path.duties[level]];
    parent.children = parent.children ?? [];
    list = parent.children;
  }
  return { list, index: path.duties[path.duties.length - 1] };
}

/**
 * Finds a duty.
 *
 * @param framework - The framework.
 * @param path - Where it is.
 * @returns The duty, or undefined when the path points nowhere.
 */
export function dutyAt(framework: Framework, path: DutyPath): Duty | undefined {
  let list: Duty[] | undefined = framework.areas[path.area]?.duties;
  let duty: Duty | undefined;
  for (const index of path.duties) {
    duty = list?.[index];
    list = duty?.children;
  }
  return duty;
}

/**
 * Adds a blank duty at the end of an area, or as the last sub-item of a duty.
 *
 * @param framework - The draft.
 * @param area - The area's index.
 * @param parent - The duty to add a sub-item to; the area's top level when omitted.
 * @returns The new draft and where the new duty is.
 */
export function addDuty(framework: Framework, area: number, parent?: DutyPath): { framework: Framework; path: DutyPath } {
  if (parent && parent.duties.length >= MAX_DUTY_DEPTH) {
    throw new RangeError('Duties nest at most three levels deep.');
  }
  const next = clone(framework);
  const id = newItemId(framework, framework.areas[area].id);
  let list = next.areas[area].duties;
  if (parent) {
    const { list: around, index } = siblings(next, parent);
    around[index].children = around[index].children ?? [];
    list = around[index].children ?? [];
  }
  list.push({ id, text: '' });
  return { framework: next, path: { area, duties: [...(parent?.duties ?? []), list.length - 1] } };
}

/**
 * Rewords a duty, keeping its id.
 *
 * @param framework - The draft.
 * @param path - The duty.
 * @param text - Its new wording.
 * @returns The new draft.
 */
export function rewordDuty(framework: Framework, path: DutyPath, text: string): Framework {
  const next = clone(framework);
  const { list, index } = siblings(next, path);
  list[index] = { ...list[index], text };
  return next;
}

/**
 * Moves a duty up or down among its siblings.
 *
 * @param framework - The draft.
 * @param path - The duty.
 * @param delta - -1 for up, 1 for down.
 * @returns The new draft and the duty's new path (unchanged at either end).
 */
export function moveDuty(framework: Framework, path: DutyPath, delta: -1 | 1): { framework: Framework; path: DutyPath } {
  const next = clone(framework);
  const { list, index } = siblings(next, path);
  const target = index + delta;
  if (target < 0 || target >= list.length) {
    return { framework, path };
  }
  [list[index], list[target]] = [list[target], list[index]];
  return { framework: next, path: { area: path.area, duties: [...path.duties.slice(0, -1), target] } };
}

/**
 * Removes a duty and its sub-items.
 *
 * @param framework - The draft.
 * @param path - The duty.
 * @returns The new draft.
 */
export function removeDuty(framework: Framework, path: DutyPath): Framework {
  const next = clone(framework);
  const { list, index } = siblings(next, path);
  list.splice(index, 1);
  if (path.duties.length > 1) {
    const parent = siblings(next, { area: path.area, duties: path.duties.slice(0, -1) });
    const owner = parent.list[parent.index];
    if (owner.children && owner.children.length === 0) {
      delete owner.children;
    }
  }
  return next;
}

/**
 * Adds an area at the end, with one blank duty (an area needs at least one).
 *
 * @param framework - The draft.
 * @returns The new draft.
 */
export function addArea(framework: Framework): Framework {
  const next = clone(framework);
  const id = newItemId(framework, 'area');
  const area: Area = { id, title: '', qsiStandards: [], duties: [] };
  next.areas.push(area);
  area.duties.push({ id: newItemId(next, id), text: '' });
  return next;
}

/**
 * Changes an area's title or QSI standards.
 *
 * @param framework - The draft.
 * @param index - The area's index.
 * @param change - What to change.
 * @returns The new draft.
 */
export function updateArea(framework: Framework, index: number, change: Partial<Pick<Area, 'title' | 'qsiStandards'>>): Framework {
  const next = clone(framework);
  next.areas[index] = { ...next.areas[index], ...clone(change) };
  return next;
}

/**
 * Moves an area up or down.
 *
 * @param framework - The draft.
 * @param index - The area's index.
 * @param delta - -1 for up, 1 for down.
 * @returns The new draft.
 */
export function moveArea(framework: Framework, index: number, delta: -1 | 1): Framework {
  const target = index + delta;
  if (target < 0 || target >= framework.areas.length) {
    return framework;
  }
  const next = clone(framework);
  [next.areas[index], next.areas[target]] = [next.areas[target], next.areas[index]];
  return next;
}

/**
 * Removes an area and its duties.
 *
 * @param framework - The draft.
 * @param index - The area's index.
 * @returns The new draft.
 */
export function removeArea(framework: Framework, index: number): Framework {
  const next = clone(framework);
  next.areas.splice(index, 1);
  return next;
}

/**
 * A copy of a framework to start another from (another role): a new id, the
 * same content, its own version 1 when published.
 *
 * @param source - The framework to copy.
 * @param id - The new framework's id.
 * @param title - Its title.
 * @returns The copy.
 */
export function copyFramework(source: Framework, id: string, title: string): Framework {
  return { ...clone(source), id, title, version: 1 };
}

/**
 * A blank framework: one area with one duty, everything else for the owner to fill in.
 *
 * @param id - The new framework's id.
 * @param title - Its title.
 * @returns The framework.
 */
export function blankFramework(id: string, title: string): Framework {
  return {
    id,
    version: 1,
    title,
    guidance: { title: '' },
    introduction: [],
    provenance: [],
    areas: [{ id: `${id}-area-1`, title: '', qsiStandards: [], duties: [{ id: `${id}-duty-1`, text: '' }] }]
  };
}

/**
 * A framework id made from a title: lower case, hyphens, safe in list filters.
 *
 * @param title - e.g. "Senior clinical support worker".
 * @param taken - Ids already in use (any case).
 * @returns e.g. "senior-clinical-support-worker", or with "-2" when taken.
 */
export function frameworkIdFrom(title: string, taken: readonly string[]): string {
  const stem = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'framework';
  const used = new Set(taken.map((id) => id.toLowerCase()));
  if (!used.has(stem)) {
    return stem;
  }
  for (let n = 2; ; n += 1) {
    if (!used.has(`${stem}-${n}`)) {
      return `${stem}-${n}`;
    }
  }
}
