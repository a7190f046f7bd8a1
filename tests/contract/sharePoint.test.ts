/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { MEMBER, OWNER, VISITOR, siteForThisFile } from '../data/helpers';
import { frameworkStoreContract } from './frameworkStoreContract';
import { governanceContract } from './governanceContract';
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

describe('the GovernanceService contract, run against the real service over HTTP (local SharePoint server, real PnPjs)', () => {
  governanceContract(() => ({
    editor: () => site.services(MEMBER).mappings,
    signer: () => site.services(OWNER).governance,
    signerName: async () => (await site.services(OWNER).people.currentUser()).displayName,
    framework: () => site.services(OWNER).frameworks.getCurrent()
  }));
});

describe('the FrameworkStore contract, run against the real store over HTTP (local SharePoint server, real PnPjs)', () => {
  frameworkStoreContract(() => ({ owner: () => site.services(OWNER).frameworks }));
});
