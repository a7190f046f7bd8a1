import { PermissionKind } from '@pnp/sp/security';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { DataContext } from '../toolkit/context';
import { LIST_TITLES } from '../schema';
import type { ListKey } from '../schema';
import type { SetupTask } from '../../services/types';
import { APPROVERS_GROUP } from '../governance/groupName';
import type { SiteState } from './inspect';
import type { StepResult } from './listSteps';
import { ensurePermissionLevel, giveOwnPermissions, ownPermissionsNeeded, permissionLevelNeeded } from './permissionSteps';
import type { Grants, PermissionLevelSpec } from './permissionSteps';

/**
 * The permission level set-up makes for Members on the Mappings and Entries
 * lists: Contribute without Delete Items and Delete Versions, so they add and
 * edit mappings but cannot erase one, an entry or the history governance
 * relies on (Contribute includes both; Edit adds Manage Lists, which would let
 * them delete the lists or turn versioning off).
 */
export const MEMBERS_NO_DELETE: PermissionLevelSpec = {
  name: 'Duty mapping contribute (no delete)',
  description: 'Can view, add and edit duty mappings and their entries, but cannot delete them or their version history. Made by the Imaging duty mapping app.',
  basedOn: 'contribute',
  without: [PermissionKind.DeleteListItems, PermissionKind.DeleteVersions]
};

/**
 * The approvers' permission level on the records library: Contribute without
 * Delete Items and Delete Versions, so they add sign-off records but cannot
 * delete a record or erase a version of one (Contribute includes both). The
 * same permissions as the Members' level, under its own name, so the site's
 * permissions page says what it is for.
 */
export const APPROVERS_RECORDS: PermissionLevelSpec = {
  name: 'Duty mapping records (add, no delete)',
  description: 'Can add sign-off records to the Duty Mapping Records library, but cannot delete records or their version history. Made by the Imaging duty mapping app.',
  basedOn: 'contribute',
  without: [PermissionKind.DeleteListItems, PermissionKind.DeleteVersions]
};

/** Who gets which permission level on each list set-up gives its own permissions. */
const OWN_PERMISSIONS: ReadonlyArray<{ key: ListKey; grants: Grants }> = [
  // Approvers edit both lists when they sign off (every ETag moves on); an approver outside Members keeps that.
  { key: 'mappings', grants: [['owners', 'fullControl'], ['members', MEMBERS_NO_DELETE], ['approvers', MEMBERS_NO_DELETE], ['visitors', 'read']] },
  { key: 'entries', grants: [['owners', 'fullControl'], ['members', MEMBERS_NO_DELETE], ['approvers', MEMBERS_NO_DELETE], ['visitors', 'read']] },
  { key: 'frameworks', grants: [['owners', 'fullControl'], ['members', 'read'], ['visitors', 'read']] },
  { key: 'settings', grants: [['owners', 'fullControl'], ['members', 'read'], ['visitors', 'read']] },
  { key: 'records', grants: [['owners', 'fullControl'], ['approvers', APPROVERS_RECORDS], ['members', 'read'], ['visitors', 'read']] }
];

/** Who gets which permission level on a list with its own permissions (kept for callers of the earlier name). */
export type OwnPermissions = Grants;
export { giveOwnPermissions };

function grantsOf(key: ListKey): Grants {
  return OWN_PERMISSIONS.find((entry) => entry.key === key)?.grants ?? [];
}

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
    Description:
      'People who may sign off duty mappings, besides the site owners. Its owner (the person who set the app up) or a site collection administrator adds and removes its members.'
  });
  state.approversGroupId = group.Id;
  state.approversGroupOwner = typeof group.OwnerTitle === 'string' ? group.OwnerTitle : undefined;
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
  const own = (key: ListKey, task: SetupTask): GovernanceStep => ({
    id: `permissions:${key}`,
    task,
    listTitle: LIST_TITLES[key],
    needed: (state) => ownPermissionsNeeded(state, key, grantsOf(key)),
    run: (state) => giveOwnPermissions(context, state, key, grantsOf(key))
  });
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
      // Only an Owner's inspect looks for the group.
      needed: (state) => state.permissions !== undefined && state.approversGroupId === undefined,
      run: (state) => createApprovers(context, state)
    },
    {
      id: 'permissionLevel:members',
      task: 'membersLevel',
      needed: (state) => permissionLevelNeeded(state, MEMBERS_NO_DELETE),
      run: (state) => ensurePermissionLevel(context, state, MEMBERS_NO_DELETE)
    },
    {
      id: 'permissionLevel:approvers',
      task: 'approversLevel',
      needed: (state) => permissionLevelNeeded(state, APPROVERS_RECORDS),
      run: (state) => ensurePermissionLevel(context, state, APPROVERS_RECORDS)
    },
    own('mappings', 'noDeleting'),
    own('entries', 'noDeleting'),
    own('frameworks', 'ownersOnly'),
    own('settings', 'ownersOnly'),
    own('records', 'recordsPermissions')
  ];
}
