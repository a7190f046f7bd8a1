import { readFileSync } from 'fs';
import { join } from 'path';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { FakeServices } from '../../fakes/FakeServices';
import { openMapping } from '../../helpers';
import { JD_FIXTURES } from '../../../support/jdDocuments';

const JD_TEXT = readFileSync(join(JD_FIXTURES, 'general-xray-jd.txt'), 'utf8');
const PANEL = 'Job description and person specification';

// Each test renders the whole app and a Fluent panel; on a shared two-core machine that can take a while.
jest.setTimeout(90_000);

afterEach(cleanup);

type User = Awaited<ReturnType<typeof openMapping>>['user'];

async function openPanel(user: User): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Add JD and PS' }));
  return screen.findByRole('dialog', { name: PANEL });
}

async function pasteJd(user: User, panel: HTMLElement, text: string): Promise<void> {
  await user.click(within(panel).getAllByRole('button', { name: 'Paste text instead' })[0]);
  await user.click(within(panel).getByLabelText('Text of the Job description (JD)'));
  await user.paste(text);
  await user.click(within(panel).getByRole('button', { name: 'Use this text' }));
}

describe('the team’s stored JD and PS', () => {
  it('stores a pasted JD for the team once it has been read', async () => {
    const services = new FakeServices();
    const { user, mappingId } = await openMapping({ services });
    const panel = await openPanel(user);
    await pasteJd(user, panel, JD_TEXT);
    await within(panel).findByText(/^Stored for the team: Pasted text, version 1\.0, added by Alex Morgan on \d{2}\/\d{2}\/\d{4}\.$/);
    expect(services.documents.saved).toEqual([{ mappingId, upload: expect.objectContaining({ kind: 'jd', format: 'txt', originalName: '' }) as unknown }]);
    expect(new TextDecoder().decode(services.documents.saved[0].upload.bytes as Uint8Array)).toBe(JD_TEXT);
  });

  it('loads them when the mapping is opened again, so suggestions run without uploading again', async () => {
    const services = new FakeServices();
    const mappingId = services.addMapping({ team: 'CT South' });
    await services.documents.saveDocument(mappingId, { kind: 'jd', format: 'txt', originalName: '', bytes: new TextEncoder().encode(JD_TEXT) });
    const { user } = await openMapping({ services, mappingId });
    const panel = await openPanel(user);
    await within(panel).findByText(/^Pasted text: \d+ clauses read\.$/);
    await within(panel).findByText('Duty 1 of 24');
    expect(within(panel).getByRole('button', { name: 'Replace with another file: the stored Job description (JD), with a .docx or .pdf file' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Choose a .docx or .pdf file for the Person specification (PS)' })).toBeTruthy();
    // Reading a stored document stores nothing again.
    expect(services.documents.saved).toHaveLength(1);
  });

  it('keeps the suggestions and offers to try again when storing fails', async () => {
    const services = new FakeServices();
    services.failNext('saveDocument', 'offline');
    const { user } = await openMapping({ services });
    const panel = await openPanel(user);
    await pasteJd(user, panel, JD_TEXT);
    await within(panel).findByText(/was read, and the suggestions below use it, but it was not stored for the team\. You seem to be offline, or SharePoint can't be reached\./);
    expect(within(panel).getByText('Duty 1 of 24')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Try again' }));
    await within(panel).findByText(/^Stored for the team: Pasted text, version 1\.0/);
  });

  it('says why the stored documents could not be loaded, and loads them on a second try', async () => {
    const services = new FakeServices();
    const mappingId = services.addMapping({ team: 'MRI West' });
    await services.documents.saveDocument(mappingId, { kind: 'jd', format: 'txt', originalName: '', bytes: new TextEncoder().encode(JD_TEXT) });
    services.failNext('listDocuments', 'missingLists');
    const { user } = await openMapping({ services, mappingId });
    const panel = await openPanel(user);
    await within(panel).findByText(/^The team's stored JD and PS could not be loaded\. The "Duty Mapping Documents" library is not on this site yet/);
    await user.click(within(panel).getByRole('button', { name: 'Try again' }));
    await within(panel).findByText(/^Pasted text: \d+ clauses read\.$/);
  });

  it('keeps using the stored JD when the file chosen to replace it cannot be read', async () => {
    const services = new FakeServices();
    const mappingId = services.addMapping({ team: 'X-ray East' });
    await services.documents.saveDocument(mappingId, { kind: 'jd', format: 'txt', originalName: '', bytes: new TextEncoder().encode(JD_TEXT) });
    const { user } = await openMapping({ services, mappingId });
    const panel = await openPanel(user);
    await within(panel).findByText('Duty 1 of 24');
    const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
    // The picker offers .docx and .pdf only, but a person can still pick "All files": change the input directly.
    fireEvent.change(input, { target: { files: [new File(['old word'], 'JD 2019.doc', { type: 'application/msword' })] } });
    await within(panel).findByText(/^JD 2019\.doc could not be used\. This is an older Word file \(\.doc\)\..* The Job description \(JD\) read before is still used\.$/);
    expect(within(panel).getByText('Duty 1 of 24')).toBeTruthy();
    expect(services.documents.saved).toHaveLength(1);
  });
});
