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

/** `SP.Data.<List>ListItem`, the item entity type. */
export function itemTypeName(list: ListRecord): string {
  return `SP.Data.${list.entityName}ListItem`;
}

/**
 * Key of a field's value inside the item JSON: person fields are stored as `<Name>Id`, exactly the
 * property clients write and read.
 */
export function storageKey(field: FieldRecord): string {
  return field.valueType === 'user' ? `${field.internalName}Id` : field.internalName;
}
