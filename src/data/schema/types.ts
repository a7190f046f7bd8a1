/**
 * The shape of the one schema definition that drives in-app set-up, the site
 * script and the list views. Only `src/data/` knows these names.
 */

/** The column types the app uses (SharePoint's `TypeAsString`). */
export type FieldType = 'Text' | 'Note' | 'Number' | 'DateTime' | 'Choice' | 'Boolean';

/** SharePoint column formatting JSON (`CustomFormatter`), kept as plain data. */
export type ColumnFormatter = { [key: string]: unknown };

export interface FieldDefinition {
  /**
   * Stable GUID. The site script names it so that applying the script twice never
   * adds the column twice.
   */
  id: string;
  /** Stable, prefixed internal name (`Idm…`); never changes once shipped. */
  internalName: string;
  /** Column heading people see in SharePoint. */
  displayName: string;
  type: FieldType;
  /** Shown under the column in SharePoint's forms: says what the column is for. */
  description: string;
  required?: boolean;
  /** Indexed so that queries stay under the 5,000-item list view threshold. */
  indexed?: boolean;
  /**
   * "Enforce unique values": SharePoint refuses an add or update that repeats
   * another item's value, which is how two publishers cannot take the same
   * version number. Set by set-up once existing items have their values.
   */
  unique?: boolean;
  /** Text columns: at most 255. */
  maxLength?: number;
  /** Choice columns: the stored values, readable labels (see choices.ts). */
  choices?: readonly string[];
  /** Choice columns: the value a new item gets. */
  defaultChoice?: string;
  /** DateTime columns: keep the time of day too (date only otherwise). */
  includeTime?: boolean;
  /** Number columns stored as a fraction and shown as a percentage. */
  percentage?: boolean;
  /** Number columns: decimal places shown. */
  decimals?: number;
  /** JSON written by the app: kept out of the default view, where it would only be noise. */
  machineReadable?: boolean;
  /** Column formatting applied when the column is created (never over an owner's own). */
  formatter?: ColumnFormatter;
}

export interface ViewDefinition {
  title: string;
  /** Internal names, in order; `LinkTitle` is the Title column linked to the item. */
  fields: readonly string[];
  /** CAML inside `<Query>`: Where, GroupBy and OrderBy. */
  query: string;
  rowLimit: number;
}

/** The app's lists and libraries, by role. */
export type ListKey = 'frameworks' | 'mappings' | 'entries' | 'records' | 'settings' | 'documents';

export interface ListDefinition {
  key: ListKey;
  /** List title; the app finds lists by it. */
  title: string;
  description: string;
  /** What the built-in Title column holds, shown as its heading by in-app set-up. */
  titleDisplayName: string;
  fields: readonly FieldDefinition[];
  views: readonly ViewDefinition[];
  /** SharePoint's list template: 100 (a list) unless said otherwise; 101 is a document library. */
  template?: 100 | 101;
}
