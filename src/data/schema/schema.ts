import { DOCUMENTS_LIBRARY } from './documentsLibrary';
import { ENTRIES_LIST } from './entriesList';
import { FRAMEWORKS_LIST } from './frameworksList';
import { MAPPINGS_LIST } from './mappingsList';
import { RECORDS_LIBRARY } from './recordsLibrary';
import { SETTINGS_LIST } from './settingsList';
import type { ListDefinition, ListKey } from './types';

/**
 * Every list the app needs, in the order set-up creates them. The one schema
 * definition: in-app set-up, the site script and the repositories all read it.
 */
export const SCHEMA: readonly ListDefinition[] = [FRAMEWORKS_LIST, MAPPINGS_LIST, ENTRIES_LIST, SETTINGS_LIST, RECORDS_LIBRARY, DOCUMENTS_LIBRARY];

/** List titles by role, for the repositories. */
export const LIST_TITLES: Readonly<Record<ListKey, string>> = {
  frameworks: FRAMEWORKS_LIST.title,
  mappings: MAPPINGS_LIST.title,
  entries: ENTRIES_LIST.title,
  records: RECORDS_LIBRARY.title,
  settings: SETTINGS_LIST.title,
  documents: DOCUMENTS_LIBRARY.title
};

/**
 * Internal names of a list's columns, Title and ID included, for `$select`.
 *
 * @param list - A list of the schema.
 * @returns `ID`, `Title` and every schema column.
 */
export function selectFields(list: ListDefinition): string[] {
  return ['ID', 'Title', ...list.fields.map((field) => field.internalName)];
}
