/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { areaBreakdown } from '../../src/model';
import type { SetupStep } from '../../src/services/types';
import { MEMBER, OWNER, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });

/** Takes the site back to what an older version of the app set up. */
async function makeSiteOlder(): Promise<void> {
  const sp = site.sp(OWNER);
  await sp.web.lists.getByTitle('Duty Mappings').fields.getByInternalNameOrTitle('IdmAreaCounts').delete();
  await sp.web.lists.getByTitle('Duty Mapping Entries').views.getByTitle('Open actions').delete();
  await sp.web.lists.getByTitle('Duty Mapping Entries').fields.getByInternalNameOrTitle('IdmActionDue').update({ Indexed: false });
  await sp.web.lists.getByTitle('Duty Mapping Settings').delete();
}

test('a site set up by an older version needs an update; members keep working; the owner’s update fills in per-area counts', async () => {
  const member = site.services(MEMBER);
  const ids = [await member.mappings.createMapping({ header: newHeader('MRI — General Hospital') }), await member.mappings.createMapping({ header: newHeader('Ultrasound — General Hospital') })];
  await makeSiteOlder();

  // A Member's fresh session: the site check notices what is missing...
  const oldSession = site.services(MEMBER);
  const readiness = await oldSession.setup.checkSite();
  expect(readiness.state).toBe('needsUpdate');
  const steps = readiness.state === 'needsUpdate' ? readiness.steps : [];
  expect(steps.map((step) => [step.task, step.listTitle])).toEqual(
    expect.arrayContaining([
      ['addColumns', 'Duty Mappings'],
      ['createList', 'Duty Mapping Settings'],
      ['countAreas', undefined]
    ])
  );
  // ...and opening, saving and the overview work without the missing column.
  const opened = await oldSession.mappings.openMapping(ids[0]);
  const outcome = await oldSession.mappings.saveChanges(ids[0], { entries: editEntries(opened, 12) });
  expect(outcome.conflicts).toEqual([]);
  const before = await oldSession.overview.loadOverview();
  expect(before.mappings.map((m) => m.breakdown)).toEqual([undefined, undefined]);
  expect(before.mappings.every((m) => m.figuresAddUp)).toBe(true);
  expect(before.reviewPeriodMonths).toBe(12);

  // The Owner's update runs the same set-up: it adds what is missing and counts existing mappings by area.
  const progress: SetupStep[][] = [];
  await site.services(OWNER).setup.run((next) => progress.push(next));
  const states = Object.fromEntries(progress[progress.length - 1].map((step) => [step.id, step.state]));
  expect(states).toMatchObject({ 'columns:mappings': 'done', 'list:settings': 'done', 'indexes:entries': 'done', 'views:entries': 'done', areaCounts: 'done', 'list:mappings': 'skipped' });

  const fresh = site.services(MEMBER);
  await expect(fresh.setup.checkSite()).resolves.toEqual({ state: 'ready' });
  const after = await fresh.overview.loadOverview();
  for (const id of ids) {
    const mapping = await fresh.mappings.openMapping(id);
    const row = after.mappings.find((m) => m.id === id);
    expect(row?.breakdown).toEqual(areaBreakdown(mapping.framework, mapping.mapping.entries));
    expect(row?.figuresAddUp).toBe(true);
  }

  // A session that still believes the column is missing writes no per-area counts: the row
  // then says its figures need checking rather than showing stale areas as fact.
  const reopened = await oldSession.mappings.openMapping(ids[1]);
  await oldSession.mappings.saveChanges(ids[1], { entries: editEntries(reopened, 5, 'stale session') });
  const stale = (await fresh.overview.loadOverview()).mappings.find((m) => m.id === ids[1]);
  expect(stale?.figuresAddUp).toBe(false);

  // Running the update again recounts that one mapping from its entries, and then finds nothing to do.
  const again: SetupStep[][] = [];
  await site.services(OWNER).setup.run((next) => again.push(next));
  expect(again[again.length - 1].find((step) => step.id === 'areaCounts')?.state).toBe('done');
  expect((await fresh.overview.loadOverview()).mappings.find((m) => m.id === ids[1])?.figuresAddUp).toBe(true);
  const third: SetupStep[][] = [];
  await site.services(OWNER).setup.run((next) => third.push(next));
  expect(third[third.length - 1].filter((step) => step.id !== 'inspect').every((step) => step.state === 'skipped')).toBe(true);
});
