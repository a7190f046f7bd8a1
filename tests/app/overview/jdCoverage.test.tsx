import '../../documents/write/jsdomGaps';
import { screen, waitFor, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { blobBytes, readExcel } from '../../documents/write/officeReaders';
import { captureDownloads } from '../captureDownloads';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';
import type { Rendered } from '../renderApp';

const DUTY = (id: string): string => DEFAULT_FRAMEWORK.areas.flatMap((area) => area.duties).find((duty) => duty.id === id)?.text ?? id;

/** Three teams whose JDs and PSs differ on communicate-1 and agree on communicate-2; CT's earlier mapping is not its latest. */
function department(): FakeServices {
  const services = new FakeServices();
  services.addMapping({ team: 'CT — Royal Infirmary' }, { entries: [{ dutyId: 'communicate-1', foundIn: 'neither' }] });
  services.addMapping(
    { team: 'CT — Royal Infirmary' },
    {
      entries: [
        { dutyId: 'communicate-1', foundIn: 'jd', reference: 'JD 3.2' },
        { dutyId: 'communicate-2', foundIn: 'jdAndPs', reference: 'JD 4; PS Essential 2' }
      ]
    }
  );
  services.addMapping(
    { team: 'MRI — General Hospital' },
    {
      entries: [
        { dutyId: 'communicate-1', foundIn: 'neither' },
        { dutyId: 'communicate-2', foundIn: 'ps', reference: 'PS Essential 1' }
      ]
    }
  );
  services.addMapping({ team: 'Ultrasound — General Hospital' }, { entries: [{ dutyId: 'communicate-2', foundIn: 'jd' }] });
  return services;
}

async function openCoverage(services: FakeServices): Promise<Rendered> {
  const rendered = renderApp({ services });
  await rendered.user.click(await screen.findByRole('button', { name: strings.ShellNavOverview }));
  await screen.findByText('Showing 3 of 3 teams');
  await rendered.user.click(screen.getByRole('button', { name: strings.OverviewJdCoverageOpen }));
  return rendered;
}

function rowOf(dutyId: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: DUTY(dutyId) });
  return header.closest('tr') as HTMLElement;
}

afterEach(() => jest.restoreAllMocks());

describe('JD coverage: the teams’ JDs and PSs side by side', () => {
  it('shows for each duty which teams’ JD or PS cover it, from their latest mappings, in words, with the teams that differ marked', async () => {
    const services = department();
    const load = jest.spyOn(services.overview, 'loadJdCoverage');
    await openCoverage(services);
    const heading = await screen.findByRole('heading', { name: /^JD and PS coverage by team/ });
    expect(heading).toHaveFocus();
    const table = await screen.findByRole('table', { name: strings.OverviewJdCoverageTableLabel });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Duty',
      'CT — Royal Infirmary',
      'MRI — General Hospital',
      'Ultrasound — General Hospital',
      strings.OverviewJdCoverageCoveredColumn
    ]);
    // CT's latest mapping (JD 3.2), not its earlier one; MRI's does not; Ultrasound has not looked yet.
    const differ = within(rowOf('communicate-1')).getAllByRole('cell').map((cell) => cell.textContent);
    expect(differ).toEqual(['JDJD 3.2', 'Not in JD or PS', 'Not yet mapped', '1 of 3Teams differ']);
    const agree = within(rowOf('communicate-2')).getAllByRole('cell').map((cell) => cell.textContent);
    expect(agree).toEqual(['JD and PSJD 4; PS Essential 2', 'PSPS Essential 1', 'JD', '3 of 3']);
    expect(screen.getByText('Showing 24 of 24 duties for 3 teams; teams differ on 1.')).toHaveAttribute('role', 'status');
    // One request for all three teams.
    expect(load).toHaveBeenCalledTimes(1);
    expect(load.mock.calls[0][0].map((source) => source.id)).toHaveLength(3);
  });

  it('narrows to the duties where teams differ, exports what is shown to Excel, and Back returns focus to the button', async () => {
    const saved = captureDownloads();
    const { user } = await openCoverage(department());
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: strings.OverviewJdCoverageOnlyVaries }));
    expect(await screen.findByText('Showing 1 of 24 duties for 3 teams; teams differ on 1.')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: DUTY('communicate-2') })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toMatch(/^JD coverage – duty mapping – \d{4}-\d{2}-\d{2}\.xlsx$/);
    const { sheets } = await readExcel(await blobBytes(saved[0].blob));
    const [header, ...rows] = sheets[0].rows;
    expect(header).toEqual([
      'Area of responsibility',
      'Duty',
      'CT — Royal Infirmary',
      'MRI — General Hospital',
      'Ultrasound — General Hospital',
      strings.OverviewJdCoverageCoveredColumn,
      strings.OverviewJdCoverageNotFoundColumn,
      strings.OverviewJdCoverageVariesColumn
    ]);
    expect(rows).toEqual([[expect.any(String), DUTY('communicate-1'), 'JD – JD 3.2', 'Not in JD or PS', 'Not yet mapped', '1', '1', 'Teams differ']]);

    await user.click(screen.getByRole('button', { name: strings.CommonBackToOverview }));
    expect(await screen.findByRole('button', { name: strings.OverviewJdCoverageOpen })).toHaveFocus();
  });

  it('says so when the coverage cannot be loaded, and Retry loads it', async () => {
    const services = department();
    services.failNext('loadJdCoverage', 'offline');
    const { user } = await openCoverage(services);
    expect(await screen.findByText(new RegExp(strings.OverviewJdCoverageLoadFailed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: strings.CommonRetry }));
    expect(await screen.findByRole('table', { name: strings.OverviewJdCoverageTableLabel })).toBeInTheDocument();
  });
});

describe('JD coverage across department sites', () => {
  const STLUKES = 'https://contoso.sharepoint.com/sites/stlukes';
  const ULTRA = 'https://contoso.sharepoint.com/sites/ultrasound';

  it('reads every listed site (one read each), and names a site it cannot read in a plain note, leaving its teams out', async () => {
    const home = new FakeServices();
    home.addMapping({ team: 'CT — Royal Infirmary' }, { entries: [{ dutyId: 'communicate-1', foundIn: 'jd', reference: 'JD 3.2' }] });
    const stLukes = new FakeServices();
    stLukes.addMapping({ team: 'Mammography — St Luke’s' }, { entries: [{ dutyId: 'communicate-1', foundIn: 'ps', reference: 'PS 1' }] });
    const ultra = new FakeServices();
    ultra.addMapping({ team: 'Ultrasound — St Luke’s' }, { entries: [{ dutyId: 'communicate-1', foundIn: 'jd' }] });
    ultra.failNext('loadJdCoverage', 'forbidden');
    home.sites.others.set(STLUKES, stLukes);
    home.sites.others.set(ULTRA, ultra);
    home.sites.property = JSON.stringify([home.sites.homeUrl, STLUKES, ULTRA]);
    const loads = [home, stLukes, ultra].map((s) => jest.spyOn(s.overview, 'loadJdCoverage'));
    const { user } = renderApp({ services: home });
    await user.click(await screen.findByRole('button', { name: strings.ShellNavOverview }));
    await screen.findByText('Showing 3 of 3 teams');
    await user.click(screen.getByRole('button', { name: strings.OverviewJdCoverageOpen }));
    const table = await screen.findByRole('table', { name: strings.OverviewJdCoverageTableLabel });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Duty',
      'CT — Royal Infirmary',
      'Mammography — St Luke’s',
      strings.OverviewJdCoverageCoveredColumn
    ]);
    expect(within(rowOf('communicate-1')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['JDJD 3.2', 'PSPS 1', '2 of 2']);
    const note = screen.getByText(strings.ShellSitesNotesTitle).closest('[role]') ?? document.body;
    expect(note).toHaveTextContent(`${ULTRA}: you do not have access`);
    // Each site's own mapping ids, one read per site.
    loads.forEach((load) => expect(load).toHaveBeenCalledTimes(1));
    expect(loads[1].mock.calls[0][0].map((source) => source.id)).toEqual([1]);
  });
});
