/**
 * Tenant properties ("storage entities"). SharePoint Online keeps them in the tenant app catalog
 * web's property bag, as one JSON object under `storageentitiesindex` mapping each key to
 * `{ Value, Description, Comment }` (sp-dev-docs, docs/spfx/tenant-properties.md, "List tenant
 * properties"); this store keeps the same object in the site's meta table.
 */
import { Db, stmt } from './db';

export interface StorageEntity {
  Value: string | null;
  Description: string | null;
  Comment: string | null;
}

const INDEX_KEY = 'storageentitiesindex';

export class StorageEntityStore {
  public constructor(private readonly db: Db) {}

  /** Every entity by key, as the property bag's `storageentitiesindex` holds them. */
  public all(): Record<string, StorageEntity> {
    const row = stmt(this.db, 'SELECT value FROM meta WHERE key = ?').get(INDEX_KEY) as { value: string } | undefined;
    if (row === undefined) {
      return {};
    }
    try {
      return JSON.parse(row.value) as Record<string, StorageEntity>;
    } catch {
      return {};
    }
  }

  /** The entity with this key (keys match exactly, as property bag keys do), or undefined. */
  public get(key: string): StorageEntity | undefined {
    return Object.prototype.hasOwnProperty.call(this.all(), key) ? this.all()[key] : undefined;
  }

  public set(key: string, entity: StorageEntity): void {
    this.write({ ...this.all(), [key]: entity });
  }

  public remove(key: string): void {
    const next = this.all();
    delete next[key];
    this.write(next);
  }

  private write(index: Record<string, StorageEntity>): void {
    stmt(this.db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(INDEX_KEY, JSON.stringify(index));
  }
}
