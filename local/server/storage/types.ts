/** Records as the storage layer hands them to routes. */
import { JsonObject } from '../json';
import { ValueType } from './fieldTypes';

export interface ListRecord {
  id: number;
  guid: string;
  title: string;
  /** Encoded title at creation; SharePoint keeps it when the list is renamed. */
  entityName: string;
  props: JsonObject;
  created: string;
  modified: string;
  itemCount: number;
}

export interface FieldRecord {
  listId: number;
  internalName: string;
  guid: string;
  title: string;
  kind: number;
  valueType: ValueType;
  props: JsonObject;
  builtin: boolean;
  indexed: boolean;
  position: number;
}

export interface ItemRecord {
  id: number;
  version: number;
  data: JsonObject;
}

/** Whether the list is a document library (BaseTemplate 101). */
export function isLibrary(list: ListRecord): boolean {
  return list.props.BaseTemplate === 101;
}

/** `EntityTypeName`: `<Name>List` for a list, `<Name>` for a library (SharePoint Online's naming). */
export function entityTypeName(list: ListRecord): string {
  return isLibrary(list) ? list.entityName : `${list.entityName}List`;
}

/** The item entity type: `SP.Data.<List>ListItem` for a list, `SP.Data.<Library>Item` for a library. */
export function itemTypeName(list: ListRecord): string {
  return `SP.Data.${entityTypeName(list)}Item`;
}

/**
 * Key of a field's value inside the item JSON: person fields are stored as `<Name>Id`, exactly the
 * property clients write and read.
 */
export function storageKey(field: FieldRecord): string {
  return field.valueType === 'user' ? `${field.internalName}Id` : field.internalName;
}
