import { DEFAULT_FRAMEWORK } from '../../model';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { DataContext } from '../toolkit/context';
import { frameworkValues } from '../frameworks/frameworkRows';
import type { ListDefinition } from '../schema';
import { fieldCreateProps } from './fieldProps';
import type { SiteState } from './inspect';
import type { StepResult } from './listSteps';

/**
 * Adds the schema's views a list lacks, each with its columns, in one batch.
 * Views that exist (found by title) are left exactly as an owner may have changed them.
 *
 * @param context - Data context.
 * @param state - What the site has; updated.
 * @param list - The list.
 * @returns Whether any view was added.
 */
export async function addViews(context: DataContext, state: SiteState, list: ListDefinition): Promise<StepResult> {
  const existing = state.lists.get(list.key);
  const missing = list.views.filter((view) => !existing?.views.has(view.title));
  if (missing.length === 0) {
    return 'skipped';
  }
  const results = await inBatch(context.sp, (web) => {
    // A fresh PnPjs object per request: one object can take part in a batch only once.
    const views = (): ReturnType<typeof context.list>['views'] => context.list(list.key, web).views;
    const parts: Array<Promise<Settled<unknown>>> = [];
    for (const view of missing) {
      parts.push(settle(views().add(view.title, false, { ViewQuery: view.query, RowLimit: view.rowLimit, Paged: true })));
      // A new view starts with SharePoint's default columns; replace them with the schema's.
      parts.push(settle(views().getByTitle(view.title).fields.removeAll()));
      for (const field of view.fields) {
        parts.push(settle(views().getByTitle(view.title).fields.add(field)));
      }
    }
    return Promise.all(parts);
  });
  throwFirstFailure(results);
  missing.forEach((view) => existing?.views.add(view.title));
  return 'done';
}

/**
 * Applies the schema's column formatting to columns that have none; an
 * owner's own formatting is never replaced.
 *
 * @param context - Data context.
 * @param state - What the site has.
 * @param list - The list.
 * @returns Whether any column was formatted.
 */
export async function formatColumns(context: DataContext, state: SiteState, list: ListDefinition): Promise<StepResult> {
  const existing = state.lists.get(list.key);
  const unformatted = list.fields.filter((field) => field.formatter && (existing?.fields.get(field.internalName)?.customFormatter ?? '') === '');
  if (unformatted.length === 0) {
    return 'skipped';
  }
  const results = await inBatch(context.sp, (web) =>
    Promise.all(
      unformatted.map((field) =>
        settle(
          context
            .list(list.key, web)
            .fields.getByInternalNameOrTitle(field.internalName)
            .update({ CustomFormatter: JSON.stringify(field.formatter) }, fieldCreateProps(field).entityType)
        )
      )
    )
  );
  throwFirstFailure(results);
  unformatted.forEach((field) => {
    const found = existing?.fields.get(field.internalName);
    if (found) {
      found.customFormatter = JSON.stringify(field.formatter);
    }
  });
  return 'done';
}

/**
 * Stores the default framework as version 1 when the site has no framework.
 *
 * @param context - Data context.
 * @param state - What the site has; updated.
 * @returns Whether it was stored.
 */
export async function seedFramework(context: DataContext, state: SiteState): Promise<StepResult> {
  if (state.hasFramework) {
    return 'skipped';
  }
  await context.list('frameworks').items.add(frameworkValues(DEFAULT_FRAMEWORK));
  state.hasFramework = true;
  return 'done';
}
