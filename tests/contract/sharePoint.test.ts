/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import type { AccessLevel } from '../../src/services/types';
import { MEMBER, OWNER, VISITOR, siteForThisFile } from '../data/helpers';
import { documentsContract } from './documentsContract';
import { frameworkStoreContract } from './frameworkStoreContract';
import { governanceContract } from './governanceContract';
import { overviewContract } from './overviewContract';
import { peopleContract, permissionsContract, setupContract } from './siteContracts';
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

describe('the MappingDocumentService contract, run against the real service over HTTP (local SharePoint server, real PnPjs)', () => {
  documentsContract(() => ({
    member: () => site.services(MEMBER),
    memberName: async () => (await site.services(MEMBER).people.currentUser()).displayName
  }));
});

describe('the OverviewService contract, run against the real service over HTTP (local SharePoint server, real PnPjs)', () => {
  overviewContract(() => ({
    editor: () => site.services(MEMBER).mappings,
    overview: () => site.services(OWNER).overview,
    framework: () => site.services(OWNER).frameworks.getCurrent()
  }));
});

describe('the PeopleService contract, run against the real service over HTTP (local SharePoint server, real PnPjs)', () => {
  peopleContract(() => ({ people: () => site.services(MEMBER).people, someoneElse: { displayName: 'Priya Patel', login: 'i:0#.f|membership|priya.patel@imaging.local' } }));
});

describe('the PermissionService contract, run against the real service over HTTP (local SharePoint server, real PnPjs)', () => {
  const users: Record<AccessLevel, string> = { setUp: OWNER, edit: MEMBER, read: VISITOR };
  permissionsContract(() => ({ as: (access) => site.services(users[access]).permissions }));
});

describe('the SiteSetupService contract, run against the real service over HTTP (local SharePoint server, real PnPjs)', () => {
  setupContract(() => ({ owner: () => site.services(OWNER).setup }));
});
