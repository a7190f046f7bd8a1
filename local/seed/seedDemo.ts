/**
 * Demo data for `npm start`: sets up the local site's lists and adds two
 * teams' mappings, all through the app's own data layer (set-up service and
 * repositories over PnPjs), as the site owner would in SharePoint.
 */
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import type { DirectoryPerson } from '../../src/model';
import type { AppServices, EntryChange } from '../../src/services/types';
import { CT_ANSWERS, CT_TEAM, GENERAL_XRAY_ANSWERS, GENERAL_XRAY_TEAM } from './demoContent';
import type { DemoAnswer } from './demoContent';
import { EMAILS, USERS, claimsLogin } from '../server/users';
import { demoDate } from './demoDates';
import { DEPARTMENT, demoEntries } from './demoDepartment';
import type { DepartmentTeam } from './demoDepartment';

/** The local server's site owner. */
const OWNER = EMAILS.owner;

interface DemoMapping {
  team: string;
  people: string[];
  otherNames: string[];
  dateCompleted?: string;
  notes: string;
  areaComments: Record<string, string>;
  answers: Readonly<Record<string, DemoAnswer>>;
}

const DEMO_MAPPINGS: readonly DemoMapping[] = [
  {
    team: GENERAL_XRAY_TEAM,
    people: [EMAILS.member, EMAILS.secondMember],
    otherNames: ['Jo Hartley (bank assistant practitioner)'],
    notes: 'First pass at the team meeting on 12 June; the fluoroscopy and referral duties are to be mapped with the reporting radiographers next month.',
    areaComments: {
      'clean-safe': 'QA is the main opportunity for this team: APs already do most of the daily checks.',
      'communicate': 'LMP checks depend on the IR(ME)R procedures review.'
    },
    answers: GENERAL_XRAY_ANSWERS
  },
  {
    team: CT_TEAM,
    people: [EMAILS.superintendent],
    otherNames: [],
    dateCompleted: '2026-05-20',
    notes: 'Started with the two CT assistant practitioners; to be finished after the contrast pathway review.',
    areaComments: {},
    answers: CT_ANSWERS
  }
];

async function person(services: AppServices, email: string): Promise<DirectoryPerson> {
  const [found] = await services.people.search(email);
  if (!found) {
    throw new Error(`The demo needs ${email} on the local site.`);
  }
  return found;
}

/** An answer with its action's due date moved to today's demo (see demoDates.ts). */
function withDemoDates(answer: DemoAnswer): DemoAnswer {
  return answer.action?.dueDate ? { ...answer, action: { ...answer.action, dueDate: demoDate(answer.action.dueDate) } } : answer;
}

async function addMapping(services: AppServices, demo: DemoMapping): Promise<void> {
  const people = await Promise.all(demo.people.map((email) => person(services, email)));
  const id = await services.mappings.createMapping({
    header: { team: demo.team, completedBy: { people, otherNames: demo.otherNames }, dateCompleted: demo.dateCompleted && demoDate(demo.dateCompleted), notes: demo.notes }
  });
  const opened = await services.mappings.openMapping(id);
  const entries: EntryChange[] = opened.mapping.entries
    .filter((entry) => demo.answers[entry.dutyId] !== undefined)
    .map((entry) => ({ entry: { ...entry, ...withDemoDates(demo.answers[entry.dutyId]) }, etag: opened.entryEtags[entry.dutyId] }));
  const header = Object.keys(demo.areaComments).length > 0 ? { header: opened.mapping.header, areaComments: demo.areaComments, etag: opened.headerEtag } : undefined;
  const outcome = await services.mappings.saveChanges(id, { entries, header });
  if (outcome.conflicts.length > 0) {
    throw new Error(`Someone changed the demo mapping "${demo.team}" while it was being seeded.`);
  }
}

/** What to seed besides the two teams every demo site has. */
export interface DemoOptions {
  /** The wider department (demoDepartment.ts): `npm start` and the overview's journeys. */
  department?: boolean;
}

/** The Royal Infirmary's teams stay on the first site; St Luke's Hospital's go to its own. */
const ST_LUKES = /^St Luke’s Hospital/;

/**
 * Sets up the site and adds the demo mappings, unless the site already has
 * mappings (so restarting `npm start` keeps whatever was changed in the demo).
 * The two original teams come first, so their ids stay 1 and 2.
 *
 * @param siteUrl - Absolute URL of the local site.
 * @param options - Whether to add the wider department.
 */
export async function seedDemoSite(siteUrl: string, options: DemoOptions = {}): Promise<void> {
  await seedTeams(siteUrl, DEMO_MAPPINGS, options.department ? DEPARTMENT : []);
}

/** Sets the site up and adds these teams, unless it has mappings already. */
async function seedTeams(siteUrl: string, mappings: readonly DemoMapping[], teams: readonly DepartmentTeam[]): Promise<void> {
  const services = createSharePointServices(createLocalSp(siteUrl, { user: OWNER }));
  await services.setup.run(() => undefined);
  if ((await services.mappings.listMappings()).length > 0) {
    return;
  }
  for (const demo of mappings) {
    await addMapping(services, demo);
  }
  for (const team of teams) {
    await addDepartmentTeam(services, team);
  }
}

/** Where the two-hospital demo lives. */
export interface DemoSites {
  /** The Royal Infirmary's site (`/sites/imaging`). */
  royalInfirmary: string;
  /** St Luke's Hospital's site (`/sites/stlukes`). */
  stLukes: string;
  /** The tenant app catalog, which keeps the tenant property naming both. */
  appCatalog: string;
}

/** The tenant property that lists the department sites (a JSON array of site URLs). */
export const SITES_PROPERTY = 'ImagingDutyMappingSites';

/**
 * The demo over two hospitals' sites: the Royal Infirmary's teams on its site, St Luke's
 * Hospital's on its own, and the tenant property listing both, set on the tenant app catalog as a
 * tenant administrator would (PnPjs's setStorageEntity). The property is set again on every start,
 * so the demo follows the port it runs on.
 *
 * @param sites - The sites' absolute URLs.
 */
export async function seedDemoSites(sites: DemoSites): Promise<void> {
  await seedTeams(
    sites.royalInfirmary,
    DEMO_MAPPINGS.filter((m) => !ST_LUKES.test(m.team)),
    DEPARTMENT.filter((t) => !ST_LUKES.test(t.team))
  );
  await seedTeams(
    sites.stLukes,
    DEMO_MAPPINGS.filter((m) => ST_LUKES.test(m.team)),
    DEPARTMENT.filter((t) => ST_LUKES.test(t.team))
  );
  await setSitesProperty(sites.appCatalog, [sites.royalInfirmary, sites.stLukes]);
}

/**
 * Sets (or, with undefined, removes) the tenant property naming the department sites.
 *
 * @param appCatalogUrl - The tenant app catalog site.
 * @param value - Site URLs, or a raw value (tests of bad input), or undefined to remove it.
 */
export async function setSitesProperty(appCatalogUrl: string, value: readonly string[] | string | undefined): Promise<void> {
  const web = createLocalSp(appCatalogUrl, { user: OWNER }).web;
  if (value === undefined) {
    await web.removeStorageEntity(SITES_PROPERTY);
    return;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  await web.setStorageEntity(SITES_PROPERTY, text, 'Department sites of the imaging duty mapping app', 'Set by the local demo');
}

/**
 * People who were chosen as owners and have since left the trust: no local site resolves them (as
 * SharePoint no longer does once they are removed from the site), so the tracker shows the note.
 */
const FORMER_STAFF: readonly { name: string; login: string; email: string }[] = [
  { name: 'Sam Okafor', login: claimsLogin('sam.okafor@imaging.local'), email: 'sam.okafor@imaging.local' }
];

/**
 * An owner written as exactly a directory person's name becomes that person (as if chosen with the
 * people picker); anything else ("Aisha Bello (practice educator)", a role, someone from outside)
 * stays free text, as a team's older entries do.
 */
function withOwnerPeople(answers: ReturnType<typeof demoEntries>): ReturnType<typeof demoEntries> {
  for (const [dutyId, answer] of answers) {
    const user = answer.action ? [...USERS, ...FORMER_STAFF].find((u) => u.name.replace(/[’']/g, "'") === answer.action?.owner.replace(/[’']/g, "'")) : undefined;
    if (answer.action && user) {
      answers.set(dutyId, { ...answer, action: { ...answer.action, owner: '', ownerPerson: { login: user.login, displayName: user.name, email: user.email } } });
    }
  }
  return answers;
}

async function saveAnswers(services: AppServices, id: number, answers: ReturnType<typeof demoEntries>, team: string): Promise<void> {
  withOwnerPeople(answers);
  const opened = await services.mappings.openMapping(id);
  const entries: EntryChange[] = [];
  for (const entry of opened.mapping.entries) {
    const answer = answers.get(entry.dutyId);
    if (answer) {
      entries.push({ entry: { dutyId: entry.dutyId, ...answer }, etag: opened.entryEtags[entry.dutyId] });
    }
  }
  const outcome = await services.mappings.saveChanges(id, { entries });
  if (outcome.conflicts.length > 0) {
    throw new Error(`Someone changed the demo mapping "${team}" while it was being seeded.`);
  }
}

/** Last year's mapping (when the team had one), then this year's made from it, as a team's yearly review does. */
async function addDepartmentTeam(services: AppServices, team: DepartmentTeam): Promise<void> {
  const people = await Promise.all(team.people.map((email) => person(services, email)));
  const completedBy = { people, otherNames: team.otherNames };
  const actions = team.actions.map((action) => (action.dueDate ? { ...action, dueDate: demoDate(action.dueDate) } : action));
  let copyFromMappingId: number | undefined;
  if (team.previous) {
    copyFromMappingId = await services.mappings.createMapping({ header: { team: team.team, completedBy, dateCompleted: demoDate(team.previous.dateCompleted), notes: '' } });
    await saveAnswers(services, copyFromMappingId, demoEntries(team.previous.statuses, actions), team.team);
  }
  const id = await services.mappings.createMapping({ header: { team: team.team, completedBy, dateCompleted: team.dateCompleted && demoDate(team.dateCompleted), notes: team.notes }, copyFromMappingId });
  await saveAnswers(services, id, demoEntries(team.statuses, actions), team.team);
}
