import '../../../src/data/toolkit/pnp';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_FRAMEWORK, areaBreakdown, countByStatus, coverage, topLevelDutyIds } from '../../../src/model';
import type { Framework, MappingEntry } from '../../../src/model';
import { createLocalSp, createSharePointServices } from '../../../src/data/createServices';
import { inBatch, settle } from '../../../src/data/toolkit/batch';
import { entryContexts } from '../../../src/data/mappings/createMapping';
import { newEntryValues } from '../../../src/data/mappings/entryRows';
import { headerValues, rollupValues } from '../../../src/data/mappings/mappingRows';
import { areaCountsValues } from '../../../src/data/mappings/areaCountsColumn';
import { ENTRIES_LIST, MAPPINGS_LIST } from '../../../src/data/schema';
import type { AppServices, EntryChange } from '../../../src/services/types';
import { EMAILS, USERS, claimsLogin } from '../../../local/server/users';
import { newHeader } from '../../data/fixtures';
import { startLocalSite } from './localSite';
import type { LocalSite } from './localSite';

/** 200+ characters with a 60-character run no line can break inside, as pasted reference numbers are. */
export function longText(label: string, index: number): string {
  const unbroken = `${label.replace(/\s+/g, '')}${index}`.padEnd(60, 'X');
  return `${label} ${index} ${unbroken} ${'with many more words than anyone would type into this field '.repeat(3)}`.slice(0, 230);
}

export const AREAS = 40;
export const TEAMS = 1000;
/** The member the journeys sign in as; one action of every team names them (with 200+ characters of role beside it), for My actions. */
const MEMBER_NAME = USERS.find((user) => user.email === EMAILS.member)?.name ?? 'Marcus Mensah';
/** Batches in flight at once: more would only queue on the single-threaded server. */
const PARALLEL = 4;
const PER_BATCH = 100;

/** A framework of 40 areas, each with one duty of 200+ characters. */
function fortyAreas(): Framework {
  const base = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;
  base.areas = Array.from({ length: AREAS }, (_, i) => ({
    id: `wide-area-${i + 1}`,
    title: `Area ${i + 1}: ${longText('Area title', i + 1).slice(0, 120)}`,
    qsiStandards: [],
    duties: [{ id: `wide-duty-${i + 1}`, text: longText('Duty text', i + 1) }]
  }));
  return base;
}

/** Adds rows to a list 100 to a $batch, a few batches in flight; returns the new items' ids in order. */
async function addAll(site: LocalSite, list: string, rows: Array<Record<string, unknown>>): Promise<number[]> {
  const sp = createLocalSp(site.siteUrl, { user: EMAILS.member });
  const ids: number[] = new Array<number>(rows.length);
  const starts = Array.from({ length: Math.ceil(rows.length / PER_BATCH) }, (_, i) => i * PER_BATCH);
  const worker = async (): Promise<void> => {
    for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
      const first = start;
      const slice = rows.slice(first, first + PER_BATCH);
      const results = await inBatch(sp, (web) => Promise.all(slice.map((row) => settle(web.lists.getByTitle(list).items.add(row)))));
      results.forEach((result, i) => {
        if (!result.ok) {
          throw result.error;
        }
        ids[first + i] = Number((result.value as { Id: number }).Id);
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return ids;
}

/**
 * A site of bad input: a 40-area framework with 200+ character area titles and
 * duty texts, and 1,000 teams with 200+ character names, each mapping with
 * three open actions (one overdue) whose owner and text are 200+ characters.
 *
 * The first team is made through the app's services, as a team would; the
 * other 999 are copies of it written with the data layer's own row builders,
 * 100 items to a $batch, as createMapping writes them (one request sequence per
 * mapping took about five minutes on two cores; this takes well under one).
 */
export async function startBadInputSite(): Promise<LocalSite> {
  const site = await startLocalSite({ seed: false, listViewThreshold: 5000 });
  const as = (user: string): AppServices => createSharePointServices(createLocalSp(site.siteUrl, { user }));
  const owner = as(EMAILS.owner);
  await owner.setup.run(() => undefined);
  const current = await owner.frameworks.getCurrent();
  await owner.frameworks.publish({ framework: fortyAreas(), basedOnVersion: current.version, note: 'Forty areas' });
  const member = as(EMAILS.member);
  const templateId = await member.mappings.createMapping({ header: newHeader(longText('Team', 0)) });
  const opened = await member.mappings.openMapping(templateId);
  const year = new Date().getFullYear();
  const owners = [`${MEMBER_NAME} (${longText('Owner', 0)})`, longText('Owner', 1), longText('Owner', 2)];
  const changes: EntryChange[] = opened.mapping.entries.slice(0, owners.length).map((entry, i) => ({
    entry: { ...entry, status: 'gap', action: { what: longText('Action', i), owner: owners[i], dueDate: `${year + (i === 0 ? -1 : 1)}-06-15` } },
    etag: opened.entryEtags[entry.dutyId]
  }));
  const saved = await member.mappings.saveChanges(templateId, { entries: changes });
  if (saved.conflicts.length > 0) {
    throw new Error('The bad-input template mapping met a conflict while it was seeded.');
  }

  const { framework } = opened;
  const entries: MappingEntry[] = (await member.mappings.openMapping(templateId)).mapping.entries;
  const dutyIds = topLevelDutyIds(framework);
  const totals = {
    ...rollupValues(countByStatus(entries, dutyIds), coverage(entries, dutyIds), dutyIds.length, [claimsLogin(EMAILS.member)]),
    ...areaCountsValues(areaBreakdown(framework, entries))
  };
  const teams = Array.from({ length: TEAMS - 1 }, (_, i) => longText('Team', i + 1));
  const mappingIds = await addAll(
    site,
    MAPPINGS_LIST.title,
    teams.map((team) => ({
      ...headerValues({ header: { ...newHeader(team), frameworkId: framework.id, frameworkVersion: framework.version }, areaComments: {} }),
      ...totals
    }))
  );
  const entryRows = mappingIds.flatMap((mappingId, i) => {
    const contextOf = entryContexts(framework, mappingId, teams[i]);
    return entries.map((entry) => newEntryValues(entry, contextOf(entry.dutyId)));
  });
  await addAll(site, ENTRIES_LIST.title, entryRows);
  return site;
}

/**
 * Throws unless the element lies wholly inside the window's width, so people see and reach it
 * without scrolling sideways; `inView` also asks that it is on screen without scrolling at all.
 */
async function withinWindow(page: Page, target: Locator, what: string, inView = false): Promise<void> {
  if (!inView) {
    await target.scrollIntoViewIfNeeded();
  }
  const box = await target.boundingBox();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const across = box !== null && box.x >= -1 && box.x + box.width <= width + 1;
  const down = box !== null && box.y >= -1 && box.y < height;
  if (!across || (inView && !down)) {
    throw new Error(`${what} is not wholly inside the ${width} × ${height} px window: ${JSON.stringify(box)}`);
  }
}

function showing(page: Page, text: RegExp): Promise<void> {
  return page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 60_000 });
}

/** The last team's 200+ character name has a run only it has. */
const LAST_TEAM = `Team${TEAMS - 1}X`;

/**
 * What each screen must still let people do with bad input, beyond fitting:
 * find one team among 1,000 by its long name, reach the 40th area from the
 * area bar, and see the first control or row whole.
 */
export const USABLE: Record<string, (page: Page) => Promise<void>> = {
  mappings: async (page) => {
    await page.getByRole('searchbox', { name: 'Search mappings by team or people' }).fill(LAST_TEAM);
    await showing(page, /^Showing 1 of 1000 mappings/);
    await withinWindow(page, page.getByRole('button', { name: new RegExp(`^Team ${TEAMS - 1} .*: open the mapping$`) }), 'The found team’s link');
  },
  'mapping (cards)': async (page) => reachLastArea(page),
  'mapping (table)': async (page) => reachLastArea(page),
  overview: async (page) => {
    await page.getByRole('searchbox', { name: 'Filter by team' }).or(page.getByRole('textbox', { name: 'Filter by team' })).first().fill(LAST_TEAM);
    await showing(page, /^Showing 1 of 1000 teams/);
  },
  'action tracker': async (page) => {
    await showing(page, new RegExp(`^Showing ${TEAMS * 3} of ${TEAMS * 3} duties needing action`));
  },
  'my actions (Teams personal app)': async (page) => {
    await showing(page, new RegExp(`^Showing ${TEAMS} of ${TEAMS} duties needing action`));
  }
};

async function reachLastArea(page: Page): Promise<void> {
  await withinWindow(page, page.getByRole('combobox', { name: /^Status: / }).or(page.getByRole('grid')).first(), 'The first duty’s status (or the first area’s table)');
  // The area bar scrolls sideways inside itself; its 40th link is reached and followed.
  await page.getByRole('navigation', { name: 'Jump to an area' }).getByRole('button', { name: new RegExp(`^Area ${AREAS}: `) }).click();
  await page.waitForTimeout(1000);
  await withinWindow(page, page.getByRole('heading', { name: new RegExp(`^Area ${AREAS}: `) }).first(), `Area ${AREAS}’s heading, after following its link`, true);
}
