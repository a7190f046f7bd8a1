/**
 * Compiles a parsed `$filter` into a parameterised SQL condition over `items`.
 *
 * Injection-proof by construction: literal values only ever travel as bound parameters; the SQL
 * text is built from fixed operators and column expressions that come from the field catalogue
 * (never from the request).
 */
import { invalidQuery } from '../http/errors';
import { ValueType } from '../storage/fieldTypes';
import { CompareOp, FilterNode, Literal } from './parser';

export type SqlParam = string | number | null;

export interface SqlColumn {
  /** SQL expression of the value, including `COLLATE NOCASE` for text. */
  expr: string;
  valueType: ValueType;
}

/** Maps a field path from the filter (`MappingId`, `Author/Title`) to SQL; throws for unknown ones. */
export type ColumnResolver = (path: string) => SqlColumn;

export interface SqlCondition {
  sql: string;
  params: SqlParam[];
}

const SQL_OPS: Record<CompareOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };

/** Normalises any parseable date to SharePoint's stored form, so text comparison orders correctly. */
export function normaliseDate(text: string): string | undefined {
  // A time without a zone is UTC, as SharePoint Online's REST treats it (not this machine's zone).
  const ms = Date.parse(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text.trim()) ? `${text.trim()}Z` : text);
  if (Number.isNaN(ms)) {
    return undefined;
  }
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function literalText(lit: Literal): string {
  switch (lit.type) {
    case 'null':
      return 'null';
    case 'number':
      return lit.text;
    case 'boolean':
      return String(lit.value);
    default:
      return lit.value;
  }
}

/** Converts a literal to the bound value for a column of `type`, as SharePoint converts it. */
export function coerceLiteral(lit: Literal, type: ValueType, field: string): SqlParam {
  const bad = (): never => {
    throw invalidQuery(`The value '${literalText(lit)}' is not valid for the field '${field}'.`);
  };
  switch (type) {
    case 'text':
    case 'note':
    case 'choice':
      return lit.type === 'string' || lit.type === 'number' ? literalText(lit) : bad();
    case 'number':
    case 'user':
    case 'counter': {
      const n = lit.type === 'number' ? lit.value : lit.type === 'string' && lit.value.trim() !== '' ? Number(lit.value) : NaN;
      return Number.isFinite(n) ? n : bad();
    }
    case 'boolean':
      if (lit.type === 'boolean') {
        return lit.value ? 1 : 0;
      }
      if ((lit.type === 'number' || lit.type === 'string') && /^(1|0|true|false)$/i.test(literalText(lit))) {
        return /^(1|true)$/i.test(literalText(lit)) ? 1 : 0;
      }
      return bad();
    case 'datetime':
      return lit.type === 'datetime' || lit.type === 'string' ? normaliseDate(lit.value) ?? bad() : bad();
    case 'guid':
      return lit.type === 'guid' || lit.type === 'string' ? lit.value.toLowerCase() : bad();
  }
}

function likePattern(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The field when `node` is `eq` comparisons (not with null) on one field joined by `or`, else undefined. */
export function equalitiesOn(node: FilterNode): string | undefined {
  if (node.kind === 'compare') {
    return node.op === 'eq' && node.value.type !== 'null' ? node.field : undefined;
  }
  if (node.kind !== 'or') {
    return undefined;
  }
  const left = equalitiesOn(node.left);
  return left !== undefined && left === equalitiesOn(node.right) ? left : undefined;
}

function equalityValues(node: FilterNode): Literal[] {
  if (node.kind === 'compare') {
    return [node.value];
  }
  return node.kind === 'or' ? [...equalityValues(node.left), ...equalityValues(node.right)] : [];
}

/** Compiles the filter tree; every leaf's column comes from `resolve`. */
export function compileFilter(node: FilterNode, resolve: ColumnResolver): SqlCondition {
  switch (node.kind) {
    case 'or': {
      // `F eq 1 or F eq 2 or …` as `F IN (1, 2, …)`: the same rows, and SQLite seeks F's index for
      // each value (with a collation it would not rewrite the ORs itself, and scanned the list).
      const field = equalitiesOn(node);
      if (field !== undefined) {
        const column = resolve(field);
        const params = equalityValues(node).map((value) => coerceLiteral(value, column.valueType, field));
        return { sql: `${column.expr} IN (${params.map(() => '?').join(', ')})`, params };
      }
      const left = compileFilter(node.left, resolve);
      const right = compileFilter(node.right, resolve);
      return { sql: `(${left.sql} OR ${right.sql})`, params: [...left.params, ...right.params] };
    }
    case 'and': {
      const left = compileFilter(node.left, resolve);
      const right = compileFilter(node.right, resolve);
      return { sql: `(${left.sql} ${node.kind.toUpperCase()} ${right.sql})`, params: [...left.params, ...right.params] };
    }
    case 'startswith':
    case 'substringof': {
      const column = resolve(node.field);
      if (column.valueType !== 'text' && column.valueType !== 'note' && column.valueType !== 'choice') {
        throw invalidQuery(`The function '${node.kind}' is not supported on the field '${node.field}'.`);
      }
      const pattern = node.kind === 'startswith' ? `${likePattern(node.value)}%` : `%${likePattern(node.value)}%`;
      // LIKE is ASCII case-insensitive in SQLite, matching SharePoint's case-insensitive text.
      const like = `${column.expr} LIKE ? ESCAPE '\\'`;
      return { sql: node.negated ? `(${column.expr} IS NULL OR NOT (${like}))` : like, params: [pattern] };
    }
    case 'compare': {
      const column = resolve(node.field);
      if (node.value.type === 'null') {
        if (node.op !== 'eq' && node.op !== 'ne') {
          throw invalidQuery(`The operator '${node.op}' cannot be used with null.`);
        }
        return { sql: `${column.expr} IS ${node.op === 'eq' ? '' : 'NOT '}NULL`, params: [] };
      }
      const param = coerceLiteral(node.value, column.valueType, node.field);
      if (node.op === 'ne') {
        // SharePoint's "not equal" keeps rows whose value is empty.
        return { sql: `(${column.expr} IS NULL OR ${column.expr} <> ?)`, params: [param] };
      }
      return { sql: `${column.expr} ${SQL_OPS[node.op]} ?`, params: [param] };
    }
  }
}
