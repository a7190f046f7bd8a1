import { screen, waitFor, within } from '@testing-library/react';
import { truncate } from '../../../src/wording/format';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FakeServices } from '../fakes/FakeServices';
import { COILS, QUERIES, openMapping } from '../helpers';
import type { Rendered } from '../renderApp';

const DATA = 'Inputting, accessing or amending patient and other data on radiology management systems, portering systems, PACS, hospital information systems';

async function mappingWithAnswers(): Promise<Rendered> {
  const services = new FakeServices();
  const mappingId = services.addMapping(
    { team: 'MRI North' },
    {
      entries: [
        { dutyId: 'clean-safe-7', status: 'gap' },
        { dutyId: 'communicate-3', status: 'gap', comments: 'Covered on the bank holiday rota' },
        { dutyId: 'manage-data-2', status: 'partlyInPlace', reference: 'JD 7.1' }
      ]
    }
  );
  return openMapping({ services, mappingId });
}

function searchRegion(): HTMLElement {
  return screen.getByRole('search', { name: strings.MappingFindDutiesLabel });
}

function shownDuties(): string[] {
  return screen.getAllByRole('combobox', { name: /^Status: / }).map((c) => (c.getAttribute('aria-label') ?? '').replace('Status: ', ''));
}

describe('find and focus', () => {
  it('filters by status, then by area, and clears', async () => {
    const { user } = await mappingWithAnswers();
    expect(within(searchRegion()).getByText('Showing 24 of 24 duties')).toBeInTheDocument();
    const [statusFilter, areaFilter] = within(searchRegion()).getAllByRole('combobox');
    await user.click(statusFilter);
    await user.click(await screen.findByRole('option', { name: 'Gap' }));
    await user.click(screen.getByRole('button', { name: strings.MappingClose }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(searchRegion()).getByText('Showing 2 of 24 duties')).toBeInTheDocument();
    expect(shownDuties()).toEqual([COILS, QUERIES]);

    await user.click(areaFilter);
    await user.click(await screen.findByRole('option', { name: 'Communicate appropriately with patients, the multi-disciplinary team and wider networks' }));
    expect(within(searchRegion()).getByText('Showing 1 of 24 duties')).toBeInTheDocument();
    expect(shownDuties()).toEqual([QUERIES]);
    expect(screen.queryByRole('region', { name: 'Maintain a clean and safe environment' })).not.toBeInTheDocument();

    await user.click(within(searchRegion()).getByRole('button', { name: strings.MappingClearFilters }));
    expect(within(searchRegion()).getByText('Showing 24 of 24 duties')).toBeInTheDocument();
    expect(within(searchRegion()).queryByRole('button', { name: strings.MappingClearFilters })).not.toBeInTheDocument();
  });

  it('searches duty text, references and comments', async () => {
    const { user } = await mappingWithAnswers();
    const box = within(searchRegion()).getByRole('searchbox', { name: strings.MappingFilterTextLabel });
    await user.type(box, 'bank holiday');
    expect(shownDuties()).toEqual([QUERIES]);
    await user.clear(box);
    await user.type(box, 'jd 7.1');
    expect(shownDuties()).toEqual([truncate(DATA)]);
    await user.clear(box);
    await user.type(box, 'MRI coils');
    expect(shownDuties()).toEqual([COILS]);
    expect(within(searchRegion()).getByText('Showing 1 of 24 duties')).toBeInTheDocument();
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const { user } = await mappingWithAnswers();
    await user.type(within(searchRegion()).getByRole('searchbox'), 'teleportation');
    expect(within(searchRegion()).getByText(strings.MappingNoDutiesMatch)).toBeInTheDocument();
    expect(within(searchRegion()).getByText('Showing 0 of 24 duties')).toBeInTheDocument();
    await user.click(within(searchRegion()).getByRole('button', { name: strings.MappingClearFilters }));
    expect(shownDuties()).toHaveLength(24);
  });

  it('keeps a filtered row in place while it is edited so focus is never lost', async () => {
    const { user } = await mappingWithAnswers();
    const [statusFilter] = within(searchRegion()).getAllByRole('combobox');
    await user.click(statusFilter);
    await user.click(await screen.findByRole('option', { name: 'Gap' }));
    await user.click(screen.getByRole('button', { name: strings.MappingClose }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('combobox', { name: `Status: ${COILS}` }));
    await user.click(await screen.findByRole('option', { name: 'In place' }));
    expect(shownDuties()).toEqual([COILS, QUERIES]);
  });
});
