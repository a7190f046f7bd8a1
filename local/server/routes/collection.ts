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
  // `Nav/Prop` selects a property of an expanded entity (or of each in an expanded collection).
  const wanted = new Map<string, string[] | undefined>();
  for (const name of select) {
    const slash = name.indexOf('/');
    const head = (slash < 0 ? name : name.slice(0, slash)).toLowerCase();
    if (slash < 0) {
      wanted.set(head, undefined);
    } else if (!wanted.has(head) || wanted.get(head) !== undefined) {
      wanted.set(head, [...(wanted.get(head) ?? []), name.slice(slash + 1)]);
    }
  }
  const props: Array<[string, WireValue]> = [];
  for (const [head, sub] of wanted) {
    const found = entity.props.find(([k]) => k.toLowerCase() === head);
    if (found === undefined) {
      throw propertyNotFound(select.find((name) => name.toLowerCase().startsWith(head)) ?? head);
    }
    const [key, value] = found;
    if (sub === undefined) {
      props.push(found);
    } else if (value instanceof Entity) {
      props.push([key, project(value, sub)]);
    } else if (Array.isArray(value) && value.every((v) => v instanceof Entity)) {
      props.push([key, (value as Entity[]).map((v) => project(v, sub))]);
    } else if (value === null) {
      props.push(found);
    } else {
      throw propertyNotFound(`${key}/${sub[0]}`);
    }
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
