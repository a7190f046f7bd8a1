/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { MEMBER, OWNER, VISITOR, siteForThisFile } from '../data/helpers';
import { mappingRepositoryContract } from './mappingRepositoryContract';

const site = siteForThisFile({ setUp: true });

describe('the MappingRepository contract, run against the real repository over HTTP (local SharePoint server, real PnPjs)', () => {
  mappingRepositoryContract(() => ({
    editor: () => site.services(MEMBER).mappings,
    reader: () => site.services(VISITOR).mappings,
    framework: () => site.services(OWNER).frameworks.getCurrent(),
    // The mapping item's own MERGE (the counts update), throttled past PnPjs's three tries.
    failNextCountsUpdate: (mappingId) => site.fault({ status: 503, retryAfter: 0, times: 3, pathContains: `getByTitle('Duty Mappings')/items(${mappingId})` })
  }));
});
