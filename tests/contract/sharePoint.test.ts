/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import type { AccessLevel } from '../../src/services/types';
import { setSitesProperty } from '../../local/seed/seedDemo';
import { MEMBER, OTHER_SITES, OTHER_SITE_OPTIONS, OWNER, VISITOR, servicesAt, siteForThisFile } from '../data/helpers';
import { documentsContract } from './documentsContract';
import { frameworkStoreContract } from './frameworkStoreContract';
import { governanceContract } from './governanceContract';
import { overviewContract } from './overviewContract';
import { peopleContract, permissionsContract, setupContract } from './siteContracts';
import { sitesContract } from './sitesContract';
import { mappingRepositoryContract } from './mappingRepositoryContract';

const { stLukes: OTHER, noLists: NO_LISTS, closed: CLOSED } = OTHER_SITES;
const OTHER_TEAM = 'St Luke’s Hospital — Mammography';

const site = siteForThisFile({ setUp: true, sites: OTHER_SITE_OPTIONS });

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
    editorName: async () => (await site.services(MEMBER).people.currentUser()).displayName,
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

describe('the SitesService contract, run against the real service over HTTP (local SharePoint server, real PnPjs)', () => {
  beforeAll(async () => {
    const owner = servicesAt(site.server.siteUrlOf(OTHER), OWNER);
    await owner.setup.run(() => undefined);
    await owner.mappings.createMapping({ header: { team: OTHER_TEAM, completedBy: { people: [], otherNames: [] }, notes: '' } });
  });
  afterAll(() => setSitesProperty(site.server.appCatalogUrl, undefined));

  sitesContract(() => ({
    member: () => site.services(MEMBER).sites,
    memberName: async () => (await site.services(MEMBER).people.currentUser()).displayName,
    setProperty: (value) => setSitesProperty(site.server.appCatalogUrl, value),
    urls: {
      home: site.server.siteUrl,
      other: site.server.siteUrlOf(OTHER),
      noLists: site.server.siteUrlOf(NO_LISTS),
      closed: site.server.siteUrlOf(CLOSED),
      gone: site.server.siteUrlOf('/sites/gone')
    },
    otherTeam: OTHER_TEAM
  }));
});
