import { FRAMEWORK_FIELDS, MAPPING_FIELDS } from '../schema';
import type { ListDefinition } from '../schema';
import type { SiteState } from './inspect';

/**
 * Whether each schema step of set-up would do anything, read from the
 * inspected site alone. They mirror the checks the steps make before acting
 * (listSteps.ts, viewSteps.ts), so "needs an update" and "update did nothing"
 * never disagree.
 */
export const needs = {
  list: (state: SiteState, list: ListDefinition): boolean => !state.lists.has(list.key),
  columns: (state: SiteState, list: ListDefinition): boolean => {
    const existing = state.lists.get(list.key);
    // Missing, or still titled with its internal name by a set-up that stopped before naming it.
    return list.fields.some((field) => {
      const found = existing?.fields.get(field.internalName);
      return found === undefined || found.title === field.internalName;
    });
  },
  indexes: (state: SiteState, list: ListDefinition): boolean => {
    const existing = state.lists.get(list.key);
    return list.fields.some((field) => field.indexed === true && existing?.fields.get(field.internalName)?.indexed !== true);
  },
  formatting: (state: SiteState, list: ListDefinition): boolean => {
    const existing = state.lists.get(list.key);
    return list.fields.some((field) => field.formatter !== undefined && (existing?.fields.get(field.internalName)?.customFormatter ?? '') === '');
  },
  views: (state: SiteState, list: ListDefinition): boolean => {
    const existing = state.lists.get(list.key);
    return list.views.some((view) => !existing?.views.has(view.title));
  },
  /** Framework version numbers unique (frameworks lane): the column is missing or not yet unique. */
  uniqueVersions: (state: SiteState): boolean => state.lists.get('frameworks')?.fields.get(FRAMEWORK_FIELDS.versionKey)?.unique !== true,
  /** Existing mappings get per-area counts in the update that adds their column. */
  areaCounts: (state: SiteState): boolean => state.lists.get('mappings')?.fields.has(MAPPING_FIELDS.areaCounts) !== true
};
