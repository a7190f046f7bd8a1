import type { Area, Duty, Framework } from './framework';

/** A duty with where it sits in the framework. */
export interface LocatedDuty {
  duty: Duty;
  areaId: string;
  /** 1 for a top-level duty, 2 for its sub-items, 3 for theirs. */
  depth: number;
  /** Id of the duty this one is nested in; undefined at the top level. */
  parentId?: string;
  /** Id of the top-level duty this one belongs to (its own id at the top level); entries are keyed by it. */
  topLevelId: string;
}

function collect(duties: readonly Duty[], areaId: string, depth: number, parent: Duty | undefined, top: Duty | undefined, into: LocatedDuty[]): void {
  for (const duty of duties) {
    const topLevel = top ?? duty;
    into.push({ duty, areaId, depth, parentId: parent?.id, topLevelId: topLevel.id });
    if (duty.children) {
      collect(duty.children, areaId, depth + 1, duty, topLevel, into);
    }
  }
}

/**
 * Every duty of a framework or of one area, nested ones included, in reading order
 * (each duty before its sub-items).
 *
 * @param source - A framework, or one of its areas.
 * @returns The duties with their area, depth, parent and top-level duty.
 */
export function flattenDuties(source: Framework | Area): LocatedDuty[] {
  const areas: readonly Area[] = 'areas' in source ? source.areas : [source];
  const result: LocatedDuty[] = [];
  for (const area of areas) {
    collect(area.duties, area.id, 1, undefined, undefined, result);
  }
  return result;
}

/**
 * Ids of the duties that are mapped: the top-level duties of every area, in order.
 * Nested items are shown as part of their parent and have no entry of their own.
 *
 * @param framework - The framework.
 * @returns Top-level duty ids.
 */
export function topLevelDutyIds(framework: Framework): string[] {
  const ids: string[] = [];
  for (const area of framework.areas) {
    for (const duty of area.duties) {
      ids.push(duty.id);
    }
  }
  return ids;
}

/**
 * Builds a lookup of every duty (nested ones included) by id.
 *
 * @param framework - The framework.
 * @returns A map from duty id to the located duty.
 */
export function dutyIndex(framework: Framework): Map<string, LocatedDuty> {
  return new Map(flattenDuties(framework).map((located) => [located.duty.id, located]));
}

/**
 * Finds one duty, nested ones included.
 *
 * @param framework - The framework.
 * @param dutyId - The duty's id.
 * @returns The located duty, or undefined when the framework has no such duty
 *   (for example an entry kept from an older framework version).
 */
export function findDuty(framework: Framework, dutyId: string): LocatedDuty | undefined {
  return flattenDuties(framework).find((located) => located.duty.id === dutyId);
}
