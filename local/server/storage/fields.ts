/** Fields (columns) of lists, built-in ones included, and their SQLite indexes. */
import { randomUUID } from 'crypto';
import { JsonObject } from '../json';
import { Db } from './db';
import { FIELD_KINDS } from './fieldTypes';
import { createFieldIndex, dropFieldIndex } from './indexes';
import { FieldRecord } from './types';

interface FieldRow {
  list_id: number;
  internal_name: string;
  guid: string;
  title: string;
  kind: number;
  props: string;
  builtin: number;
  indexed: number;
  position: number;
}

function toRecord(row: FieldRow): FieldRecord {
  return {
    listId: row.list_id,
    internalName: row.internal_name,
    guid: row.guid,
    title: row.title,
    kind: row.kind,
    valueType: FIELD_KINDS[row.kind].valueType,
    props: JSON.parse(row.props) as JsonObject,
    builtin: row.builtin === 1,
    indexed: row.indexed === 1,
    position: row.position
  };
}

export class FieldStore {
  public constructor(private readonly db: Db) {}

  /**
   * Not cached: it is one indexed read per request, and no cache means nothing to go stale when a
   * $batch part rolls back or another process shares the data folder.
   */
  public forList(listId: number): FieldRecord[] {
    const rows = this.db.prepare('SELECT * FROM fields WHERE list_id = ? ORDER BY position').all(listId) as FieldRow[];
    return rows.map(toRecord);
  }

  /** getByInternalNameOrTitle: internal name first, then display title, both case-insensitive. */
  public byNameOrTitle(listId: number, name: string): FieldRecord | undefined {
    const lower = name.toLowerCase();
    const fields = this.forList(listId);
    return fields.find((f) => f.internalName.toLowerCase() === lower) ?? fields.find((f) => f.title.toLowerCase() === lower);
  }

  public byGuid(listId: number, guid: string): FieldRecord | undefined {
    return this.forList(listId).find((f) => f.guid.toLowerCase() === guid.toLowerCase());
  }

  public create(listId: number, internalName: string, title: string, kind: number, props: JsonObject): FieldRecord {
    const position = this.forList(listId).length;
    this.db
      .prepare('INSERT INTO fields (list_id, internal_name, guid, title, kind, props, builtin, indexed, position) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)')
      .run(listId, internalName, randomUUID(), title, kind, JSON.stringify(props), position);
    const created = this.byNameOrTitle(listId, internalName);
    if (created === undefined) {
      throw new Error('field vanished after insert');
    }
    return created;
  }

  public update(field: FieldRecord, title: string, props: JsonObject): void {
    this.db
      .prepare('UPDATE fields SET title = ?, props = ? WHERE list_id = ? AND internal_name = ?')
      .run(title, JSON.stringify(props), field.listId, field.internalName);
  }

  public setIndexed(field: FieldRecord, indexed: boolean): void {
    if (indexed) {
      createFieldIndex(this.db, field);
    } else {
      dropFieldIndex(this.db, field);
    }
    this.db.prepare('UPDATE fields SET indexed = ? WHERE list_id = ? AND internal_name = ?').run(indexed ? 1 : 0, field.listId, field.internalName);
  }

  public delete(field: FieldRecord): void {
    dropFieldIndex(this.db, field);
    this.db.prepare('DELETE FROM fields WHERE list_id = ? AND internal_name = ?').run(field.listId, field.internalName);
  }

  /** Drops the SQLite indexes of a list about to be deleted. */
  public dropIndexes(listId: number): void {
    for (const field of this.forList(listId)) {
      dropFieldIndex(this.db, field);
    }
  }
}
