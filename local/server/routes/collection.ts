/**
 * Query options for the small in-memory collections (lists, fields, users): $filter, $orderby,
 * $top and $select applied to entities built on the fly.
 */
import { JsonObject, JsonValue } from '../json';
import { Entity, WireValue } from '../http/format';
import { invalidQuery, propertyNotFound } from '../http/errors';
import { ODataSyntaxError } from '../odata/lexer';
import { matchesFilter } from '../odata/memory';
import { parseFilter } from '../odata/parser';
import { parseOrderBy, parseSelect, parseTop } from '../odata/query';
import { RouteContext } from './context';

/** Runs a parser and turns its syntax errors into SharePoint's 400. */
export function odata<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ODataSyntaxError) {
      throw invalidQuery(`The expression "${e.source}" is not valid. ${e.message}`);
    }
    throw e;
  }
}

function plain(entity: Entity): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of entity.props) {
    if (!(v instanceof Entity) && !(Array.isArray(v) && v.some((x) => x instanceof Entity))) {
      out[k] = v as JsonValue;
    }
  }
  return out;
}

/** Keeps only the `$select`ed properties (matched case-insensitively); unknown names → 400. */
export function project(entity: Entity, select: string[] | undefined): Entity {
  if (select === undefined || select.includes('*')) {
    return entity;
  }
  const props: Array<[string, WireValue]> = [];
  for (const name of select) {
    const found = entity.props.find(([k]) => k.toLowerCase() === name.toLowerCase());
    if (found === undefined) {
      throw propertyNotFound(name);
    }
    props.push(found);
  }
  return new Entity(entity.meta, props);
}

function compareJson(a: JsonValue | undefined, b: JsonValue | undefined): number {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return -1;
  }
  if (b === null || b === undefined) {
    return 1;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

/** Applies $filter, $orderby, $top and $select from the request to `entities`. */
export function queryEntities(ctx: RouteContext, entities: Entity[], typeName: string): Entity[] {
  const q = ctx.req.query;
  const filterText = q.get('$filter');
  const filter = filterText === undefined || filterText.trim() === '' ? undefined : odata(() => parseFilter(filterText));
  const order = odata(() => parseOrderBy(q.get('$orderby')));
  const top = odata(() => parseTop(q.get('$top'), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
  const select = odata(() => parseSelect(q.get('$select')));
  let rows = entities.map((e) => ({ e, p: plain(e) }));
  if (filter !== undefined) {
    rows = rows.filter((r) => matchesFilter(filter, r.p, typeName));
  }
  if (order.length > 0) {
    const get = (p: JsonObject, name: string): JsonValue | undefined => p[Object.keys(p).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name];
    rows.sort((x, y) => {
      for (const key of order) {
        const c = compareJson(get(x.p, key.field), get(y.p, key.field));
        if (c !== 0) {
          return key.descending ? -c : c;
        }
      }
      return 0;
    });
  }
  return rows.slice(0, top).map((r) => project(r.e, select));
}
