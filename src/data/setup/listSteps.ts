import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { DataContext } from '../toolkit/context';
import type { ListDefinition } from '../schema';
import { fieldCreateProps, fieldFinishProps } from './fieldProps';
import type { ExistingList, SiteState } from './inspect';

/** The result of one set-up step: it did something, or there was nothing to do. */
export type StepResult = 'done' | 'skipped';

function listState(state: SiteState, list: ListDefinition): ExistingList {
  const existing = state.lists.get(list.key);
  if (!existing) {
    throw new Error(`The ${list.title} list should exist by now.`);
  }
  return existing;
}

/**
 * Creates a list when the site does not have it. Existence was checked by
 * {@link inspectSite}, never by trying and catching.
 *
 * @param context - Data context.
 * @param state - What the site has; updated.
 * @param list - The list.
 * @returns Whether it was created.
 */
export async function createList(context: DataContext, state: SiteState, list: ListDefinition): Promise<StepResult> {
  if (state.lists.has(list.key)) {
    return 'skipped';
  }
  // Version history on from the start (SharePoint Online's default too, said explicitly).
  await context.sp.web.lists.add(list.title, list.description, list.template ?? 100, false, { EnableVersioning: true });
  state.lists.set(list.key, { fields: new Map(), views: new Set(), created: true, versioning: true, uniquePermissions: false });
  return 'done';
}

/**
 * Adds the columns a list lacks and names them, in one batch (parts run in
 * order, so each rename follows its create).
 * A list the app has just created also gets its Title column's heading.
 *
 * @param context - Data context.
 * @param state - What the site has; updated.
 * @param list - The list.
 * @returns Whether anything was added.
 */
export async function addColumns(context: DataContext, state: SiteState, list: ListDefinition): Promise<StepResult> {
  const existing = listState(state, list);
  const missing = list.fields.filter((field) => !existing.fields.has(field.internalName));
  // A column still titled with its internal name was created by a set-up that stopped before naming it.
  const unnamed = list.fields.filter((field) => existing.fields.get(field.internalName)?.title === field.internalName);
  const renameTitle = existing.created === true && existing.fields.get('Title')?.title !== list.titleDisplayName;
  if (missing.length === 0 && unnamed.length === 0 && !renameTitle) {
    return 'skipped';
  }
  const results = await inBatch(context.sp, (web) => {
    // A fresh PnPjs object per request: one object can take part in a batch only once.
    const fields = (): ReturnType<typeof context.list>['fields'] => context.list(list.key, web).fields;
    const parts: Array<Promise<Settled<unknown>>> = [];
    for (const field of missing) {
      const { kind, entityType, props } = fieldCreateProps(field);
      parts.push(settle(fields().add(field.internalName, kind, props)));
      parts.push(settle(fields().getByInternalNameOrTitle(field.internalName).update(fieldFinishProps(field), entityType)));
    }
    for (const field of unnamed) {
      parts.push(settle(fields().getByInternalNameOrTitle(field.internalName).update(fieldFinishProps(field), fieldCreateProps(field).entityType)));
    }
    if (renameTitle) {
      parts.push(settle(fields().getByInternalNameOrTitle('Title').update({ Title: list.titleDisplayName }, 'SP.FieldText')));
    }
    return Promise.all(parts);
  });
  throwFirstFailure(results);
  for (const field of missing) {
    existing.fields.set(field.internalName, { internalName: field.internalName, title: field.displayName, indexed: false, customFormatter: '' });
  }
  for (const field of unnamed) {
    const found = existing.fields.get(field.internalName);
    if (found) {
      found.title = field.displayName;
    }
  }
  return 'done';
}

/**
 * Indexes the columns the app filters on, where an index is missing. Indexes
 * must exist before a list passes 5,000 items, so set-up re-checks them.
 *
 * @param context - Data context.
 * @param state - What the site has; updated.
 * @param list - The list.
 * @returns Whether any index was added.
 */
export async function addIndexes(context: DataContext, state: SiteState, list: ListDefinition): Promise<StepResult> {
  const existing = listState(state, list);
  const unindexed = list.fields.filter((field) => field.indexed && existing.fields.get(field.internalName)?.indexed === false);
  if (unindexed.length === 0) {
    return 'skipped';
  }
  const results = await inBatch(context.sp, (web) =>
    Promise.all(
      unindexed.map((field) =>
        settle(context.list(list.key, web).fields.getByInternalNameOrTitle(field.internalName).update({ Indexed: true }, fieldCreateProps(field).entityType))
      )
    )
  );
  throwFirstFailure(results);
  unindexed.forEach((field) => {
    const found = existing.fields.get(field.internalName);
    if (found) {
      found.indexed = true;
    }
  });
  return 'done';
}
