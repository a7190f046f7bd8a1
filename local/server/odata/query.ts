/** Parsing of the non-filter query options: $select, $expand, $orderby, $top, $skiptoken. */
import { ODataSyntaxError } from './lexer';

export interface OrderKey {
  field: string;
  descending: boolean;
}

/** Keyset position carried by `$skiptoken=Paged=TRUE&p_<SortField>=v&p_ID=n`, as SharePoint does. */
export interface SkipToken {
  id: number;
  /** Raw sort-key values by field name; `null` when the row's value was empty. */
  values: Record<string, string | null>;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;

function splitList(src: string | undefined): string[] {
  if (src === undefined) {
    return [];
  }
  return src
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `$select` names in order; `undefined` when absent (meaning "default properties"). */
export function parseSelect(src: string | undefined): string[] | undefined {
  const names = splitList(src);
  for (const name of names) {
    if (name !== '*' && !NAME.test(name)) {
      throw new ODataSyntaxError(`The $select name '${name}' is not valid.`, src ?? '');
    }
  }
  return names.length > 0 ? names : undefined;
}

/** `$expand` navigation property names. */
export function parseExpand(src: string | undefined): string[] {
  const names = splitList(src);
  for (const name of names) {
    if (!NAME.test(name)) {
      throw new ODataSyntaxError(`The $expand name '${name}' is not valid.`, src ?? '');
    }
  }
  return names;
}

/** `$orderby=A asc,B desc` → keys; direction defaults to ascending. */
export function parseOrderBy(src: string | undefined): OrderKey[] {
  return splitList(src).map((part) => {
    const [field, direction, extra] = part.split(/\s+/);
    const dir = (direction ?? 'asc').toLowerCase();
    if (!NAME.test(field) || (dir !== 'asc' && dir !== 'desc') || extra !== undefined) {
      throw new ODataSyntaxError(`The $orderby clause '${part}' is not valid.`, src ?? '');
    }
    return { field, descending: dir === 'desc' };
  });
}

/** `$top` with SharePoint's default page size and cap. */
export function parseTop(src: string | undefined, defaultTop: number, maxTop: number): number {
  if (src === undefined || src.trim() === '') {
    return defaultTop;
  }
  if (!/^\d+$/.test(src.trim())) {
    throw new ODataSyntaxError(`The $top value '${src}' is not valid.`, src);
  }
  return Math.min(Number(src.trim()), maxTop);
}

/** Parses `Paged=TRUE&p_ID=100` (values inside are URL-encoded, as in SharePoint's tokens). */
export function parseSkipToken(src: string | undefined): SkipToken | undefined {
  if (src === undefined || src.trim() === '') {
    return undefined;
  }
  const values: Record<string, string | null> = {};
  let id: number | undefined;
  for (const pair of src.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const raw = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
    if (/^p_ID$/i.test(key)) {
      id = Number(raw);
    } else if (key.startsWith('p_')) {
      values[key.slice(2)] = raw === '' ? null : raw;
    }
  }
  if (id === undefined || !Number.isInteger(id)) {
    throw new ODataSyntaxError(`The $skiptoken '${src}' is not valid.`, src);
  }
  return { id, values };
}

/** Builds the token for the row a page ended on. */
export function formatSkipToken(id: number, values: Array<[string, string | null]>): string {
  const parts = ['Paged=TRUE', ...values.map(([k, v]) => `p_${k}=${encodeURIComponent(v ?? '')}`), `p_ID=${id}`];
  return parts.join('&');
}
