import { SPQueryable } from '@pnp/sp';
import { inBatch, settle } from '../toolkit/batch';
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
  /** [governance] Whether SharePoint keeps versions of its items. */
  versioning?: boolean;
  /** [governance] Whether it has its own permissions rather than the site's. */
  uniquePermissions?: boolean;
}

/** What of the schema the site already has. */
export interface SiteState {
  lists: Map<ListKey, ExistingList>;
  hasFramework: boolean;
  /** [governance] Id of the sign-off approvers' SharePoint group, when the site has it. */
  approversGroupId?: number;
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

/**
 * Looks at what the site already has, in one batch: which lists exist (found
 * by title with a filter, because PnPjs's lists.ensure would create a list
 * after any error, a throttled request included), their columns and views,
 * and whether a framework is stored.
 *
 * @param context - Data context.
 * @returns The site's state.
 */
export async function inspectSite(context: DataContext): Promise<SiteState> {
  const titleFilter = SCHEMA.map((list) => `Title eq ${odataString(list.title)}`).join(' or ');
  const perList = (web: IWeb): Array<Promise<[Settled<Json[]>, Settled<Json[]>]>> =>
    SCHEMA.map((list) =>
      Promise.all([
        settle(context.list(list.key, web).fields.select('InternalName', 'Title', 'Indexed', 'CustomFormatter', 'EnforceUniqueValues')<Json[]>()),
        settle(context.list(list.key, web).views.select('Title')<Json[]>())
      ])
    );
  const [found, details, frameworks, approvers, timeZone] = await inBatch(context.sp, (web) =>
    Promise.all([
      settle(web.lists.select('Title', 'EnableVersioning', 'HasUniqueRoleAssignments').filter(titleFilter)<Json[]>()),
      Promise.all(perList(web)),
      settle(context.list('frameworks', web).items.select('ID').top(1)<Json[]>()),
      settle(web.siteGroups.getByName(APPROVERS_GROUP).select('Id')<Json>()),
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
    lists.set(list.key, {
      fields: readFields(existing(fields) ?? []),
      views: new Set((existing(views) ?? []).map((view) => String(view.Title))),
      versioning: row?.EnableVersioning === true,
      uniquePermissions: row?.HasUniqueRoleAssignments === true
    });
  });
  const group = existing(approvers);
  return { lists, hasFramework: (existing(frameworks) ?? []).length > 0, approversGroupId: group === undefined ? undefined : Number(group.Id) };
}
