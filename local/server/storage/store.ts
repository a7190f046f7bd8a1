/** The storage facade routes use: lists, fields, items, site metadata and transactions. */
import { randomBytes, randomUUID } from 'crypto';
import { spNow } from '../json';
import { SITE_TITLE, userById } from '../users';
import { Db, metaValue, openDatabase } from './db';
import { FieldStore } from './fields';
import { ItemStore } from './items';
import { ListStore } from './lists';
import { SecurityStore } from './security';
import type { SiteRoleOf } from './security';
import { StorageEntityStore } from './storageEntities';
import { FileStore } from './files';
import { ViewStore } from './views';
import { SiteTimeZone, siteTimeZone } from '../timeZones';

export interface SiteMeta {
  /** The web's title; its default groups are named after it ("Imaging Owners"). */
  title: string;
  webId: string;
  siteId: string;
  created: string;
  /** Secret for form digests (see digest.ts). */
  digestSecret: string;
  /** The site's regional time zone (the server's `timeZone` option; UK time by default). */
  timeZone: SiteTimeZone;
}

/** What makes one site collection differ from another on the same server. */
export interface StoreOptions {
  /** The web's title (default "Imaging"). */
  title?: string;
  /** Who plays which part on this site (default: each user's role in users.ts). */
  roleOf?: SiteRoleOf;
}

export class Store {
  public readonly lists: ListStore;
  public readonly fields: FieldStore;
  public readonly items: ItemStore;
  public readonly views: ViewStore;
  public readonly security: SecurityStore;
  public readonly files: FileStore;
  /** Tenant properties: kept by the tenant app catalog site, read from every site. */
  public readonly storageEntities: StorageEntityStore;
  public readonly site: SiteMeta;

  private constructor(private readonly db: Db, options: StoreOptions) {
    const title = options.title ?? SITE_TITLE;
    this.lists = new ListStore(db);
    this.fields = new FieldStore(db);
    this.items = new ItemStore(db);
    this.views = new ViewStore(db);
    this.security = new SecurityStore(db, title, options.roleOf);
    this.storageEntities = new StorageEntityStore(db);
    this.files = new FileStore(db);
    this.site = {
      title,
      webId: metaValue(db, 'webId', () => randomUUID()),
      siteId: metaValue(db, 'siteId', () => randomUUID()),
      created: metaValue(db, 'created', () => spNow()),
      digestSecret: metaValue(db, 'digestSecret', () => randomBytes(32).toString('hex')),
      timeZone: siteTimeZone()
    };
    // Lets $filter reach person properties (`Author/Title eq '…'`) of the fixed user directory.
    db.function('sp_user', { deterministic: true }, (id: unknown, prop: unknown) => {
      const user = typeof id === 'number' ? userById(id) : undefined;
      if (user === undefined) {
        return null;
      }
      switch (prop) {
        case 'Title':
          return user.name;
        case 'EMail':
          return user.email;
        case 'Name':
          return user.login;
        default:
          return user.id;
      }
    });
  }

  public static open(dataDir: string, options: StoreOptions = {}): Store {
    return new Store(openDatabase(dataDir), options);
  }

  /**
   * Runs `fn` in a transaction (a savepoint when nested, so one failed $batch part rolls back only
   * itself). It commits before returning, so callers reply only once the write is durable.
   */
  public tx<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  public close(): void {
    this.db.close();
  }
}
