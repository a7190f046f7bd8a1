import type { IItems } from '@pnp/sp/items';
import type { Row } from './rows';

/** SharePoint's largest page of items. */
export const MAX_PAGE = 5000;

/**
 * Reads every page of an item query, following SharePoint's next links
 * (PnPjs v4 has no getAll: paging is async iteration over `top(n)`).
 *
 * @param items - The query, with its select, filter and order (an indexed column or ID).
 * @param pageSize - Rows per request, at most 5,000.
 * @returns All rows, in the query's order.
 */
export async function readAllPages(items: IItems, pageSize: number = MAX_PAGE): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of items.top(pageSize)) {
    rows.push(...(page as Row[]));
  }
  return rows;
}
