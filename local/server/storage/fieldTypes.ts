/** The field kinds this server supports, with SharePoint's type names and creation properties. */
import { JsonObject } from '../json';

/** How a field's values are stored, compared and converted. */
export type ValueType = 'text' | 'note' | 'choice' | 'number' | 'boolean' | 'datetime' | 'user' | 'counter' | 'guid';

export interface FieldKindInfo {
  kind: number;
  /** `odata.type` of the field entity. */
  odataType: string;
  typeAsString: string;
  valueType: ValueType;
  /** EDM type named in conversion errors. */
  edmType: string;
  /** Type-specific properties accepted on create/MERGE besides the common ones. */
  props: readonly string[];
  defaults: JsonObject;
}

/** Properties every field type accepts on create or MERGE. */
export const COMMON_FIELD_PROPS: readonly string[] = [
  'Title',
  'FieldTypeKind',
  'Description',
  'Required',
  'Hidden',
  'Indexed',
  'EnforceUniqueValues',
  'DefaultValue',
  'Group',
  'StaticName',
  'ValidationFormula',
  'ValidationMessage',
  'JSLink',
  'ReadOnlyField',
  'CustomFormatter'
];

export const FIELD_KINDS: Readonly<Record<number, FieldKindInfo>> = {
  2: {
    kind: 2,
    odataType: 'SP.FieldText',
    typeAsString: 'Text',
    valueType: 'text',
    edmType: 'Edm.String',
    props: ['MaxLength'],
    defaults: { MaxLength: 255 }
  },
  3: {
    kind: 3,
    odataType: 'SP.FieldMultiLineText',
    typeAsString: 'Note',
    valueType: 'note',
    edmType: 'Edm.String',
    props: ['NumberOfLines', 'RichText', 'AllowHyperlink', 'AppendOnly', 'RestrictedMode', 'UnlimitedLengthInDocumentLibrary', 'IsLongHyperlink'],
    defaults: { NumberOfLines: 6, RichText: true, AllowHyperlink: false, AppendOnly: false, RestrictedMode: false }
  },
  4: {
    kind: 4,
    odataType: 'SP.FieldDateTime',
    typeAsString: 'DateTime',
    valueType: 'datetime',
    edmType: 'Edm.DateTime',
    props: ['DisplayFormat', 'DateTimeCalendarType', 'FriendlyDisplayFormat'],
    defaults: { DisplayFormat: 0, DateTimeCalendarType: 1, FriendlyDisplayFormat: 0 }
  },
  6: {
    kind: 6,
    odataType: 'SP.FieldChoice',
    typeAsString: 'Choice',
    valueType: 'choice',
    edmType: 'Edm.String',
    props: ['Choices', 'FillInChoice', 'EditFormat', 'Mappings'],
    defaults: { Choices: [], FillInChoice: false, EditFormat: 0 }
  },
  8: {
    kind: 8,
    odataType: 'SP.Field',
    typeAsString: 'Boolean',
    valueType: 'boolean',
    edmType: 'Edm.Boolean',
    props: [],
    defaults: {}
  },
  9: {
    kind: 9,
    odataType: 'SP.FieldNumber',
    typeAsString: 'Number',
    valueType: 'number',
    edmType: 'Edm.Double',
    props: ['MinimumValue', 'MaximumValue', 'ShowAsPercentage', 'DisplayFormat'],
    defaults: { MinimumValue: -1.7976931348623157e308, MaximumValue: 1.7976931348623157e308, ShowAsPercentage: false }
  },
  20: {
    kind: 20,
    odataType: 'SP.FieldUser',
    typeAsString: 'User',
    valueType: 'user',
    edmType: 'Edm.Int32',
    props: ['SelectionMode', 'SelectionGroup', 'AllowMultipleValues', 'AllowDisplay', 'Presence', 'LookupField'],
    defaults: { SelectionMode: 0, SelectionGroup: 0, AllowMultipleValues: false, AllowDisplay: true, Presence: true, LookupField: 'ImnName' }
  },
  5: {
    kind: 5,
    odataType: 'SP.Field',
    typeAsString: 'Counter',
    valueType: 'counter',
    edmType: 'Edm.Int32',
    props: [],
    defaults: {}
  },
  7: {
    // Lookup: only as SharePoint's own built-in `_ComplianceTag` here (clients cannot create one).
    kind: 7,
    odataType: 'SP.FieldLookup',
    typeAsString: 'Lookup',
    valueType: 'text',
    edmType: 'Edm.String',
    props: ['LookupList', 'LookupField', 'AllowMultipleValues'],
    defaults: { AllowMultipleValues: false }
  },
  14: {
    kind: 14,
    odataType: 'SP.Field',
    typeAsString: 'Guid',
    valueType: 'guid',
    edmType: 'Edm.Guid',
    props: [],
    defaults: {}
  }
};

/** Kinds a client may create (Counter and Guid exist only as built-ins). */
export const CREATABLE_KINDS: ReadonlySet<number> = new Set([2, 3, 4, 6, 8, 9, 20]);

/** Built-in columns of a generic list (template 100), in SharePoint's order. */
export const BUILTIN_FIELDS: ReadonlyArray<{ name: string; title: string; kind: number; props: JsonObject }> = [
  { name: 'ID', title: 'ID', kind: 5, props: { ReadOnlyField: true } },
  { name: 'Title', title: 'Title', kind: 2, props: { Required: true } },
  { name: 'Modified', title: 'Modified', kind: 4, props: { ReadOnlyField: true, DisplayFormat: 1 } },
  { name: 'Created', title: 'Created', kind: 4, props: { ReadOnlyField: true, DisplayFormat: 1 } },
  { name: 'Author', title: 'Created By', kind: 20, props: { ReadOnlyField: true } },
  { name: 'Editor', title: 'Modified By', kind: 20, props: { ReadOnlyField: true } },
  { name: 'GUID', title: 'GUID', kind: 14, props: { ReadOnlyField: true, Hidden: true } }
];

/** Columns a document library adds: the file's name, its path and its folder's path (read-only here). */
export const LIBRARY_FIELDS: ReadonlyArray<{ name: string; title: string; kind: number; props: JsonObject }> = [
  { name: 'FileLeafRef', title: 'Name', kind: 2, props: { ReadOnlyField: true, MaxLength: 400 } },
  { name: 'FileRef', title: 'URL Path', kind: 2, props: { ReadOnlyField: true, Hidden: true, MaxLength: 400 } },
  { name: 'FileDirRef', title: 'Path', kind: 2, props: { ReadOnlyField: true, Hidden: true, MaxLength: 400 } },
  // The item's Microsoft Purview retention label (docs/records-purview.md): hidden, read-only, set by
  // Purview (here by POST /_local/retention-label), a lookup on the Docs table's ComplianceTag.
  { name: '_ComplianceTag', title: 'Retention label', kind: 7, props: { ReadOnlyField: true, Hidden: true, LookupList: 'Docs', LookupField: 'ComplianceTag' } }
];

/** A field's REST property name: SharePoint prefixes an internal name that starts with `_` with `OData_`. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** The library item property of the retention label (SharePoint Online has it on every library). */
export const COMPLIANCE_TAG = '_ComplianceTag';

/**
 * SharePoint's internal name for a display name: characters outside [A-Za-z0-9_] become `_xHHHH_`
 * (so "Mapping Id" → "Mapping_x0020_Id"); underscores stay; truncated to 32 characters.
 */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    const code = ch.codePointAt(0) ?? 0;
    const safe = /[A-Za-z0-9_]/.test(ch) && !(out.length === 0 && /[0-9]/.test(ch));
    out += safe ? ch : `_x${code.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

/** Entity-type naming for lists: "My List" → "My_x0020_List" (underscores are encoded too). */
export function encodeEntityName(title: string): string {
  return title.replace(/[^A-Za-z0-9]/g, (ch) => `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`);
}
