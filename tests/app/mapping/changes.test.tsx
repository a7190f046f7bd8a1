import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

function yearlyReview(): { services: FakeServices; current: number } {
  const services = new FakeServices();
  const previous = services.addMapping(
    { team: 'CT — Royal Infirmary', dateCompleted: '2025-02-11' },
    { entries: [{ dutyId: 'clean-safe-1', status: 'gap' }, { dutyId: 'clean-safe-2', status: 'inPlace' }] }
  );
  const current = services.addMapping(
    { team: 'CT — Royal Infirmary' },
    { entries: [{ dutyId: 'clean-safe-1', status: 'inPlace' }, { dutyId: 'clean-safe-2', status: 'gap' }, { dutyId: 'communicate-1', status: 'partlyInPlace' }] }
  );
  services.previousOf.set(current, previous);
  return { services, current };
}

describe('change since the previous mapping', () => {
  it('summarises new and closed gaps, lists each duty from → to, and filters the grid to what changed', async () => {
    const { services, current } = yearlyReview();
    const { user } = renderApp({ services, host: { initialTarget: { mappingId: current } } });
    const panel = await screen.findByRole('region', { name: 'Since the previous mapping (completed 11/02/2025)' });
    expect(within(panel).getByText('Duties with a different status: 3. New gaps: 1. Gaps closed: 1.')).toBeInTheDocument();
    const list = within(panel).getByRole('list', { name: strings.MappingChangesListLabel });
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/Managing own safety.*:\s*Gap\s*to\s*In place/);

    await user.click(within(panel).getByRole('switch', { name: strings.MappingChangesOnlyChanged }));
    expect(await screen.findByText('Showing 3 of 24 duties')).toBeInTheDocument();
    await user.click(within(panel).getByRole('switch', { name: strings.MappingChangesOnlyChanged }));
    expect(await screen.findByText('Showing 24 of 24 duties')).toBeInTheDocument();
  });

  it('shows nothing for a mapping that was not made from another', async () => {
    const { services } = yearlyReview();
    const first = [...services.records.keys()][0];
    renderApp({ services, host: { initialTarget: { mappingId: first } } });
    await screen.findByRole('heading', { name: /Mapping for CT — Royal Infirmary/ });
    expect(screen.queryByRole('region', { name: /Since the previous mapping/ })).not.toBeInTheDocument();
  });
});
