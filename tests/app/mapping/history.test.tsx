import { screen } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../src/wording/format';
import { FakeServices } from '../fakes/FakeServices';
import { openMapping } from '../helpers';

describe('the history of the details', () => {
  it('words each change, the sign-off state in the app’s own words', async () => {
    const services = new FakeServices();
    const mappingId = await services.mappings.createMapping({ header: { team: 'MRI North', completedBy: { people: [], otherNames: [] }, notes: '' } });
    await services.governance.setReady(mappingId, true);
    const { user } = await openMapping({ services, mappingId });
    await user.click(screen.getByRole('button', { name: strings.MappingDetailsHistoryButton }));
    expect(
      await screen.findByText(formatText(strings.MappingHistoryChange, strings.MappingHistoryFieldSignOffState, strings.MappingHistorySignOffDraft, strings.MappingHistorySignOffReady))
    ).toBeInTheDocument();
    expect(screen.getByText(formatText(strings.MappingHistoryChange, strings.CommonTeamLabel, strings.MappingConflictBlank, 'MRI North'))).toBeInTheDocument();
    expect(strings.MappingHistorySignOffReady).toBe('Ready for sign-off');
  });
});
