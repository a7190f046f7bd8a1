import '../../documents/write/jsdomGaps';
import { screen, waitFor } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { blobBytes, readExcel } from '../../documents/write/officeReaders';
import type { ExcelSheet } from '../../documents/write/officeReaders';
import { captureDownloads } from '../captureDownloads';
import type { SavedDownload } from '../captureDownloads';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const FRAMEWORK = 'Assistant Practitioner (indicative AfC Band 4), version 1';
const AREA = (id: string): string => DEFAULT_FRAMEWORK.areas.find((area) => area.id === id)?.title ?? id;
const DUTY = (id: string): string => DEFAULT_FRAMEWORK.areas.flatMap((area) => area.duties).find((duty) => duty.id === id)?.text ?? id;

function department(): FakeServices {
  const services = new FakeServices();
  services.addMapping(
    { team: 'CT — Royal Infirmary', dateCompleted: '2026-01-15' },
    {
      entries: [
        { dutyId: 'communicate-1', status: 'gap', action: { what: 'Add liaison duties to the JD', owner: 'Alex Morgan (AP lead)', dueDate: '2020-01-01' } },
        { dutyId: 'communicate-2', status: 'partlyInPlace', action: { what: 'Shadowing rota', owner: 'Sam Patel', dueDate: '2999-01-01' } },
        { dutyId: 'clean-safe-1', status: 'gap' }
      ]
    }
  );
  services.addMapping({ team: 'MRI — General Hospital', dateCompleted: '2023-05-01' }, { entries: [{ dutyId: 'clean-safe-1', status: 'inPlace', foundIn: 'jd' }] });
  services.addMapping({ team: 'Ultrasound — General Hospital' }, { entries: [{ dutyId: 'manage-data-1', status: 'gap', action: { what: 'Train on RIS', owner: '', dueDate: undefined } }] });
  return services;
}

/** Excel stores dates as days since 30/12/1899. */
function excelDate(serial: string): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(Number(serial) * 86400000)).toISOString().slice(0, 10);
}

/** Excel's name of the n-th column (1 → A, 26 → Z, 27 → AA). */
function columnLetters(n: number): string {
  return n <= 0 ? '' : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function exported(saved: SavedDownload[]): Promise<ExcelSheet> {
  await waitFor(() => expect(saved).toHaveLength(1));
  const { sheets } = await readExcel(await blobBytes(saved[0].blob));
  expect(sheets).toHaveLength(1);
  return sheets[0];
}

/** Cell by header text, so the assertions read as a person reads the sheet. */
function cellsBy(sheet: ExcelSheet): Array<Record<string, string>> {
  const [header, ...rows] = sheet.rows;
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

afterEach(() => jest.restoreAllMocks());

describe('Excel export of the overview', () => {
  it('writes the teams exactly as filtered and sorted on screen, with the framework, area counts, dates, flags in words and the totals row', async () => {
    const saved = captureDownloads();
    const { user } = renderApp({ services: department() });
    await user.click(await screen.findByRole('button', { name: strings.ShellNavOverview }));
    await screen.findByText('Showing 3 of 3 teams');
    expect(screen.getByText(`Framework: Assistant Practitioner (indicative AfC Band 4) (version 1)`)).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: strings.OverviewTeamFilter }), 'General');
    await screen.findByText('Showing 2 of 3 teams');
    await user.click(screen.getByLabelText(`${strings.CommonTeamLabel}, select to sort`));
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));

    const sheet = await exported(saved);
    expect(saved[0].name).toBe(`Overview – duty mapping – ${today()}.xlsx`);
    expect(sheet.name).toBe('Overview');
    const [header] = sheet.rows;
    expect(header.slice(0, 6)).toEqual([
      'Team',
      'Framework',
      `${AREA('clean-safe')}: in place`,
      `${AREA('clean-safe')}: partly in place`,
      `${AREA('clean-safe')}: gaps`,
      `${AREA('clean-safe')}: coverage (%)`
    ]);
    expect(header.slice(2 + DEFAULT_FRAMEWORK.areas.length * 4)).toEqual([
      'Coverage (%)',
      'Change since previous (percentage points)',
      'Date completed',
      'Completed by',
      'Review due',
      'Open actions',
      'Overdue actions',
      'Flags'
    ]);
    const [ultrasound, mri, totals] = cellsBy(sheet);
    expect(cellsBy(sheet)).toHaveLength(3);
    // Sorted Z to A as on screen; CT is filtered out.
    expect([ultrasound.Team, mri.Team, totals.Team]).toEqual(['Ultrasound — General Hospital', 'MRI — General Hospital', 'Totals (2 teams)']);
    expect(mri.Framework).toBe(FRAMEWORK);
    expect(mri[`${AREA('clean-safe')}: in place`]).toBe('1');
    expect(mri[`${AREA('clean-safe')}: gaps`]).toBe('0');
    expect(excelDate(mri['Date completed'])).toBe('2023-05-01');
    expect(excelDate(mri['Review due'])).toBe('2024-05-01');
    expect(mri.Flags).toBe('Review overdue');
    expect(mri['Change since previous (percentage points)']).toBe('First mapping');
    expect(ultrasound.Flags).toBe('Never completed');
    expect(ultrasound['Date completed']).toBe('');
    expect(ultrasound['Open actions']).toBe('1');
    expect(ultrasound[`${AREA('manage-data')}: gaps`]).toBe('1');
    // Totals add up the rows shown, per area and for actions.
    expect(totals[`${AREA('clean-safe')}: in place`]).toBe('1');
    expect(totals[`${AREA('manage-data')}: gaps`]).toBe('1');
    expect(totals['Open actions']).toBe('1');
    // Sorting in Excel leaves the totals row last: the filter covers the teams only.
    expect(sheet.xml.getElementsByTagNameNS(S, 'autoFilter')[0].getAttribute('ref')).toBe(`A1:${columnLetters(header.length)}3`);
    expect(await screen.findByText(`Downloading the Excel workbook as "Overview – duty mapping – ${today()}.xlsx".`)).toHaveAttribute('role', 'status');
  });

  it('says in plain words when the browser refuses the download, and can try again', async () => {
    captureDownloads({ failCreate: true });
    const { user } = renderApp({ services: department() });
    await user.click(await screen.findByRole('button', { name: strings.ShellNavOverview }));
    await screen.findByText('Showing 3 of 3 teams');
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    expect(await screen.findByText(`We couldn't make the Excel workbook. ${strings.CommonExportReasonDownload} Nothing on this site was changed.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export to Excel' })).toBeEnabled();
    expect(screen.getByText('Showing 3 of 3 teams')).toBeInTheDocument();
  });
});

describe('Excel export of the action tracker', () => {
  it('writes the actions as filtered and sorted, with blank owners, dates and actions in words', async () => {
    const saved = captureDownloads();
    const { user } = renderApp({ services: department() });
    await user.click(await screen.findByRole('button', { name: strings.CommonNavActions }));
    await screen.findByText('Showing 4 of 4 duties needing action');
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${strings.CommonTeamLabel}`) }));
    await user.click(await screen.findByRole('option', { name: 'CT — Royal Infirmary' }));
    await screen.findByText('Showing 3 of 4 duties needing action');
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));

    const sheet = await exported(saved);
    expect(saved[0].name).toBe(`Action tracker – duty mapping – ${today()}.xlsx`);
    expect(sheet.name).toBe('Action tracker');
    expect(sheet.rows[0]).toEqual(['Team', 'Area', 'Duty', 'Status', 'Action', 'Owner', 'Due date', 'Overdue']);
    const [overdue, later, none] = sheet.rows.slice(1);
    expect(sheet.rows).toHaveLength(4);
    expect(overdue.slice(0, 6)).toEqual(['CT — Royal Infirmary', AREA('communicate'), DUTY('communicate-1'), 'Gap', 'Add liaison duties to the JD', 'Alex Morgan (AP lead)']);
    expect([excelDate(overdue[6]), overdue[7]]).toEqual(['2020-01-01', 'Overdue']);
    expect([later[2], later[3], excelDate(later[6]), later[7]]).toEqual([DUTY('communicate-2'), 'Partly in place', '2999-01-01', 'Not overdue']);
    expect([none[2], none[4], none[5], none[6] ?? '', none[7]]).toEqual([DUTY('clean-safe-1'), 'No action yet', 'No owner', '', 'No due date']);
  });

  it('names the sheet and file "My actions" in the Teams personal app and holds only mine', async () => {
    const saved = captureDownloads();
    const { user } = renderApp({ services: department(), host: { personalView: true } });
    await user.click(await screen.findByRole('button', { name: strings.CommonNavMyActions }));
    await screen.findByText('Showing 1 of 1 duties needing action');
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    const sheet = await exported(saved);
    expect(saved[0].name).toBe(`My actions – duty mapping – ${today()}.xlsx`);
    expect(sheet.name).toBe('My actions');
    expect(sheet.rows.slice(1).map((row) => row[5])).toEqual(['Alex Morgan (AP lead)']);
  });
});
