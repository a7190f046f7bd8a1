import type { DirectoryPerson } from '../../../src/model';
import { AppError, isAppError } from '../../../src/services/errors';
import { normaliseSiteUrl, parseSitesProperty } from '../../../src/data/sites/sitesProperty';
import type { SiteFailure, SiteResult, SitesService, SitesSetting } from '../../../src/services/sites';
import type { AppServices } from '../../../src/services/types';

export const FAKE_HOME = 'https://contoso.sharepoint.com/sites/imaging';

/** What every session sees alike: the tenant property and the other sites. */
interface FakeTenant {
  property: string | undefined;
  others: Map<string, AppServices | AppError>;
}

/** How a site's failure reads to the person, as the real service words it. */
function failureOf(error: AppError): SiteFailure {
  if (error.kind === 'forbidden' || error.kind === 'sessionExpired') {
    return 'forbidden';
  }
  return error.kind === 'missingLists' ? 'notSetUp' : 'unreachable';
}

/** A site's address as the real service compares them: normalised, in any case. */
function siteKey(siteUrl: string): string {
  return normaliseSiteUrl(new URL(siteUrl)).toLowerCase();
}

/**
 * The department sites as a test arranges them: the tenant property's raw value (unset by
 * default, as on a site that has never had it) and the other sites' services, or the failure
 * a site answers with (as SharePoint would: `forbidden` 403, `missingLists`, `notFound` 404);
 * a site not arranged cannot be reached. As the real service does, a session reads the setting
 * once; `session()` starts another on the same tenant.
 */
export class FakeSites implements SitesService {
  public readonly homeUrl = FAKE_HOME;
  public settingReads = 0;
  private setting: Promise<SitesSetting> | undefined;

  public constructor(
    private readonly home: AppServices,
    private readonly me: () => DirectoryPerson,
    private readonly tenant: FakeTenant = { property: undefined, others: new Map() }
  ) {}

  /** The property's Value as an administrator set it; undefined when not set. */
  public get property(): string | undefined {
    return this.tenant.property;
  }

  public set property(value: string | undefined) {
    this.tenant.property = value;
  }

  public get others(): Map<string, AppServices | AppError> {
    return this.tenant.others;
  }

  /** Another session of the same person on the same tenant (it reads the setting afresh). */
  public session(): FakeSites {
    return new FakeSites(this.home, this.me, this.tenant);
  }

  public async readSetting(): Promise<SitesSetting> {
    this.settingReads += 1;
    this.setting ??= Promise.resolve().then(() => {
      const { sites, notes } = parseSitesProperty(this.property, this.homeUrl);
      return { source: sites.length > 0 ? 'property' : 'absent', sites, notes, me: this.me() };
    });
    return this.setting;
  }

  public servicesFor(siteUrl: string): AppServices {
    const key = siteKey(siteUrl);
    if (key === siteKey(this.homeUrl)) {
      return this.home;
    }
    const other = [...this.others.entries()].find(([url]) => siteKey(url) === key)?.[1];
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
          return { siteUrl, ok: false, failure: failureOf(appError), error: appError };
        }
      })
    );
  }
}
