import type { Area, Duty, Framework, QsiStandard } from './framework';

/** A duty as the comparison names it: its id, text and the title of its area. */
export interface DutyRef {
  id: string;
  text: string;
  areaTitle: string;
}

export interface RewordedDuty {
  id: string;
  areaTitle: string;
  before: string;
  after: string;
}

export interface MovedDuty {
  id: string;
  text: string;
  /** Area title and, for a sub-item, the parent duty's text, before and after. */
  from: string;
  to: string;
}

export interface QsiChange {
  areaTitle: string;
  added: QsiStandard[];
  removed: QsiStandard[];
  /** Same code, different title. */
  retitled: Array<{ code: string; before: string; after: string }>;
}

/** Which of the framework's own fields (not areas or duties) differ. */
export type FrameworkField = 'title' | 'role' | 'band' | 'guidance' | 'introduction' | 'provenance';

/** Everything that differs between two versions of a framework, by stable id. */
export interface FrameworkComparison {
  fieldsChanged: FrameworkField[];
  areasAdded: Array<{ id: string; title: string }>;
  areasRemoved: Array<{ id: string; title: string }>;
  areasRenamed: Array<{ id: string; before: string; after: string }>;
  /** Areas whose place in the order changed relative to the areas both versions have. */
  areasReordered: Array<{ id: string; title: string }>;
  qsiChanges: QsiChange[];
  dutiesAdded: DutyRef[];
  dutiesRemoved: DutyRef[];
  dutiesReworded: RewordedDuty[];
  dutiesMoved: MovedDuty[];
}

interface Placed {
  duty: Duty;
  area: Area;
  parent?: Duty;
  /** Area id and parent id: which list of duties it sits in. */
  container: string;
}

function place(framework: Framework): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const walk = (duties: readonly Duty[], area: Area, parent: Duty | undefined): void => {
    for (const duty of duties) {
      placed.set(duty.id, { duty, area, parent, container: `${area.id}/${parent?.id ?? ''}` });
      walk(duty.children ?? [], area, duty);
    }
  };
  for (const area of framework.areas) {
    walk(area.duties, area, undefined);
  }
  return placed;
}

function where(placed: Placed): string {
  return placed.parent ? `${placed.area.title} › ${placed.parent.text}` : placed.area.title;
}

/**
 * Ids whose order among the items both lists share has changed: those
 * outside a longest common ordering, so moving one duty flags that duty
 * rather than everything it jumped over.
 */
function reordered(before: readonly string[], after: readonly string[]): Set<string> {
  const inBoth = new Set(after);
  const common = before.filter((id) => inBoth.has(id));
  const position = new Map(after.map((id, index) => [id, index]));
  const sequence = common.map((id) => position.get(id) ?? 0);
  // Longest increasing subsequence of positions: the items that kept their order.
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous: number[] = new Array<number>(sequence.length).fill(-1);
  sequence.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    tails[low] = value;
    tailIndex[low] = i;
    previous[i] = low > 0 ? tailIndex[low - 1] : -1;
  });
  const kept = new Set<string>();
  for (let i = tails.length > 0 ? tailIndex[tails.length - 1] : -1; i >= 0; i = previous[i]) {
    kept.add(common[i]);
  }
  return new Set(common.filter((id) => !kept.has(id)));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function compareQsi(area: Area, before: Area): QsiChange | undefined {
  const old = new Map(before.qsiStandards.map((q) => [q.code.toLowerCase(), q]));
  const now = new Map(area.qsiStandards.map((q) => [q.code.toLowerCase(), q]));
  const change: QsiChange = {
    areaTitle: area.title,
    added: area.qsiStandards.filter((q) => !old.has(q.code.toLowerCase())),
    removed: before.qsiStandards.filter((q) => !now.has(q.code.toLowerCase())),
    retitled: []
  };
  for (const q of area.qsiStandards) {
    const was = old.get(q.code.toLowerCase());
    if (was && was.title !== q.title) {
      change.retitled.push({ code: q.code, before: was.title, after: q.title });
    }
  }
  return change.added.length + change.removed.length + change.retitled.length > 0 ? change : undefined;
}

function containerOrder(framework: Framework): Map<string, string[]> {
  const order = new Map<string, string[]>();
  for (const [id, placed] of place(framework)) {
    order.set(placed.container, [...(order.get(placed.container) ?? []), id]);
  }
  return order;
}

/**
 * Compares two versions of a framework by id, so a reworded duty is reworded
 * (its entries follow it), not removed and added.
 *
 * @param before - The older version.
 * @param after - The newer version.
 * @returns What was added, removed, reworded and moved, and the area and QSI changes.
 */
export function compareFrameworks(before: Framework, after: Framework): FrameworkComparison {
  const fields: FrameworkField[] = ['title', 'role', 'band', 'guidance', 'introduction', 'provenance'];
  const oldAreas = new Map(before.areas.map((a) => [a.id, a]));
  const newAreas = new Map(after.areas.map((a) => [a.id, a]));
  const oldDuties = place(before);
  const newDuties = place(after);
  const oldOrder = containerOrder(before);
  const newOrder = containerOrder(after);
  const outOfOrder = new Set<string>();
  for (const [container, ids] of newOrder) {
    reordered(oldOrder.get(container) ?? [], ids).forEach((id) => outOfOrder.add(id));
  }
  const areasOutOfOrder = reordered(before.areas.map((a) => a.id), after.areas.map((a) => a.id));

  const result: FrameworkComparison = {
    fieldsChanged: fields.filter((field) => !sameJson(before[field], after[field])),
    areasAdded: after.areas.filter((a) => !oldAreas.has(a.id)).map((a) => ({ id: a.id, title: a.title })),
    areasRemoved: before.areas.filter((a) => !newAreas.has(a.id)).map((a) => ({ id: a.id, title: a.title })),
    areasRenamed: [],
    areasReordered: after.areas.filter((a) => areasOutOfOrder.has(a.id)).map((a) => ({ id: a.id, title: a.title })),
    qsiChanges: [],
    dutiesAdded: [],
    dutiesRemoved: [],
    dutiesReworded: [],
    dutiesMoved: []
  };
  for (const area of after.areas) {
    const was = oldAreas.get(area.id);
    if (!was) {
      continue;
    }
    if (was.title !== area.title) {
      result.areasRenamed.push({ id: area.id, before: was.title, after: area.title });
    }
    const qsi = compareQsi(area, was);
    if (qsi) {
      result.qsiChanges.push(qsi);
    }
  }
  for (const [id, now] of newDuties) {
    const was = oldDuties.get(id);
    if (!was) {
      result.dutiesAdded.push({ id, text: now.duty.text, areaTitle: now.area.title });
      continue;
    }
    if (was.duty.text !== now.duty.text) {
      result.dutiesReworded.push({ id, areaTitle: now.area.title, before: was.duty.text, after: now.duty.text });
    }
    if (was.container !== now.container || outOfOrder.has(id)) {
      result.dutiesMoved.push({ id, text: now.duty.text, from: where(was), to: where(now) });
    }
  }
  for (const [id, was] of oldDuties) {
    if (!newDuties.has(id)) {
      result.dutiesRemoved.push({ id, text: was.duty.text, areaTitle: was.area.title });
    }
  }
  return result;
}

/**
 * Whether a comparison found any difference at all.
 *
 * @param comparison - A comparison.
 * @returns True when the two versions differ.
 */
export function hasChanges(comparison: FrameworkComparison): boolean {
  return Object.values(comparison).some((list: unknown[]) => list.length > 0);
}
