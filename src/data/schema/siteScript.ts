import { fieldSchemaXml } from './fieldXml';
import type { ColumnFormatter, ListDefinition } from './types';

/** A site script action or subaction, as JSON. */
export type SiteScriptAction = { verb: string } & { [key: string]: unknown };

export interface SiteScript {
  $schema: string;
  actions: SiteScriptAction[];
  version: number;
}

const SITE_SCRIPT_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/site-design-script-actions.schema.json';

/** SharePoint's generic list template. */
const GENERIC_LIST = 100;

function listActions(list: ListDefinition): SiteScriptAction {
  const subactions: SiteScriptAction[] = [
    // The same title as listName, so re-applying the script still finds and updates the list.
    { verb: 'setTitle', title: list.title },
    { verb: 'setDescription', description: list.description }
  ];
  for (const field of list.fields) {
    // addSPFieldXml for every column: addSPField cannot make Choice columns, date-only
    // dates, plain-text notes, percentages or indexes, and the XML carries the column's
    // id so a second run never adds it twice.
    subactions.push({ verb: 'addSPFieldXml', schemaXml: fieldSchemaXml(field), addToDefaultView: !field.machineReadable });
  }
  for (const field of list.fields) {
    if (field.formatter) {
      const formatterJSON: ColumnFormatter = field.formatter;
      subactions.push({ verb: 'setSPFieldCustomFormatter', fieldDisplayName: field.displayName, formatterJSON });
    }
  }
  for (const view of list.views) {
    subactions.push({
      verb: 'addSPView',
      name: view.title,
      viewFields: [...view.fields],
      query: view.query,
      rowLimit: view.rowLimit,
      isPaged: true,
      makeDefault: false
    });
  }
  return { verb: 'createSPList', listName: list.title, templateType: list.template ?? GENERIC_LIST, subactions };
}

/**
 * The site script for administrators who provision sites with site designs
 * rather than letting an owner run set-up in the app. Generated from the
 * schema; `sharepoint/site-script.json` is this function's output, and a test
 * keeps the two identical.
 *
 * @param lists - The lists to create, normally {@link SCHEMA}.
 * @returns The site script as JSON-ready data.
 */
export function buildSiteScript(lists: readonly ListDefinition[]): SiteScript {
  return { $schema: SITE_SCRIPT_SCHEMA, actions: lists.map(listActions), version: 1 };
}

/**
 * The site script as the committed file holds it (two-space indent, final newline).
 *
 * @param lists - The lists to create.
 * @returns JSON text.
 */
export function siteScriptJson(lists: readonly ListDefinition[]): string {
  return `${JSON.stringify(buildSiteScript(lists), null, 2)}\n`;
}
