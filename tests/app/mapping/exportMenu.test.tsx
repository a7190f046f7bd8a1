import '../../documents/write/jsdomGaps';
import { screen, waitFor } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FakeServices } from '../fakes/FakeServices';
import { COILS, choose, openMapping } from '../helpers';
import { readExcel, readWord, blobBytes } from '../../documents/write/officeReaders';
import { captureDownloads } from '../captureDownloads';

afterEach(() => jest.restoreAllMocks());

async function download(user: Awaited<ReturnType<typeof openMapping>>['user'], item: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: strings.MappingExportMenuAria }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

describe('export menu', () => {
  it('downloads the Word form with what is on screen, unsaved edits included, named after the team and today', async () => {
    const saved = captureDownloads();
    const { user } = await openMapping();
    await choose(user, `Status: ${COILS}`, 'Gap');
    await download(user, strings.MappingExportWordItem);
    await waitFor(() => expect(saved).toHaveLength(1));
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(saved[0].name).toBe(`MRI North – duty mapping – ${iso}.docx`);
    expect(saved[0].blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const word = await readWord(await blobBytes(saved[0].blob));
    const coilsRow = word.tables.flat().find((row) => row.cells.some((cell) => cell === COILS));
    expect(coilsRow?.cells[coilsRow.cells.length - 1]).toBe('Gap');
    expect(await screen.findByText(`Downloading the Word document as "MRI North – duty mapping – ${iso}.docx".`)).toHaveAttribute('role', 'status');
  });

  it('lets a Visitor download the Excel workbook', async () => {
    const saved = captureDownloads();
    const services = new FakeServices();
    services.access = 'read';
    const { user } = await openMapping({ services });
    expect(screen.getByRole('combobox', { name: `Status: ${COILS}` })).toHaveAttribute('aria-disabled', 'true');
    await download(user, strings.MappingExportExcelItem);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toMatch(/^MRI North – duty mapping – \d{4}-\d{2}-\d{2}\.xlsx$/);
    const { sheets } = await readExcel(await blobBytes(saved[0].blob));
    expect(sheets[0].rows.slice(1).some((row) => row[2] === COILS)).toBe(true);
    expect(sheets[1].rows[1]).toEqual(['Team', 'MRI North']);
  });

  it('says in plain English why a download failed, and saves nothing', async () => {
    captureDownloads({ failCreate: true });
    const services = new FakeServices();
    const { user } = await openMapping({ services });
    await download(user, strings.MappingExportWordItem);
    const alert = await screen.findByText(/We couldn't make the Word document\./);
    expect(alert).toHaveTextContent(strings.CommonExportReasonDownload);
    expect(alert).toHaveTextContent('Nothing in the mapping was changed.');
    expect(services.saveCalls).toHaveLength(0);
    await userDismiss();
  });
});

async function userDismiss(): Promise<void> {
  screen.getByRole('button', { name: strings.CommonDismiss }).click();
  await waitFor(() => expect(screen.queryByText(/We couldn't make the Word document\./)).not.toBeInTheDocument());
}
