/**
 * List views: a title, SharePoint's view properties (ViewQuery, RowLimit, …) and the ordered
 * column names. Kept in their own table (created here) so the rest of the storage is untouched.
 * A generic list starts with one view, "All Items", as in SharePoint; it is stored the first time
 * anyone looks at the list's views.
 */
import { randomUUID } from 'crypto';
import { JsonObject } from '../json';
import { Db } from './db';

export interface ViewRecord {
  listId: number;
  guid: string;
  title: string;
  props: JsonObject;
  fields: string[];
  position: number;
}

interface ViewRow {
  list_id: number;
  guid: string;
  title: string;
  props: string;
  fields: string;
  position: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS views (
  list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  title TEXT NOT NULL COLLATE NOCASE,
  props TEXT NOT NULL,
  fields TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (list_id, guid)
);
`;

/** The view SharePoint gives every new generic list. */
const DEFAULT_VIEW = { title: 'All Items', props: { DefaultView: true, RowLimit: 30, Paged: true, ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>' }, fields: ['LinkTitle'] };

function toRecord(row: ViewRow): ViewRecord {
  return {
    listId: row.list_id,
    guid: row.guid,
    title: row.title,
    props: JSON.parse(row.props) as JsonObject,
    fields: JSON.parse(row.fields) as string[],
    position: row.position
  };
}

export class ViewStore {
  public constructor(private readonly db: Db) {
    db.exec(SCHEMA);
  }

  /** The list's views in creation order, "All Items" first. */
  public forList(listId: number): ViewRecord[] {
    const read = (): ViewRow[] => this.db.prepare('SELECT * FROM views WHERE list_id = ? ORDER BY position').all(listId) as ViewRow[];
    let rows = read();
    if (rows.length === 0) {
      this.insert(listId, DEFAULT_VIEW.title, DEFAULT_VIEW.props, DEFAULT_VIEW.fields, 0);
      rows = read();
    }
    return rows.map(toRecord);
  }

  /** Case-insensitive, as SharePoint's views/getByTitle. */
  public byTitle(listId: number, title: string): ViewRecord | undefined {
    return this.forList(listId).find((v) => v.title.toLowerCase() === title.toLowerCase());
  }

  public byGuid(listId: number, guid: string): ViewRecord | undefined {
    return this.forList(listId).find((v) => v.guid.toLowerCase() === guid.toLowerCase());
  }

  public create(listId: number, title: string, props: JsonObject): ViewRecord {
    const position = this.forList(listId).length;
    this.insert(listId, title, props, ['LinkTitle'], position);
    return this.byTitle(listId, title) as ViewRecord;
  }

  public update(view: ViewRecord, title: string, props: JsonObject, fields: string[]): void {
    this.db
      .prepare('UPDATE views SET title = ?, props = ?, fields = ? WHERE list_id = ? AND guid = ?')
      .run(title, JSON.stringify(props), JSON.stringify(fields), view.listId, view.guid);
  }

  public delete(view: ViewRecord): void {
    this.db.prepare('DELETE FROM views WHERE list_id = ? AND guid = ?').run(view.listId, view.guid);
  }

  private insert(listId: number, title: string, props: JsonObject, fields: string[], position: number): void {
    this.db
      .prepare('INSERT INTO views (list_id, guid, title, props, fields, position) VALUES (?, ?, ?, ?, ?, ?)')
      .run(listId, randomUUID(), title, JSON.stringify(props), JSON.stringify(fields), position);
  }
}
