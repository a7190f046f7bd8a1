/** Lists: one row each, SharePoint properties kept as JSON. */
import { randomUUID } from 'crypto';
import { JsonObject, spNow } from '../json';
import { Db } from './db';
import { BUILTIN_FIELDS, LIBRARY_FIELDS, encodeEntityName } from './fieldTypes';
import { ListRecord } from './types';

interface ListRow {
  id: number;
  guid: string;
  title: string;
  entity_name: string;
  props: string;
  created: string;
  modified: string;
  item_count: number;
}

function toRecord(row: ListRow): ListRecord {
  return {
    id: row.id,
    guid: row.guid,
    title: row.title,
    entityName: row.entity_name,
    props: JSON.parse(row.props) as JsonObject,
    created: row.created,
    modified: row.modified,
    itemCount: row.item_count
  };
}

const COLUMNS = 'id, guid, title, entity_name, props, created, modified, item_count';

export class ListStore {
  public constructor(private readonly db: Db) {}

  public all(): ListRecord[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM lists ORDER BY id`).all() as ListRow[]).map(toRecord);
  }

  /** Case-insensitive, as SharePoint's getByTitle. */
  public byTitle(title: string): ListRecord | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM lists WHERE title = ? COLLATE NOCASE`).get(title) as ListRow | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  public byGuid(guid: string): ListRecord | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM lists WHERE guid = ? COLLATE NOCASE`).get(guid) as ListRow | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  /** Creates the list and its built-in columns. */
  public create(title: string, props: JsonObject): ListRecord {
    const now = spNow();
    const info = this.db
      .prepare('INSERT INTO lists (guid, title, entity_name, props, created, modified) VALUES (?, ?, ?, ?, ?, ?)')
      .run(randomUUID(), title, encodeEntityName(title), JSON.stringify(props), now, now);
    const listId = Number(info.lastInsertRowid);
    const insertField = this.db.prepare(
      'INSERT INTO fields (list_id, internal_name, guid, title, kind, props, builtin, indexed, position) VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?)'
    );
    const builtins = props.BaseTemplate === 101 ? [...BUILTIN_FIELDS, ...LIBRARY_FIELDS] : BUILTIN_FIELDS;
    builtins.forEach((f, position) => {
      insertField.run(listId, f.name, randomUUID(), f.title, f.kind, JSON.stringify(f.props), position);
    });
    const created = this.db.prepare(`SELECT ${COLUMNS} FROM lists WHERE id = ?`).get(listId) as ListRow;
    return toRecord(created);
  }

  public update(list: ListRecord, title: string, props: JsonObject): void {
    this.db.prepare('UPDATE lists SET title = ?, props = ?, modified = ? WHERE id = ?').run(title, JSON.stringify(props), spNow(), list.id);
  }

  public delete(list: ListRecord): void {
    this.db.prepare('DELETE FROM items WHERE list_id = ?').run(list.id);
    this.db.prepare('DELETE FROM item_versions WHERE list_id = ?').run(list.id);
    this.db.prepare('DELETE FROM lists WHERE id = ?').run(list.id);
  }

  /** Reserves the next item ID; SharePoint never reuses IDs, even after deletes. */
  public nextItemId(listId: number): number {
    const row = this.db
      .prepare('UPDATE lists SET next_item_id = next_item_id + 1, item_count = item_count + 1, modified = ? WHERE id = ? RETURNING next_item_id - 1 AS id')
      .get(spNow(), listId) as { id: number };
    return row.id;
  }

  public itemRemoved(listId: number): void {
    this.db.prepare('UPDATE lists SET item_count = item_count - 1, modified = ? WHERE id = ?').run(spNow(), listId);
  }

  public touch(listId: number): void {
    this.db.prepare('UPDATE lists SET modified = ? WHERE id = ?').run(spNow(), listId);
  }

  public itemCount(listId: number): number {
    return (this.db.prepare('SELECT item_count AS n FROM lists WHERE id = ?').get(listId) as { n: number }).n;
  }
}
