import { PermissionKind, RoleAssignment } from '@pnp/sp/security';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import type { ListKey } from '../schema';
import type { PermissionLevel, SiteState } from './inspect';
import type { StepResult } from './listSteps';

/**
 * Two reusable set-up steps: "ensure a permission level" (made by REST
 * `roledefinitions`, as SharePoint Online lets a Full Control user do) and
 * "give a list its own permissions with these grants". Both read what the
 * Owner's inspect found (`state.permissions`, `state.lists`) and do only
 * what is missing, so a set-up interrupted anywhere is finished by the next
 * run.
 */

/** SharePoint Online's built-in masks (pnpcore recorded reply GetWebRoleDefinitions-0-00002). */
const BUILT_IN_MASKS = {
  read: { High: 176, Low: 138612833 },
  contribute: { High: 432, Low: 1011028719 },
  edit: { High: 432, Low: 1011030767 }
} as const;

/** SP.RoleType of the built-in levels set-up grants. */
const BUILT_IN_KINDS = { read: 2, contribute: 3, fullControl: 5 } as const;

/** A permission level set-up makes: a built-in level's permissions, with some taken away or added. */
export interface PermissionLevelSpec {
  /** Its name on the site (SharePoint's site permissions page shows it). */
  name: string;
  description: string;
  basedOn: keyof typeof BUILT_IN_MASKS;
  without?: readonly PermissionKind[];
  with?: readonly PermissionKind[];
}

/** Who a grant is for: one of the site's own groups, or the approvers group once it exists. */
export type GrantTo = 'owners' | 'members' | 'visitors' | 'approvers';
/** A built-in level, or a level set-up made (by its spec). */
export type GrantLevel = keyof typeof BUILT_IN_KINDS | PermissionLevelSpec;
export type Grants = ReadonlyArray<readonly [GrantTo, GrantLevel]>;

/** The mask of a level spec as SharePoint stores it: High and Low, 32 bits each. */
export function maskOf(spec: PermissionLevelSpec): { High: number; Low: number } {
  const mask: { High: number; Low: number } = { ...BUILT_IN_MASKS[spec.basedOn] };
  const flip = (kind: PermissionKind, on: boolean): void => {
    const bit = kind - 1;
    const half: 'High' | 'Low' = bit < 32 ? 'Low' : 'High';
    const value = 2 ** (bit % 32);
    const has = Math.floor(mask[half] / value) % 2 === 1;
    if (has !== on) {
      mask[half] += on ? value : -value;
    }
  };
  (spec.without ?? []).forEach((kind) => flip(kind, false));
  (spec.with ?? []).forEach((kind) => flip(kind, true));
  return mask;
}

function knownPermissions(state: SiteState): NonNullable<SiteState['permissions']> {
  if (!state.permissions) {
    // Only an Owner's inspect reads permissions; set-up never runs without it.
    throw new Error('The site\'s permissions were not inspected.');
  }
  return state.permissions;
}

function levelNamed(state: SiteState, name: string): PermissionLevel | undefined {
  const wanted = name.toLowerCase();
  return state.permissions?.levels.find((level) => level.name.toLowerCase() === wanted);
}

/**
 * Whether "ensure permission level" would do anything: the level is missing
 * or its permissions differ from the spec. False when permissions were not
 * inspected (a Member's or Visitor's site check).
 *
 * @param state - The inspected site.
 * @param spec - The level.
 * @returns True when the step would create or correct the level.
 */
export function permissionLevelNeeded(state: SiteState, spec: PermissionLevelSpec): boolean {
  if (!state.permissions) {
    return false;
  }
  const level = levelNamed(state, spec.name);
  const mask = maskOf(spec);
  return level === undefined || level.high !== mask.High || level.low !== mask.Low;
}

/**
 * Makes sure the site has the permission level: creates it by
 * `POST web/roledefinitions`, or sets its permissions back to the spec when
 * someone changed them. One request, or none.
 *
 * @param context - Data context.
 * @param state - The inspected site; the level is recorded in it.
 * @param spec - The level.
 * @returns 'skipped' when it exists as specified.
 */
export async function ensurePermissionLevel(context: DataContext, state: SiteState, spec: PermissionLevelSpec): Promise<StepResult> {
  const permissions = knownPermissions(state);
  if (!permissionLevelNeeded(state, spec)) {
    return 'skipped';
  }
  const mask = maskOf(spec);
  const existing = levelNamed(state, spec.name);
  if (existing) {
    await context.sp.web.roleDefinitions.getById(existing.id).update({ BasePermissions: { ...mask } });
    existing.high = mask.High;
    existing.low = mask.Low;
    return 'done';
  }
  const added = await context.sp.web.roleDefinitions.add(spec.name, spec.description, 0, { ...mask });
  permissions.levels.push({ id: Number(added.data.Id), name: spec.name, kind: 0, high: mask.High, low: mask.Low });
  return 'done';
}

function resolveLevel(state: SiteState, level: GrantLevel): number {
  const found = typeof level === 'string' ? state.permissions?.levels.find((candidate) => candidate.kind === BUILT_IN_KINDS[level]) : levelNamed(state, level.name);
  if (!found) {
    throw new Error(`The permission level ${typeof level === 'string' ? level : level.name} is missing.`);
  }
  return found.id;
}

/** The grants as [principal id, role definition id]; the approvers only once their group exists. */
function resolveGrants(state: SiteState, grants: Grants): Array<[number, number]> {
  const permissions = knownPermissions(state);
  const principals: Record<GrantTo, number | undefined> = { ...permissions.groups, approvers: state.approversGroupId };
  const resolved: Array<[number, number]> = [];
  for (const [who, level] of grants) {
    const principal = principals[who];
    if (principal !== undefined) {
      resolved.push([principal, resolveLevel(state, level)]);
    }
  }
  return resolved;
}

/** A principal with no assignment there has nothing to remove (should SharePoint not have added the caller). */
function absentIsGone(error: unknown): void {
  if (httpStatus(error) !== 404) {
    throw error;
  }
}

interface OwnPermissionsPlan {
  breakInheritance: boolean;
  /** Groups holding a level they should no longer have (approvers' Contribute on the records library of an older set-up): their assignment goes first, then their wanted levels are added again. */
  replace: number[];
  add: Array<[number, number]>;
  /** Principals whose whole assignment goes: the person who ran set-up, given Full Control by breakRoleInheritance. */
  remove: number[];
}

function planOwnPermissions(state: SiteState, key: ListKey, grants: Grants): OwnPermissionsPlan | undefined {
  const list = state.lists.get(key);
  const permissions = state.permissions;
  if (!list || !permissions) {
    return undefined;
  }
  const wanted = resolveGrants(state, grants);
  if (list.uniquePermissions !== true) {
    // breakRoleInheritance(false) gives the caller a direct grant (pnpcore's recorded tests): it goes in the same batch.
    return { breakInheritance: true, replace: [], add: wanted, remove: [permissions.me] };
  }
  const assignments = list.assignments ?? [];
  const wantedLevels = (principal: number): number[] => wanted.filter(([who]) => who === principal).map(([, level]) => level);
  const replace = assignments
    .filter((assignment) => !assignment.user && wantedLevels(assignment.principalId).length > 0 && assignment.levels.some((level) => !wantedLevels(assignment.principalId).includes(level)))
    .map((assignment) => assignment.principalId);
  const add = wanted.filter(
    ([principal, level]) => replace.includes(principal) || !assignments.some((assignment) => assignment.principalId === principal && assignment.levels.includes(level))
  );
  const fullControl = resolveLevel(state, 'fullControl');
  // Left by an earlier set-up (this person's or another Owner's): a person, not a group, holding Full Control directly.
  const remove = assignments.filter((assignment) => assignment.user && assignment.levels.includes(fullControl)).map((assignment) => assignment.principalId);
  return add.length === 0 && remove.length === 0 ? undefined : { breakInheritance: false, replace, add, remove };
}

/**
 * Whether "give a list its own permissions" would do anything: the list
 * inherits, lacks one of the grants, or still has a person's direct Full
 * Control left by breaking inheritance. False when permissions were not
 * inspected or the list does not exist.
 *
 * @param state - The inspected site.
 * @param key - The list.
 * @param grants - Who should hold which level.
 * @returns True when the step would change the list's permissions.
 */
export function ownPermissionsNeeded(state: SiteState, key: ListKey, grants: Grants): boolean {
  if (!state.permissions || !state.lists.has(key)) {
    return false;
  }
  // A level set-up has yet to make (an earlier run stopped before it): the grant is still to be given.
  if (grants.some(([, level]) => typeof level !== 'string' && levelNamed(state, level.name) === undefined)) {
    return true;
  }
  return planOwnPermissions(state, key, grants) !== undefined;
}

/**
 * Gives a list its own permissions with exactly these grants, in one batch:
 * stops inheriting (without copying the site's assignments, so Members lose
 * Edit there), grants each group its level, and removes the direct Full
 * Control that breaking inheritance gave the caller. On a list that already
 * has its own permissions it adds only missing grants and removes a direct
 * Full Control left by an earlier set-up. Custom levels must exist first
 * ({@link ensurePermissionLevel} earlier in the same run).
 *
 * @param context - Data context.
 * @param state - The inspected site; the list's permissions are updated in it.
 * @param key - The list.
 * @param grants - Who gets which level.
 * @returns 'skipped' when the list's permissions are already as planned.
 */
export async function giveOwnPermissions(context: DataContext, state: SiteState, key: ListKey, grants: Grants): Promise<StepResult> {
  const plan = planOwnPermissions(state, key, grants);
  if (!plan) {
    return 'skipped';
  }
  const results = await inBatch(context.sp, (web) => {
    const list = (): ReturnType<typeof context.list> => context.list(key, web);
    const parts: Array<Promise<unknown>> = [];
    if (plan.breakInheritance) {
      parts.push(list().breakRoleInheritance(false, true));
    }
    // A batch's parts run in order: a replaced group's assignment goes before its levels are added again.
    for (const principal of plan.replace) {
      parts.push(RoleAssignment(list().roleAssignments, `getbyprincipalid(${principal})`).delete().catch(absentIsGone));
    }
    for (const [principal, level] of plan.add) {
      parts.push(list().roleAssignments.add(principal, level));
    }
    for (const principal of plan.remove) {
      // DELETE roleassignments/getbyprincipalid(n): the whole assignment, whatever level it holds (pnpcore's RoleAssignment URI).
      parts.push(RoleAssignment(list().roleAssignments, `getbyprincipalid(${principal})`).delete().catch(absentIsGone));
    }
    return Promise.all(parts.map((part) => settle(part)));
  });
  throwFirstFailure(results);
  const list = state.lists.get(key);
  if (list) {
    const kept = plan.breakInheritance
      ? []
      : (list.assignments ?? []).filter((assignment) => !plan.remove.includes(assignment.principalId) && !plan.replace.includes(assignment.principalId));
    for (const [principal, level] of plan.add) {
      const found = kept.find((assignment) => assignment.principalId === principal);
      if (found) {
        found.levels.push(level);
      } else {
        kept.push({ principalId: principal, user: false, levels: [level] });
      }
    }
    list.uniquePermissions = true;
    list.assignments = kept;
  }
  context.ownPermissions.set(key, true);
  return 'done';
}
