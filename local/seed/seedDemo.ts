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
import { EMAILS } from '../server/users';

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
    dateCompleted: '2025-05-20',
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

async function addMapping(services: AppServices, demo: DemoMapping): Promise<void> {
  const people = await Promise.all(demo.people.map((email) => person(services, email)));
  const id = await services.mappings.createMapping({
    header: { team: demo.team, completedBy: { people, otherNames: demo.otherNames }, dateCompleted: demo.dateCompleted, notes: demo.notes }
  });
  const opened = await services.mappings.openMapping(id);
  const entries: EntryChange[] = opened.mapping.entries
    .filter((entry) => demo.answers[entry.dutyId] !== undefined)
    .map((entry) => ({ entry: { ...entry, ...demo.answers[entry.dutyId] }, etag: opened.entryEtags[entry.dutyId] }));
  const header = Object.keys(demo.areaComments).length > 0 ? { header: opened.mapping.header, areaComments: demo.areaComments, etag: opened.headerEtag } : undefined;
  const outcome = await services.mappings.saveChanges(id, { entries, header });
  if (outcome.conflicts.length > 0) {
    throw new Error(`Someone changed the demo mapping "${demo.team}" while it was being seeded.`);
  }
}

/**
 * Sets up the site and adds the demo mappings, unless the site already has
 * mappings (so restarting `npm start` keeps whatever was changed in the demo).
 *
 * @param siteUrl - Absolute URL of the local site.
 */
export async function seedDemoSite(siteUrl: string): Promise<void> {
  const services = createSharePointServices(createLocalSp(siteUrl, { user: OWNER }));
  await services.setup.run(() => undefined);
  if ((await services.mappings.listMappings()).length > 0) {
    return;
  }
  for (const demo of DEMO_MAPPINGS) {
    await addMapping(services, demo);
  }
}
