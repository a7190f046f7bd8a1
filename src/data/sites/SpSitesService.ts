import type { DirectoryPerson } from '../../model';
import { SITES_PROPERTY } from '../../services/sites';
import type { SiteFailure, SiteResult, SitesService, SitesSetting } from '../../services/sites';
import type { AppError } from '../../services/errors';
import type { AppServices } from '../../services/types';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import { withAppErrors } from '../toolkit/errors';
import { personFromUser } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { normaliseSiteUrl, parseSitesProperty } from './sitesProperty';

/** What GetStorageEntity answers: the entity, or `{"odata.null": true}` when the key is not set. */
interface StorageEntityReply {
  Value?: string | null;
  'odata.null'?: boolean;
}

/** How a site's failure reads to the person: they cannot open it, it has no lists yet, or it did not answer. */
function failureOf(error: AppError): SiteFailure {
  if (error.kind === 'forbidden' || error.kind === 'sessionExpired') {
    return 'forbidden';
  }
  if (error.kind === 'missingLists') {
    return 'notSetUp';
  }
  return 'unreachable';
}

/** The department sites, from the tenant property read on the site the app runs on. */
export class SpSitesService implements SitesService {
  public readonly homeUrl: string;
  private readonly context: DataContext;
  private readonly home: () => AppServices;
  private readonly create: (siteUrl: string) => AppServices;
  private readonly others = new Map<string, AppServices>();
  /** The setting, read once per session (the property changes rarely); a failed read is tried again. */
  private setting: Promise<SitesSetting> | undefined;

  /**
   * @param context - The data context of the site the app runs on.
   * @param homeUrl - That site's absolute URL.
   * @param home - Its services.
   * @param create - Builds the services of another site (same person, same PnPjs behaviours).
   */
  public constructor(context: DataContext, homeUrl: string, home: () => AppServices, create: (siteUrl: string) => AppServices) {
    this.context = context;
    this.homeUrl = normaliseSiteUrl(new URL(homeUrl));
    this.home = home;
    this.create = create;
  }

  /**
   * `GetStorageEntity('ImagingDutyMappingSites')` and the signed-in person in one $batch on the
   * site the app runs on (SharePoint finds the tenant app catalog itself).
   *
   * @returns The usable sites, notes on what was left out, and who is signed in.
   */
  public async readSetting(): Promise<SitesSetting> {
    this.setting ??= this.read().catch((error: unknown) => {
      this.setting = undefined;
      throw error;
    });
    return this.setting;
  }

  private async read(): Promise<SitesSetting> {
    return withAppErrors(async () => {
      const [entity, user] = await inBatch(this.context.sp, (web) =>
        Promise.all([settle(web.getStorageEntity(SITES_PROPERTY) as Promise<StorageEntityReply>), settle(web.currentUser.select('Id', 'LoginName', 'Title', 'Email')())])
      );
      const settled = [user, entity] as const;
      throwFirstFailure(settled);
      const me: DirectoryPerson = personFromUser(settled[0].value);
      this.context.currentUser ??= me;
      const reply = settled[1].value;
      const value = reply['odata.null'] === true ? undefined : reply.Value;
      const { sites, notes } = parseSitesProperty(value, this.homeUrl);
      return { source: sites.length > 0 ? 'property' : 'absent', sites, notes, me };
    }, 'readSetting');
  }

  public servicesFor(siteUrl: string): AppServices {
    const key = normaliseSiteUrl(new URL(siteUrl)).toLowerCase();
    if (key === this.homeUrl.toLowerCase()) {
      return this.home();
    }
    let services = this.others.get(key);
    if (services === undefined) {
      services = this.create(siteUrl);
      this.others.set(key, services);
    }
    return services;
  }

  public async readEach<T>(siteUrls: readonly string[], read: (services: AppServices, siteUrl: string) => Promise<T>): Promise<SiteResult<T>[]> {
    return Promise.all(
      siteUrls.map(async (siteUrl): Promise<SiteResult<T>> => {
        try {
          const value = await withAppErrors(() => read(this.servicesFor(siteUrl), siteUrl), 'readEach');
          return { siteUrl, ok: true, value };
        } catch (error) {
          const appError = error as AppError;
          return { siteUrl, ok: false, failure: failureOf(appError), error: appError };
        }
      })
    );
  }
}
