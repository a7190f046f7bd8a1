import { SPQueryable } from '@pnp/sp';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import { httpStatus } from '../toolkit/errors';
import { odataString } from '../toolkit/odata';
import { SCHEMA } from '../schema';
import type { ListKey } from '../schema';
import type { DataContext } from '../toolkit/context';
import { timeZoneFrom } from '../toolkit/rows';
import { APPROVERS_GROUP } from '../governance/groupName';

/** A column as it exists on the site. */
export interface ExistingField {
  internalName: string;
  title: string;
  indexed: boolean;
  customFormatter: string;
  /** "Enforce unique values" is on. */
  unique?: boolean;
}

/** One list as it exists on the site. */
export interface ExistingList {
  fields: Map<string, ExistingField>;
  views: Set<string>;
  /** Created by this run of set-up, so its Title column may be given its heading. */
  created?: boolean;
  /** Whether SharePoint keeps versions of its items. */
  versioning?: boolean;
  /**
   * Whether it has its own permissions rather than the site's,
   * and who holds what there: read only in an Owner's inspect (people
   * without Manage Permissions may be refused the read), else undefined.
   */
  uniquePermissions?: boolean;
  assignments?: Assignment[];
}

/** One principal's levels on a list (from its role assignments). */
export interface Assignment {
  principalId: number;
  /** A person rather than a group. */
  user: boolean;
  /** Role definition ids. */
  levels: number[];
}

/** A permission level of the site. */
export interface PermissionLevel {
  id: number;
  name: string;
  /** SP.RoleType; 0 for levels made by REST. */
  kind: number;
  high: number;
  low: number;
}

/** What an Owner's inspect reads about the site's permissions. */
export interface SitePermissions {
  /** The signed-in person's principal id. */
  me: number;
  /** The site's associated groups. */
  groups: { owners: number; members: number; visitors: number };
  levels: PermissionLevel[];
}

/** What of the schema the site already has. */
export interface SiteState {
  lists: Map<ListKey, ExistingList>;
  hasFramework: boolean;
  /** Id of the sign-off approvers' SharePoint group, when the site has it (Owner's inspect only). */
  approversGroupId?: number;
  /** Who owns that group, and so manages its members (its OwnerTitle). */
  approversGroupOwner?: string;
  /** The site's permissions: read in an Owner's inspect only. */
  permissions?: SitePermissions;
}

/** What to inspect besides the schema. */
export interface InspectOptions {
  /**
   * The person may manage permissions (an Owner): also read who holds what
   * on each list, the permission levels and the approvers group. Nobody
   * else's site check reads these, so loading never depends on a read a
   * Member or Visitor may be refused.
   */
  permissions: boolean;
}

type Json = Record<string, unknown>;

function existing<T>(result: Settled<T>): T | undefined {
  if (result.ok) {
    return result.value;
  }
  // A list that does not exist answers 404: that is the finding, not a failure.
  if (httpStatus(result.error) === 404) {
    return undefined;
  }
  throw result.error;
}

function readFields(rows: Json[]): Map<string, ExistingField> {
  const fields = new Map<string, ExistingField>();
  for (const row of rows) {
    const internalName = typeof row.InternalName === 'string' ? row.InternalName : '';
    fields.set(internalName, {
      internalName,
      title: typeof row.Title === 'string' ? row.Title : '',
      indexed: row.Indexed === true,
      unique: row.EnforceUniqueValues === true,
      customFormatter: typeof row.CustomFormatter === 'string' ? row.CustomFormatter : ''
    });
  }
  return fields;
}

function readAssignments(rows: Json[]): Assignment[] {
  return rows.map((row) => {
    const member = (row.Member ?? {}) as Json;
    const bindings = Array.isArray(row.RoleDefinitionBindings) ? (row.RoleDefinitionBindings as Json[]) : [];
    return { principalId: Number(row.PrincipalId), user: member.PrincipalType === 1, levels: bindings.map((binding) => Number(binding.Id)) };
  });
}

function readLevels(rows: Json[]): PermissionLevel[] {
  return rows.map((row) => {
    const mask = (row.BasePermissions ?? {}) as Json;
    return { id: Number(row.Id), name: String(row.Name), kind: Number(row.RoleTypeKind), high: Number(mask.High), low: Number(mask.Low) };
  });
}

/**
 * Looks at what the site already has, in one batch: which lists exist (found
 * by title with a filter, because PnPjs's lists.ensure would create a list
 * after any error, a throttled request included), their columns and views,
 * and whether a framework is stored. For an Owner the same batch also reads
 * each list's own permissions and role assignments, the site's groups and
 * permission levels, and the approvers group (by a filter on its title,
 * which answers an empty collection when it is missing, rather than relying
 * on the status of a missing `getByName`).
 *
 * @param context - Data context.
 * @param options - Whether to read permissions (Owners only).
 * @returns The site's state.
 */
export async function inspectSite(context: DataContext, options: InspectOptions): Promise<SiteState> {
  const titleFilter = SCHEMA.map((list) => `Title eq ${odataString(list.title)}`).join(' or ');
  const listProps = options.permissions ? ['Title', 'EnableVersioning', 'HasUniqueRoleAssignments'] : ['Title', 'EnableVersioning'];
  const perList = (web: IWeb): Array<Promise<[Settled<Json[]>, Settled<Json[]>]>> =>
    SCHEMA.map((list) =>
      Promise.all([
        settle(context.list(list.key, web).fields.select('InternalName', 'Title', 'Indexed', 'CustomFormatter', 'EnforceUniqueValues')<Json[]>()),
        settle(context.list(list.key, web).views.select('Title')<Json[]>())
      ])
    );
  const permissionReads = (web: IWeb): Promise<PermissionReads> =>
    Promise.all([
      Promise.all(
        SCHEMA.map((list) =>
          settle(
            context
              .list(list.key, web)
              .roleAssignments.expand('Member', 'RoleDefinitionBindings')
              .select('PrincipalId', 'Member/PrincipalType', 'RoleDefinitionBindings/Id')<Json[]>()
          )
        )
      ),
      settle(web.currentUser.select('Id')<Json>()),
      settle(web.associatedOwnerGroup.select('Id')<Json>()),
      settle(web.associatedMemberGroup.select('Id')<Json>()),
      settle(web.associatedVisitorGroup.select('Id')<Json>()),
      settle(web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')<Json[]>()),
      settle(web.siteGroups.filter(`Title eq ${odataString(APPROVERS_GROUP)}`).select('Id', 'OwnerTitle')<Json[]>())
    ]);
  const [found, details, frameworks, security, timeZone] = await inBatch(context.sp, (web) =>
    Promise.all([
      settle(web.lists.select(...listProps).filter(titleFilter)<Json[]>()),
      Promise.all(perList(web)),
      settle(context.list('frameworks', web).items.select('ID').top(1)<Json[]>()),
      options.permissions ? permissionReads(web) : Promise.resolve(undefined),
      // In this batch rather than a request of its own: loading costs no more requests for it.
      settle(SPQueryable(web, 'regionalsettings/timezone').select('Information')<Json>())
    ])
  );
  // Every date-only value is written and read in the site's time zone from here on. Loading never
  // fails on this read: without it dates are still right for sites within about 12 hours of UTC.
  context.timeZone = (timeZone.ok ? timeZoneFrom(timeZone.value) : undefined) ?? context.timeZone;
  const foundRows = existing(found) ?? [];
  const titles = new Set(foundRows.map((row) => row.Title));
  const lists = new Map<ListKey, ExistingList>();
  SCHEMA.forEach((list, index) => {
    if (!titles.has(list.title)) {
      return;
    }
    const [fields, views] = details[index];
    const row = foundRows.find((candidate) => candidate.Title === list.title);
    const entry: ExistingList = {
      fields: readFields(existing(fields) ?? []),
      views: new Set((existing(views) ?? []).map((view) => String(view.Title))),
      versioning: row?.EnableVersioning === true
    };
    if (security) {
      entry.uniquePermissions = row?.HasUniqueRoleAssignments === true;
      entry.assignments = readAssignments(existing(security[0][index]) ?? []);
      context.ownPermissions.set(list.key, entry.uniquePermissions);
    }
    lists.set(list.key, entry);
  });
  const state: SiteState = { lists, hasFramework: (existing(frameworks) ?? []).length > 0 };
  if (security) {
    const reads = [security[1], security[2], security[3], security[4], security[5], security[6]] as const;
    throwFirstFailure(reads);
    const [me, owners, members, visitors, levels, approvers] = reads;
    state.permissions = {
      me: Number(me.value.Id),
      groups: { owners: Number(owners.value.Id), members: Number(members.value.Id), visitors: Number(visitors.value.Id) },
      levels: readLevels(levels.value)
    };
    const group = approvers.value[0];
    if (group) {
      state.approversGroupId = Number(group.Id);
      state.approversGroupOwner = typeof group.OwnerTitle === 'string' ? group.OwnerTitle : undefined;
    }
  }
  return state;
}

type PermissionReads = [
  Array<Settled<Json[]>>,
  Settled<Json>,
  Settled<Json>,
  Settled<Json>,
  Settled<Json>,
  Settled<Json[]>,
  Settled<Json[]>
];
