/**
 * "Enforce unique values" on a column, as SharePoint honours it: an add or update that would give
 * two items the same value in such a column is refused, and nothing is stored. Text compares
 * without regard to case, as SharePoint's collation does. Blank values are not compared (the app
 * always writes its unique column, so nothing depends on how SharePoint treats several blanks).
 *
 * Reply as SharePoint Online sends it (seen through PnPjs, status 500):
 * `-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException` "The list item could not be
 * added or updated because duplicate values were found in the following field(s) in the list: [X]."
 */
import { JsonObject } from '../json';
import { SpError } from '../http/errors';
import { ItemStore } from '../storage/items';
import { FieldRecord, storageKey } from '../storage/types';

const DUPLICATE_CODE = '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException';

/** Whether a column has "Enforce unique values" turned on. */
export function enforcesUnique(field: FieldRecord): boolean {
  return field.props.EnforceUniqueValues === true;
}

/**
 * Refuses a write whose values repeat another item's in a unique column.
 *
 * @param items - The item store (called inside the write's transaction, so the check and the write are one step).
 * @param listId - The list.
 * @param fields - The list's columns.
 * @param data - The item's values as they would be stored.
 * @param itemId - The item being written (its own current value is no clash).
 */
export function checkUniqueValues(items: ItemStore, listId: number, fields: readonly FieldRecord[], data: JsonObject, itemId: number): void {
  const duplicates: string[] = [];
  for (const field of fields) {
    const value = data[storageKey(field)];
    if (!enforcesUnique(field) || value === null || value === undefined || typeof value === 'object') {
      continue;
    }
    if (items.valueTaken(listId, field, value, itemId)) {
      duplicates.push(field.internalName);
    }
  }
  if (duplicates.length > 0) {
    throw new SpError(
      500,
      DUPLICATE_CODE,
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${duplicates.join(', ')}].`
    );
  }
}

