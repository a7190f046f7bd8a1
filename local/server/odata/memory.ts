/**
 * Evaluates a parsed `$filter` against plain entities (lists, fields, users). These collections
 * hold tens of rows, so in-memory evaluation is simpler than SQL and just as fast.
 */
import { unknownProperty } from '../http/errors';
import { JsonObject, JsonValue } from '../json';
import { CompareOp, FilterNode, Literal } from './parser';

function lookup(entity: JsonObject, path: string, typeName: string): JsonValue {
  const key = Object.keys(entity).find((k) => k.toLowerCase() === path.toLowerCase());
  if (key === undefined) {
    throw unknownProperty(path, typeName);
  }
  return entity[key];
}

/** -1/0/1, or undefined when the values cannot be compared. */
function compare(actual: JsonValue, lit: Literal): number | undefined {
  if (typeof actual === 'boolean') {
    const wanted = lit.type === 'boolean' ? lit.value : lit.type === 'number' ? lit.value !== 0 : undefined;
    return wanted === undefined ? undefined : Number(actual) - Number(wanted);
  }
  if (typeof actual === 'number') {
    const n = lit.type === 'number' ? lit.value : lit.type === 'string' ? Number(lit.value) : NaN;
    return Number.isNaN(n) ? undefined : Math.sign(actual - n);
  }
  if (typeof actual === 'string' && lit.type !== 'null' && lit.type !== 'boolean') {
    const text = lit.type === 'number' ? lit.text : lit.value;
    const a = actual.toLowerCase();
    const b = text.toLowerCase();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return undefined;
}

const TESTS: Record<CompareOp, (c: number) => boolean> = {
  eq: (c) => c === 0,
  ne: (c) => c !== 0,
  gt: (c) => c > 0,
  ge: (c) => c >= 0,
  lt: (c) => c < 0,
  le: (c) => c <= 0
};

/** True when `entity` satisfies the filter; property names match case-insensitively. */
export function matchesFilter(node: FilterNode, entity: JsonObject, typeName: string): boolean {
  switch (node.kind) {
    case 'and':
      return matchesFilter(node.left, entity, typeName) && matchesFilter(node.right, entity, typeName);
    case 'or':
      return matchesFilter(node.left, entity, typeName) || matchesFilter(node.right, entity, typeName);
    case 'startswith':
    case 'substringof': {
      const value = lookup(entity, node.field, typeName);
      const text = typeof value === 'string' ? value.toLowerCase() : '';
      const needle = node.value.toLowerCase();
      const hit = node.kind === 'startswith' ? text.startsWith(needle) : text.includes(needle);
      return hit !== node.negated;
    }
    case 'compare': {
      const value = lookup(entity, node.field, typeName);
      if (node.value.type === 'null' || value === null) {
        const bothNull = node.value.type === 'null' && value === null;
        return node.op === 'eq' ? bothNull : node.op === 'ne' ? !bothNull : false;
      }
      const c = compare(value, node.value);
      return c !== undefined && TESTS[node.op](c);
    }
  }
}
