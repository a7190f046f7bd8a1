import { FakeServices, ME } from '../app/fakes/FakeServices';
import { frameworkStoreContract } from './frameworkStoreContract';
import { governanceContract } from './governanceContract';
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
