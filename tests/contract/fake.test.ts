import { FakeServices } from '../app/fakes/FakeServices';
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
