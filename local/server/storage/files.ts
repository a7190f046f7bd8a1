/**
 * Folders and files of document libraries. Paths are server-relative (`/sites/imaging/Lib/a.docx`)
 * and compared case-insensitively, as SharePoint compares URLs. Each file and non-root folder is
 * also a list item (the `items` row with the same id) holding its metadata columns.
 */
import { randomUUID } from 'crypto';
import { spNow } from '../json';
import { Db, stmt } from './db';

export const FILES_SCHEMA = `
CREATE TABLE IF NOT EXISTS folders (
  path TEXT PRIMARY KEY COLLATE NOCASE,
  parent TEXT COLLATE NOCASE,
  list_id INTEGER NOT NULL,
  item_id INTEGER,
  unique_id TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS folders_by_parent ON folders(parent);
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY COLLATE NOCASE,
  folder TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL,
  list_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  unique_id TEXT NOT NULL,
  content BLOB NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  major INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS files_by_folder ON files(folder);
CREATE INDEX IF NOT EXISTS files_by_item ON files(list_id, item_id);
CREATE TABLE IF NOT EXISTS file_versions (
  list_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  major INTEGER NOT NULL,
  content BLOB NOT NULL,
  created TEXT NOT NULL,
  editor_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, item_id, major)
) WITHOUT ROWID;
`;

export interface FolderRecord {
  path: string;
  /** Undefined for a library's root folder. */
  parent?: string;
  listId: number;
  /** The folder's list item; undefined for a root folder. */
  itemId?: number;
  uniqueId: string;
  created: string;
  modified: string;
}

export interface FileRecord {
  path: string;
  folder: string;
  name: string;
  listId: number;
  itemId: number;
  uniqueId: string;
  length: number;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  major: number;
}

/** An earlier version of a file, as a library with versioning keeps it (`_vti_history`). */
export interface FileVersionRecord {
  listId: number;
  itemId: number;
  /** 1, 2, 3… (VersionLabel `n.0`, ID `n * 512`). */
  major: number;
  length: number;
  /** When this version was saved (the file's modified time then). */
  created: string;
  /** Who saved this version. */
  editorId: number;
}

/** Whether a library keeps versions and how many major versions (the current one included). */
export interface VersionPolicy {
  on: boolean;
  limit: number;
}

interface FolderRow {
  path: string;
  parent: string | null;
  list_id: number;
  item_id: number | null;
  unique_id: string;
  created: string;
  modified: string;
}

interface FileRow {
  path: string;
  folder: string;
  name: string;
  list_id: number;
  item_id: number;
  unique_id: string;
  length: number;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
  major: number;
}

function toFolder(row: FolderRow): FolderRecord {
  return {
    path: row.path,
    parent: row.parent ?? undefined,
    listId: row.list_id,
    itemId: row.item_id ?? undefined,
    uniqueId: row.unique_id,
    created: row.created,
    modified: row.modified
  };
}

function toFile(row: FileRow): FileRecord {
  return {
    path: row.path,
    folder: row.folder,
    name: row.name,
    listId: row.list_id,
    itemId: row.item_id,
    uniqueId: row.unique_id,
    length: row.length,
    created: row.created,
    modified: row.modified,
    authorId: row.author_id,
    editorId: row.editor_id,
    major: row.major
  };
}

const FILE_COLUMNS = 'path, folder, name, list_id, item_id, unique_id, length(content) AS length, created, modified, author_id, editor_id, major';

export class FileStore {
  public constructor(private readonly db: Db) {
    db.exec(FILES_SCHEMA);
  }

  public folder(path: string): FolderRecord | undefined {
    const row = stmt(this.db, 'SELECT * FROM folders WHERE path = ?').get(path) as FolderRow | undefined;
    return row === undefined ? undefined : toFolder(row);
  }

  public rootOf(listId: number): FolderRecord | undefined {
    const row = stmt(this.db, 'SELECT * FROM folders WHERE list_id = ? AND parent IS NULL').get(listId) as FolderRow | undefined;
    return row === undefined ? undefined : toFolder(row);
  }

  public folderByItem(listId: number, itemId: number): FolderRecord | undefined {
    const row = stmt(this.db, 'SELECT * FROM folders WHERE list_id = ? AND item_id = ?').get(listId, itemId) as FolderRow | undefined;
    return row === undefined ? undefined : toFolder(row);
  }

  public subfolders(path: string): FolderRecord[] {
    return (stmt(this.db, 'SELECT * FROM folders WHERE parent = ? ORDER BY path').all(path) as FolderRow[]).map(toFolder);
  }

  public addFolder(path: string, parent: string | undefined, listId: number, itemId: number | undefined): FolderRecord {
    const now = spNow();
    this.db
      .prepare('INSERT INTO folders (path, parent, list_id, item_id, unique_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(path, parent ?? null, listId, itemId ?? null, randomUUID(), now, now);
    return this.folder(path) as FolderRecord;
  }

  public file(path: string): FileRecord | undefined {
    const row = stmt(this.db, `SELECT ${FILE_COLUMNS} FROM files WHERE path = ?`).get(path) as FileRow | undefined;
    return row === undefined ? undefined : toFile(row);
  }

  public fileByItem(listId: number, itemId: number): FileRecord | undefined {
    const row = stmt(this.db, `SELECT ${FILE_COLUMNS} FROM files WHERE list_id = ? AND item_id = ?`).get(listId, itemId) as FileRow | undefined;
    return row === undefined ? undefined : toFile(row);
  }

  public filesIn(folder: string): FileRecord[] {
    return (stmt(this.db, `SELECT ${FILE_COLUMNS} FROM files WHERE folder = ? ORDER BY name`).all(folder) as FileRow[]).map(toFile);
  }

  public countIn(folder: string): number {
    const files = (stmt(this.db, 'SELECT count(*) AS n FROM files WHERE folder = ?').get(folder) as { n: number }).n;
    const folders = (stmt(this.db, 'SELECT count(*) AS n FROM folders WHERE parent = ?').get(folder) as { n: number }).n;
    return files + folders;
  }

  public content(path: string): Buffer | undefined {
    const row = stmt(this.db, 'SELECT content FROM files WHERE path = ?').get(path) as { content: Buffer } | undefined;
    return row?.content;
  }

  public addFile(file: { path: string; folder: string; name: string; listId: number; itemId: number; authorId: number }, content: Buffer): FileRecord {
    const now = spNow();
    this.db
      .prepare(
        'INSERT INTO files (path, folder, name, list_id, item_id, unique_id, content, created, modified, author_id, editor_id, major) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)'
      )
      .run(file.path, file.folder, file.name, file.listId, file.itemId, randomUUID(), content, now, now, file.authorId, file.authorId);
    return this.file(file.path) as FileRecord;
  }

  /**
   * A new version of an existing file: new content, or (`content` undefined) the same content
   * after a change to its columns. With versioning on the current version is kept in the file's
   * history and the major version goes up, trimmed to the library's limit; with it off the file
   * is changed in place and stays at its version, as SharePoint does.
   */
  public saveVersion(path: string, content: Buffer | undefined, editorId: number, policy: VersionPolicy): FileRecord {
    const current = this.file(path);
    if (current === undefined) {
      throw new Error(`No file at ${path}`);
    }
    const now = spNow();
    if (policy.on) {
      this.db
        .prepare(
          'INSERT OR REPLACE INTO file_versions (list_id, item_id, major, content, created, editor_id) SELECT list_id, item_id, major, content, modified, editor_id FROM files WHERE path = ?'
        )
        .run(path);
      stmt(this.db, 'UPDATE files SET content = coalesce(?, content), modified = ?, editor_id = ?, major = major + 1 WHERE path = ?').run(content ?? null, now, editorId, path);
      // The limit counts the current version too.
      stmt(this.db, 'DELETE FROM file_versions WHERE list_id = ? AND item_id = ? AND major <= ?').run(current.listId, current.itemId, current.major + 1 - policy.limit);
    } else {
      stmt(this.db, 'UPDATE files SET content = coalesce(?, content), modified = ?, editor_id = ? WHERE path = ?').run(content ?? null, now, editorId, path);
    }
    return this.file(path) as FileRecord;
  }

  /** The file's earlier versions, oldest first (the current version is not among them). */
  public versions(file: FileRecord): FileVersionRecord[] {
    const rows = stmt(
      this.db,
      'SELECT list_id, item_id, major, length(content) AS length, created, editor_id FROM file_versions WHERE list_id = ? AND item_id = ? ORDER BY major'
    ).all(file.listId, file.itemId) as Array<{ list_id: number; item_id: number; major: number; length: number; created: string; editor_id: number }>;
    return rows.map((row) => ({ listId: row.list_id, itemId: row.item_id, major: row.major, length: row.length, created: row.created, editorId: row.editor_id }));
  }

  public versionContent(file: FileRecord, major: number): Buffer | undefined {
    const row = stmt(this.db, 'SELECT content FROM file_versions WHERE list_id = ? AND item_id = ? AND major = ?').get(file.listId, file.itemId, major) as
      | { content: Buffer }
      | undefined;
    return row?.content;
  }

  /** Removes one earlier version; false when there is no such version. */
  public deleteVersion(file: FileRecord, major: number): boolean {
    return stmt(this.db, 'DELETE FROM file_versions WHERE list_id = ? AND item_id = ? AND major = ?').run(file.listId, file.itemId, major).changes > 0;
  }

  public deleteFile(path: string): void {
    const file = this.file(path);
    if (file !== undefined) {
      stmt(this.db, 'DELETE FROM file_versions WHERE list_id = ? AND item_id = ?').run(file.listId, file.itemId);
    }
    stmt(this.db, 'DELETE FROM files WHERE path = ?').run(path);
  }

  /** Removes whatever file or folder the list item stands for (the item itself is the caller's). */
  public removeItem(listId: number, itemId: number): void {
    stmt(this.db, 'DELETE FROM file_versions WHERE list_id = ? AND item_id = ?').run(listId, itemId);
    stmt(this.db, 'DELETE FROM files WHERE list_id = ? AND item_id = ?').run(listId, itemId);
    stmt(this.db, 'DELETE FROM folders WHERE list_id = ? AND item_id = ?').run(listId, itemId);
  }

  public dropList(listId: number): void {
    stmt(this.db, 'DELETE FROM file_versions WHERE list_id = ?').run(listId);
    stmt(this.db, 'DELETE FROM files WHERE list_id = ?').run(listId);
    stmt(this.db, 'DELETE FROM folders WHERE list_id = ?').run(listId);
  }
}
