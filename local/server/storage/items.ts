/** List items: `(list_id, id)` key, a version for the ETag, and the field values as JSON. */
import Database from 'better-sqlite3';
import { JsonObject } from '../json';
import { SqlParam } from '../odata/sql';
import { Db } from './db';
import { isTextLike, valueSql } from './indexes';
import { FieldRecord, ItemRecord, ListRecord, isLibrary } from './types';

interface ItemRow {
  id: number;
  version: number;
  data: string;
}

function toRecord(row: ItemRow): ItemRecord {
  return { id: row.id, version: row.version, data: JSON.parse(row.data) as JsonObject };
}

/** A compiled query: `where` and `orderBy` are SQL built by odata/sql.ts from the field catalogue. */
export interface ItemSelect {
  where: string;
  params: SqlParam[];
  orderBy: string;
  /** Sort-key expressions to return with each row. */
  keys: string[];
  limit: number;
  /** Index to drive the query (see itemQuery.ts for when); must contain list_id first. */
  indexedBy?: string;
}

/** One saved version of an item, as version history keeps it. */
export interface ItemVersionRecord {
  /** 1, 2, 3… (VersionLabel `n.0`, VersionId `n * 512`). */
  number: number;
  data: JsonObject;
}

const VERSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS item_versions (
  list_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  number INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, number)
) WITHOUT ROWID;
`;

/** Whether the list keeps versions, and how many (SharePoint's defaults: on, 50 for lists, 500 for libraries). */
export function versioning(list: ListRecord | undefined): { on: boolean; limit: number } {
  if (list === undefined) {
    return { on: false, limit: 0 };
  }
  const limit = list.props.MajorVersionLimit;
  return {
    on: list.props.EnableVersioning !== false,
    limit: typeof limit === 'number' && limit > 0 ? limit : isLibrary(list) ? 500 : 50
  };
}

export class ItemStore {
  private readonly statements = new Map<string, Database.Statement>();

  public constructor(private readonly db: Db) {
    db.exec(VERSIONS_SCHEMA);
  }

  /** Saved versions, newest first (the current one included while versioning is on). */
  public versions(listId: number, itemId: number): ItemVersionRecord[] {
    const rows = this.db.prepare('SELECT number, data FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY number DESC').all(listId, itemId) as Array<{
      number: number;
      data: string;
    }>;
    return rows.map((r) => ({ number: r.number, data: JSON.parse(r.data) as JsonObject }));
  }

  /** Deletes one earlier version (`number`), or every earlier version when `number` is undefined; the newest stays. */
  public deleteVersions(listId: number, itemId: number, number?: number): void {
    const newest = this.statement('SELECT max(number) AS n FROM item_versions WHERE list_id = ? AND item_id = ?').get(listId, itemId) as { n: number | null };
    const keep = newest.n ?? 0;
    if (number === undefined) {
      this.statement('DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND number < ?').run(listId, itemId, keep);
    } else if (number !== keep) {
      this.statement('DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND number = ?').run(listId, itemId, number);
    }
  }

  /** Records `data` as the item's next version when the list keeps versions, trimming to its limit. */
  private keepVersion(list: ListRecord | undefined, itemId: number, data: JsonObject): void {
    const v = versioning(list);
    if (list === undefined || !v.on) {
      return;
    }
    const row = this.statement('SELECT max(number) AS n FROM item_versions WHERE list_id = ? AND item_id = ?').get(list.id, itemId) as { n: number | null };
    const number = (row.n ?? 0) + 1;
    this.statement('INSERT INTO item_versions (list_id, item_id, number, data) VALUES (?, ?, ?, ?)').run(list.id, itemId, number, JSON.stringify(data));
    if (number > v.limit) {
      this.statement('DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND number <= ?').run(list.id, itemId, number - v.limit);
    }
  }

  public get(listId: number, id: number): ItemRecord | undefined {
    const row = this.db.prepare('SELECT id, version, data FROM items WHERE list_id = ? AND id = ?').get(listId, id) as ItemRow | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  /** `list` (when given) decides whether the write is kept in version history. */
  public insert(listId: number, id: number, data: JsonObject, list?: ListRecord): ItemRecord {
    this.db.prepare('INSERT INTO items (list_id, id, version, data) VALUES (?, ?, 1, ?)').run(listId, id, JSON.stringify(data));
    this.keepVersion(list, id, data);
    return { id, version: 1, data };
  }

  public update(listId: number, item: ItemRecord, data: JsonObject, list?: ListRecord): ItemRecord {
    const version = item.version + 1;
    this.db.prepare('UPDATE items SET version = ?, data = ? WHERE list_id = ? AND id = ?').run(version, JSON.stringify(data), listId, item.id);
    this.keepVersion(list, item.id, data);
    return { id: item.id, version, data };
  }

  /**
   * Changes an item without a new version (SharePoint's UpdateOverwriteVersion, which
   * `validateUpdateListItem` with `bNewDocumentUpdate` uses): the ETag still moves on, but the
   * latest version in the history is rewritten instead of a new one added.
   */
  public overwrite(listId: number, item: ItemRecord, data: JsonObject, list?: ListRecord): ItemRecord {
    const version = item.version + 1;
    this.db.prepare('UPDATE items SET version = ?, data = ? WHERE list_id = ? AND id = ?').run(version, JSON.stringify(data), listId, item.id);
    const latest = this.statement('SELECT max(number) AS n FROM item_versions WHERE list_id = ? AND item_id = ?').get(listId, item.id) as { n: number | null };
    if (latest.n === null) {
      this.keepVersion(list, item.id, data);
    } else {
      this.statement('UPDATE item_versions SET data = ? WHERE list_id = ? AND item_id = ? AND number = ?').run(JSON.stringify(data), listId, item.id, latest.n);
    }
    return { id: item.id, version, data };
  }

  /** Whether another item than `exceptId` holds `value` in the field (text compared without regard to case). */
  public valueTaken(listId: number, field: FieldRecord, value: string | number | boolean, exceptId: number): boolean {
    const column = isTextLike(field) ? `${valueSql(field)} COLLATE NOCASE` : valueSql(field);
    const param = typeof value === 'boolean' ? Number(value) : value;
    return this.db.prepare(`SELECT 1 FROM items WHERE list_id = ? AND id <> ? AND ${column} = ? LIMIT 1`).get(listId, exceptId, param) !== undefined;
  }

  /** Whether two items share a non-blank value in the field. */
  public hasRepeatedValues(field: FieldRecord): boolean {
    const column = isTextLike(field) ? `${valueSql(field)} COLLATE NOCASE` : valueSql(field);
    const sql = `SELECT 1 FROM items WHERE list_id = ? AND ${valueSql(field)} IS NOT NULL GROUP BY ${column} HAVING COUNT(*) > 1 LIMIT 1`;
    return this.db.prepare(sql).get(field.listId) !== undefined;
  }

  public delete(listId: number, id: number): boolean {
    this.db.prepare('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(listId, id);
    return this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id).changes > 0;
  }

  /**
   * Runs a compiled query. `keys` are the sort expressions; their values come back per row so the
   * caller can write the next page's keyset token.
   */
  public select(listId: number, q: ItemSelect): Array<{ item: ItemRecord; keys: SqlParam[] }> {
    const keyCols = q.keys.map((k, i) => `, ${k} AS k${i}`).join('');
    const sqlFrom = (from: string): string => `SELECT id, version, data${keyCols} FROM ${from} WHERE list_id = ? AND (${q.where}) ORDER BY ${q.orderBy} LIMIT ?`;
    let statement: Database.Statement;
    try {
      statement = this.statement(sqlFrom(q.indexedBy === undefined ? 'items' : `items INDEXED BY "${q.indexedBy}"`));
    } catch (error) {
      // A hint the planner cannot use ("no query solution") only costs speed: plan without it.
      if (q.indexedBy === undefined || !/no query solution/i.test(String(error))) {
        throw error;
      }
      statement = this.statement(sqlFrom('items'));
    }
    const rows = statement.all(listId, ...q.params, q.limit) as Array<ItemRow & Record<string, SqlParam>>;
    return rows.map((row) => ({ item: toRecord(row), keys: q.keys.map((_, i) => row[`k${i}`]) }));
  }

  /** Prepared statements by SQL text; queries repeat page after page, so preparing once pays. */
  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (stmt === undefined) {
      if (this.statements.size > 200) {
        this.statements.clear();
      }
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /** Counts matching rows but stops at `cap`: enough to tell "over the threshold" cheaply. */
  public countUpTo(listId: number, where: string, params: SqlParam[], cap: number, indexedBy?: string): number {
    const sqlFrom = (from: string): string => `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE list_id = ? AND (${where}) LIMIT ?)`;
    let statement: Database.Statement;
    try {
      statement = this.statement(sqlFrom(indexedBy === undefined ? 'items' : `items INDEXED BY "${indexedBy}"`));
    } catch (error) {
      if (indexedBy === undefined || !/no query solution/i.test(String(error))) {
        throw error;
      }
      statement = this.statement(sqlFrom('items'));
    }
    return (statement.get(listId, ...params, cap) as { n: number }).n;
  }

  /** Removes a deleted field's values so a field re-created with that name starts empty. */
  public dropKey(listId: number, key: string): void {
    this.db.prepare('UPDATE items SET data = json_remove(data, ?) WHERE list_id = ?').run(`$.${key}`, listId);
  }
}
