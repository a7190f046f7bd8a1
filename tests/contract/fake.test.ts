import { AppError } from '../../src/services/errors';
import { FakeServices, ME } from '../app/fakes/FakeServices';
import { FAKE_HOME } from '../app/fakes/fakeSites';
import { documentsContract } from './documentsContract';
import { frameworkStoreContract } from './frameworkStoreContract';
import { governanceContract } from './governanceContract';
import { overviewContract } from './overviewContract';
import { peopleContract, permissionsContract, setupContract } from './siteContracts';
import { mappingRepositoryContract } from './mappingRepositoryContract';
import { sitesContract } from './sitesContract';

describe('the MappingRepository contract, run against the UI tests\u2019 in-memory fake', () => {
  mappingRepositoryContract(() => {
    const fake = new FakeServices();
    return {
      editor: () => fake.mappingsAs('edit'),
      reader: () => fake.mappingsAs('read'),
      framework: () => Promise.resolve(fake.framework),
      failNextCountsUpdate: () => {
        fake.failCountsUpdate('throttled');
        return Promise.resolve();
      }
    };
  });
});

describe('the GovernanceService contract, run against the UI tests\u2019 in-memory fake', () => {
  governanceContract(() => {
    const fake = new FakeServices();
    fake.canSignOffValue = true;
    return {
      editor: () => fake.mappingsAs('edit'),
      editorName: () => Promise.resolve(ME.displayName),
      signer: () => fake.governance,
      signerName: () => Promise.resolve(ME.displayName),
      framework: () => Promise.resolve(fake.framework)
    };
  });
});

describe('the FrameworkStore contract, run against the UI tests\u2019 in-memory fake', () => {
  frameworkStoreContract(() => {
    const fake = new FakeServices();
    return { owner: () => fake.frameworks };
  });
});

describe('the MappingDocumentService contract, run against the UI tests\u2019 in-memory fake', () => {
  documentsContract(() => {
    const fake = new FakeServices();
    return { member: () => ({ documents: fake.documents, mappings: fake.mappingsAs('edit') }), memberName: () => Promise.resolve(ME.displayName) };
  });
});

describe('the OverviewService contract, run against the UI tests\u2019 in-memory fake', () => {
  overviewContract(() => {
    const fake = new FakeServices();
    return { editor: () => fake.mappingsAs('edit'), overview: () => fake.overview, framework: () => Promise.resolve(fake.framework) };
  });
});

describe('the PeopleService contract, run against the UI tests\u2019 in-memory fake', () => {
  peopleContract(() => {
    const fake = new FakeServices();
    return { people: () => fake.people, someoneElse: fake.directory[1] };
  });
});

describe('the PermissionService contract, run against the UI tests\u2019 in-memory fake', () => {
  permissionsContract(() => ({
    as: (access) => {
      const fake = new FakeServices();
      fake.access = access;
      return fake.permissions;
    }
  }));
});

describe('the SiteSetupService contract, run against the UI tests\u2019 in-memory fake', () => {
  setupContract(() => {
    const fake = new FakeServices();
    return { owner: () => fake.setup };
  });
});

describe('the SitesService contract, run against the UI tests\u2019 in-memory fake', () => {
  const OTHER_TEAM = 'St Luke’s Hospital — Mammography';
  sitesContract(() => {
    const home = new FakeServices();
    const other = new FakeServices();
    other.addMapping({ team: OTHER_TEAM });
    const urls = {
      home: FAKE_HOME,
      other: 'https://contoso.sharepoint.com/sites/stlukes',
      noLists: 'https://contoso.sharepoint.com/sites/newdivision',
      closed: 'https://contoso.sharepoint.com/sites/executive',
      gone: 'https://contoso.sharepoint.com/sites/gone'
    };
    home.sites.others.set(urls.other, other);
    home.sites.others.set(urls.noLists, new AppError('missingLists'));
    home.sites.others.set(urls.closed, new AppError('forbidden', { status: 403 }));
    home.sites.others.set(urls.gone, new AppError('notFound', { status: 404 }));
    return {
      member: () => home.sites.session(),
      memberName: () => Promise.resolve(ME.displayName),
      setProperty: (value) => {
        home.sites.property = value === undefined || typeof value === 'string' ? value : JSON.stringify(value);
        return Promise.resolve();
      },
      urls,
      otherTeam: OTHER_TEAM
    };
  });
});
