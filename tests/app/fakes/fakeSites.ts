import type { DirectoryPerson } from '../../../src/model';
import { AppError, isAppError } from '../../../src/services/errors';
import { parseSitesProperty } from '../../../src/data/sites/sitesProperty';
import type { SiteResult, SitesService, SitesSetting } from '../../../src/services/sites';
import type { AppServices } from '../../../src/services/types';

export const FAKE_HOME = 'https://contoso.sharepoint.com/sites/imaging';

/**
 * The department sites as a test arranges them: the tenant property's raw value (unset by
 * default, as on a site that has never had it) and the other sites' services, or the failure
 * a site answers with.
 */
export class FakeSites implements SitesService {
  public readonly homeUrl = FAKE_HOME;
  /** The property's Value as an administrator set it; undefined when not set. */
  public property: string | undefined;
  public readonly others = new Map<string, AppServices | AppError>();
  public settingReads = 0;

  public constructor(private readonly home: AppServices, private readonly me: () => DirectoryPerson) {}

  public async readSetting(): Promise<SitesSetting> {
    this.settingReads += 1;
    const { sites, notes } = parseSitesProperty(this.property, this.homeUrl);
    return { source: sites.length > 0 ? 'property' : 'absent', sites, notes, me: this.me() };
  }

  public servicesFor(siteUrl: string): AppServices {
    if (siteUrl.toLowerCase() === this.homeUrl.toLowerCase()) {
      return this.home;
    }
    const other = this.others.get(siteUrl);
    if (other === undefined || isAppError(other)) {
      throw other ?? new AppError('offline');
    }
    return other;
  }

  public async readEach<T>(siteUrls: readonly string[], read: (services: AppServices, siteUrl: string) => Promise<T>): Promise<SiteResult<T>[]> {
    return Promise.all(
      siteUrls.map(async (siteUrl): Promise<SiteResult<T>> => {
        try {
          return { siteUrl, ok: true, value: await read(this.servicesFor(siteUrl), siteUrl) };
        } catch (error) {
          const appError = isAppError(error) ? error : new AppError('unknown');
          const failure = appError.kind === 'forbidden' ? 'forbidden' : appError.kind === 'missingLists' || appError.kind === 'notFound' ? 'notSetUp' : 'unreachable';
          return { siteUrl, ok: false, failure, error: appError };
        }
      })
    );
  }
}
