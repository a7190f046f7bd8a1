import { FakeServices, ME } from '../app/fakes/FakeServices';
import { documentsContract } from './documentsContract';
import { frameworkStoreContract } from './frameworkStoreContract';
import { governanceContract } from './governanceContract';
import { overviewContract } from './overviewContract';
import { peopleContract, permissionsContract, setupContract } from './siteContracts';
import { mappingRepositoryContract } from './mappingRepositoryContract';

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
