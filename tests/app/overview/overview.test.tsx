import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { zeroCounts } from '../../../src/model';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

const COMMUNICATE = 'Communicate appropriately with patients, the multi-disciplinary team and wider networks';

function department(): FakeServices {
  const services = new FakeServices();
  // CT's earlier mapping, then this year's (made from it): one gap in Communicate now.
  services.addMapping(
    { team: 'CT — Royal Infirmary', dateCompleted: '2024-03-01' },
    {
      entries: [
        { dutyId: 'communicate-1', status: 'inPlace', foundIn: 'jd' },
        { dutyId: 'communicate-3', status: 'inPlace', foundIn: 'ps' }
      ]
    }
  );
  services.addMapping(
    { team: 'CT — Royal Infirmary', dateCompleted: '2026-01-15' },
    {
      entries: [
        { dutyId: 'communicate-1', status: 'gap', action: { what: 'Add to JD', owner: 'Sam Patel', dueDate: '2020-01-01' } },
        { dutyId: 'communicate-2', status: 'inPlace', foundIn: 'jdAndPs' }
      ]
    }
  );
  services.addMapping({ team: 'MRI — General Hospital', dateCompleted: '2023-05-01' }, { entries: [{ dutyId: 'clean-safe-1', status: 'inPlace', foundIn: 'jd' }] });
  services.addMapping({ team: 'Ultrasound — General Hospital' });
  return services;
}

async function openOverview(services: FakeServices): Promise<ReturnType<typeof renderApp>> {
  const rendered = renderApp({ services });
  await rendered.user.click(await screen.findByRole('button', { name: strings.ShellNavOverview }));
  await screen.findByRole('heading', { name: strings.OverviewHeading });
  return rendered;
}

describe('the overview', () => {
  it('shows one row per team (its latest mapping) with area cells named in words, flags and a totals row', async () => {
    await openOverview(department());
    expect(await screen.findByText('Showing 3 of 3 teams')).toBeInTheDocument();
    // Label in name (WCAG 2.5.3): the name starts with what the cell shows.
    const cell = screen.getByRole('link', { name: `In place 1 · Partly 0 · Gaps 1 · 25% in ${COMMUNICATE}. Open this area of CT — Royal Infirmary's mapping` });
    expect(cell).toHaveAttribute('href', expect.stringContaining('area=communicate'));
    // Never completed, overdue review (completed 2023 with a 12-month period), overdue actions: in words.
    expect(screen.getByText(strings.OverviewNeverCompleted)).toBeInTheDocument();
    expect(screen.getAllByText(strings.CommonOverviewOverdue).length).toBeGreaterThan(0);
    // The team's row and the totals row.
    expect(screen.getAllByText('1 overdue')).toHaveLength(2);
    expect(screen.getByText('Totals (3 teams)')).toBeInTheDocument();
    expect(screen.queryByText(strings.OverviewEarlierMapping)).not.toBeInTheDocument();
  });

  it('filters to teams with a gap in an area, and a cell opens that team’s mapping at that area', async () => {
    const { user } = await openOverview(department());
    await screen.findByText('Showing 3 of 3 teams');
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${strings.OverviewGapFilter}`) }));
    await user.click(await screen.findByRole('option', { name: COMMUNICATE }));
    expect(await screen.findByText('Showing 1 of 3 teams')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'MRI — General Hospital' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: new RegExp(`in ${COMMUNICATE}\\. Open this area of CT — Royal Infirmary`) }));
    const heading = await screen.findByRole('heading', { name: new RegExp(COMMUNICATE) });
    expect(heading).toHaveFocus();
    // Back names the screen it returns to.
    await user.click(screen.getByRole('button', { name: strings.CommonBackToOverview }));
    expect(await screen.findByRole('heading', { name: strings.OverviewHeading })).toBeInTheDocument();
  });

  it('includes earlier mappings on request, marks them, and shows coverage change since the previous mapping', async () => {
    const { user } = await openOverview(department());
    expect(await screen.findByText('Down 4 points')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: strings.OverviewIncludeEarlier }));
    expect(await screen.findByText('Showing 4 of 4 teams')).toBeInTheDocument();
    expect(screen.getByText(strings.OverviewEarlierMapping)).toBeInTheDocument();
  });

  it('sorts by a column when its header is chosen', async () => {
    const { user } = await openOverview(department());
    const teams = (): string[] => screen.getAllByRole('link', { name: /— (Royal Infirmary|General Hospital)$/ }).map((link) => link.textContent ?? '');
    expect(teams()).toEqual(['CT — Royal Infirmary', 'MRI — General Hospital', 'Ultrasound — General Hospital']);
    await user.click(screen.getByLabelText(`${strings.CommonTeamLabel}, select to sort`));
    expect(teams()).toEqual(['Ultrasound — General Hospital', 'MRI — General Hospital', 'CT — Royal Infirmary']);
  });

  it('never shows figures that cannot be true: the row says they need checking', async () => {
    const services = department();
    const forged = services.addMapping({ team: 'Forged team', dateCompleted: '2026-01-01' });
    services.overviewPatches.set(forged, { counts: { ...zeroCounts(), notReviewed: -5, inPlace: 1000000000 }, coverage: 12.5 });
    await openOverview(services);
    expect(await screen.findByText(strings.OverviewFiguresNeedChecking)).toBeInTheDocument();
    expect(screen.getByText(/stored figures of 1 mapping cannot be right/)).toBeInTheDocument();
    expect(screen.queryByText(/1250%|1000000000/)).not.toBeInTheDocument();
  });

  it('tells members why area counts are missing on a site that needs an update', async () => {
    const services = department();
    services.pendingUpdate = [{ id: 'areaCounts', task: 'countAreas', state: 'pending' }];
    for (const id of services.records.keys()) {
      services.overviewPatches.set(id, { breakdown: undefined });
    }
    await openOverview(services);
    expect(await screen.findByText(strings.OverviewAreasAfterUpdate)).toBeInTheDocument();
    expect(screen.getAllByText(strings.OverviewNotCounted).length).toBeGreaterThan(0);
  });

  it('explains a failed load and retries', async () => {
    const services = department();
    services.failNext('loadOverview', 'offline');
    const { user } = await openOverview(services);
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.OverviewLoadFailed);
    await user.click(screen.getByRole('button', { name: strings.CommonRetry }));
    expect(await screen.findByText('Showing 3 of 3 teams')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: strings.ShellNavLabel })).getByRole('button', { name: strings.ShellNavOverview })).toHaveAttribute('aria-current', 'page');
  });
});
