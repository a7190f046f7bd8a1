import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import type { DataContext } from '../toolkit/context';
import { LIST_TITLES } from '../schema';
import type { ListKey } from '../schema';
import type { SetupTask } from '../../services/types';
import { APPROVERS_GROUP } from '../governance/groupName';
import type { SiteState } from './inspect';
import type { StepResult } from './listSteps';

/** SP.RoleType values: the permission levels set-up assigns. */
const ROLE = { read: 2, contribute: 3, fullControl: 5 } as const;

/** Who gets which permission level on a list that has its own permissions. */
type Grant = 'owners' | 'members' | 'visitors' | 'approvers';
const LOCKED_LISTS: ReadonlyArray<{ key: ListKey; grants: ReadonlyArray<[Grant, keyof typeof ROLE]> }> = [
  { key: 'frameworks', grants: [['owners', 'fullControl'], ['members', 'read'], ['visitors', 'read']] },
  { key: 'settings', grants: [['owners', 'fullControl'], ['members', 'read'], ['visitors', 'read']] },
  { key: 'records', grants: [['owners', 'fullControl'], ['approvers', 'contribute'], ['members', 'read'], ['visitors', 'read']] }
];

/** A set-up step of governance: `needed` answers from the inspected site, `run` is idempotent. */
export interface GovernanceStep {
  id: string;
  task: SetupTask;
  /** The list it works on, as titled on the site. */
  listTitle?: string;
  needed: (state: SiteState) => boolean;
  run: (state: SiteState) => Promise<StepResult>;
}

const VERSIONED: readonly ListKey[] = ['mappings', 'entries'];

function unversioned(state: SiteState): ListKey[] {
  return VERSIONED.filter((key) => state.lists.get(key)?.versioning === false);
}

async function turnOnVersioning(context: DataContext, state: SiteState): Promise<StepResult> {
  const keys = unversioned(state);
  if (keys.length === 0) {
    return 'skipped';
  }
  const results = await inBatch(context.sp, (web) => Promise.all(keys.map((key) => settle(context.list(key, web).update({ EnableVersioning: true })))));
  throwFirstFailure(results);
  keys.forEach((key) => {
    const list = state.lists.get(key);
    if (list) {
      list.versioning = true;
    }
  });
  return 'done';
}

async function createApprovers(context: DataContext, state: SiteState): Promise<StepResult> {
  if (state.approversGroupId !== undefined) {
    return 'skipped';
  }
  const group = await context.sp.web.siteGroups.add({
    Title: APPROVERS_GROUP,
    Description: 'People who may sign off duty mappings, besides the site owners. Site owners add and remove its members.'
  });
  state.approversGroupId = group.Id;
  return 'done';
}

function needsOwnPermissions(state: SiteState, key: ListKey): boolean {
  return state.lists.get(key)?.uniquePermissions === false;
}

/** Who gets which permission level on a list with its own permissions. */
export type OwnPermissions = ReadonlyArray<[Grant, keyof typeof ROLE]>;

async function lockList(context: DataContext, state: SiteState, key: ListKey): Promise<StepResult> {
  const plan = LOCKED_LISTS.find((entry) => entry.key === key);
  if (!plan || !needsOwnPermissions(state, key)) {
    return 'skipped';
  }
  return giveOwnPermissions(context, state, key, plan.grants);
}

/**
 * Gives a list its own permissions: stops inheriting (without copying the
 * site's, so Members lose edit), then grants each group its level, all in one
 * batch after one batch that looks up the groups and permission levels.
 *
 * @param context - Data context.
 * @param state - The inspected site; the list is marked as having its own permissions.
 * @param key - The list.
 * @param grants - Who gets which level (the approvers only once their group exists).
 * @returns 'done'.
 */
export async function giveOwnPermissions(context: DataContext, state: SiteState, key: ListKey, grants: OwnPermissions): Promise<StepResult> {
  const [owners, members, visitors, read, contribute, fullControl] = await inBatch(context.sp, (web: IWeb) =>
    Promise.all([
      web.associatedOwnerGroup.select('Id')(),
      web.associatedMemberGroup.select('Id')(),
      web.associatedVisitorGroup.select('Id')(),
      web.roleDefinitions.getByType(ROLE.read).select('Id')(),
      web.roleDefinitions.getByType(ROLE.contribute).select('Id')(),
      web.roleDefinitions.getByType(ROLE.fullControl).select('Id')()
    ])
  );
  const principals: Record<Grant, number | undefined> = { owners: owners.Id, members: members.Id, visitors: visitors.Id, approvers: state.approversGroupId };
  const levels = { read: read.Id, contribute: contribute.Id, fullControl: fullControl.Id };
  const results = await inBatch(context.sp, (web) => {
    const list = (): ReturnType<typeof context.list> => context.list(key, web);
    const parts = [settle(list().breakRoleInheritance(false, true))];
    for (const [who, level] of grants) {
      const principal = principals[who];
      if (principal !== undefined) {
        parts.push(settle(list().roleAssignments.add(principal, levels[level])));
      }
    }
    return Promise.all(parts);
  });
  throwFirstFailure(results);
  const list = state.lists.get(key);
  if (list) {
    list.uniquePermissions = true;
  }
  return 'done';
}

/**
 * The governance steps of set-up, after the lists exist: version history on
 * mappings and entries, the approvers group, and own permissions for the
 * Frameworks list, the Settings list and the records library.
 *
 * @param context - Data context.
 * @returns The steps, in order.
 */
export function governanceSteps(context: DataContext): GovernanceStep[] {
  return [
    {
      id: 'versioning',
      task: 'keepVersions',
      needed: (state) => unversioned(state).length > 0,
      run: (state) => turnOnVersioning(context, state)
    },
    {
      id: 'approvers',
      task: 'createApprovers',
      needed: (state) => state.approversGroupId === undefined,
      run: (state) => createApprovers(context, state)
    },
    {
      id: 'permissions:frameworks',
      task: 'ownersOnly',
      listTitle: LIST_TITLES.frameworks,
      needed: (state) => needsOwnPermissions(state, 'frameworks'),
      run: (state) => lockList(context, state, 'frameworks')
    },
    {
      id: 'permissions:settings',
      task: 'ownersOnly',
      listTitle: LIST_TITLES.settings,
      needed: (state) => needsOwnPermissions(state, 'settings'),
      run: (state) => lockList(context, state, 'settings')
    },
    {
      id: 'permissions:records',
      task: 'recordsPermissions',
      listTitle: LIST_TITLES.records,
      needed: (state) => needsOwnPermissions(state, 'records'),
      run: (state) => lockList(context, state, 'records')
    }
  ];
}
