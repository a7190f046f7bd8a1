import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { truncate } from '../../../src/wording/format';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { FakeServices } from '../fakes/FakeServices';
import { COILS, choose, openMapping } from '../helpers';

const LONG_DUTY = DEFAULT_FRAMEWORK.areas[0].duties[3].text;

describe('duty grid', () => {
  it('shows each area with its heading, QSI standards, counts and duties, sub-items nested', async () => {
    await openMapping();
    const area = screen.getByRole('region', { name: 'Perform specific examinations within diagnostic imaging' });
    expect(within(area).getByRole('heading', { level: 3 })).toHaveTextContent('Perform specific examinations within diagnostic imaging');
    expect(area).toHaveTextContent('XR-204 Service Competencies & Training Plan');
    expect(area).toHaveTextContent('XR-601 Operational Policy');
    expect(within(area).getByRole('list', { name: 'Status counts for Perform specific examinations within diagnostic imaging' })).toHaveTextContent(
      'Not yet reviewed: 8'
    );
    const modalities = within(area).getByText('MRI scanner');
    expect(modalities.tagName).toBe('LI');
    const card = modalities.closest('[role="group"]') as HTMLElement;
    expect(card).toHaveAccessibleName(/^Performing protocol-driven diagnostic imaging examinations/);
    const nested = within(area).getByText('image-guided manipulation of extremities in theatre');
    expect(nested.parentElement?.parentElement).toHaveTextContent(/^Supporting protocol-driven fluoroscopic examinations such as:/);
    const provenance = screen.getByRole('region', { name: strings.CommonFrameworkProvenanceHeading });
    expect(provenance).toBeVisible();
    expect(provenance).toHaveTextContent('June 2024: developed for local mapping use from Developing career pathways');
    expect(provenance).toHaveTextContent('March 2025: The Society of Radiographers provides this document as a useful example');
  });

  it('names every control of a duty row after the duty', async () => {
    await openMapping();
    // Computed accessible names (aria-labelledby would outrank aria-label, so check the real name).
    expect(screen.getByRole('combobox', { name: `Found in: ${COILS}` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `JD/PS reference: ${COILS}` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Comments: ${COILS}` })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: `Status: ${COILS}` })).toBeInTheDocument();
    const shortened = truncate(LONG_DUTY);
    expect(shortened.length).toBeLessThanOrEqual(121);
    expect(shortened.endsWith('…')).toBe(true);
    expect(screen.getByRole('combobox', { name: `Status: ${shortened}` })).toBeInTheDocument();
  });

  it('shows the status with its label (and icon) and offers action fields only for Gap and Partly in place', async () => {
    const { user } = await openMapping();
    expect(screen.queryByLabelText(`Action: ${COILS}`)).not.toBeInTheDocument();
    await choose(user, `Status: ${COILS}`, 'Gap');
    expect(screen.getByLabelText(`Status: ${COILS}`)).toHaveTextContent('Gap');
    expect(screen.getByRole('textbox', { name: `Action: ${COILS}` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Action owner: ${COILS}` })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: `Action due date: ${COILS}` })).toBeInTheDocument();
    await choose(user, `Status: ${COILS}`, 'In place');
    expect(screen.queryByLabelText(`Action: ${COILS}`)).not.toBeInTheDocument();
    await choose(user, `Status: ${COILS}`, 'Partly in place');
    expect(screen.getByLabelText(`Action: ${COILS}`)).toBeInTheDocument();
    const summary = screen.getByRole('list', { name: strings.MappingSummaryCountsLabel });
    expect(summary).toHaveTextContent('Partly in place: 1');
  });

  it('renders markup typed into comments and names as text, never as HTML', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const services = new FakeServices();
    const mappingId = services.addMapping(
      { team: 'MRI North', completedBy: { people: [], otherNames: [markup] } },
      { entries: [{ dutyId: 'clean-safe-7', comments: markup }] }
    );
    await openMapping({ services, mappingId });
    expect(screen.getByLabelText(`Comments: ${COILS}`)).toHaveValue(markup);
    expect(screen.getByRole('list', { name: strings.MappingOtherNamesListLabel })).toHaveTextContent(markup);
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows a plain-English error for an over-long reference instead of cutting it short', async () => {
    const { user } = await openMapping();
    const reference = screen.getByLabelText(`JD/PS reference: ${COILS}`);
    await user.click(reference);
    await user.paste('x'.repeat(256));
    expect(reference).toHaveValue('x'.repeat(256));
    expect(
      await screen.findByText('The JD/PS reference is 256 characters long; the most SharePoint can store is 255. Shorten it by 1 character.')
    ).toBeInTheDocument();
    expect(reference).toHaveAttribute('aria-invalid', 'true');
  });

  it('focuses the deep-linked area', async () => {
    await openMapping({ host: { initialTarget: { mappingId: 1, areaId: 'communicate' } }, mappingId: 1, services: withOneMapping() });
    expect(screen.getByRole('heading', { name: 'Communicate appropriately with patients, the multi-disciplinary team and wider networks' })).toHaveFocus();
  });
});

function withOneMapping(): FakeServices {
  const services = new FakeServices();
  services.addMapping({ team: 'MRI North' });
  return services;
}
