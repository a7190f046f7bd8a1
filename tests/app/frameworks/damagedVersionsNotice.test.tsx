import { screen } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

describe('the notice about damaged framework versions', () => {
  it('tells owners which item is damaged and where, in the app’s words', async () => {
    const services = new FakeServices();
    services.access = 'setUp';
    services.frameworks.damaged = [
      {
        frameworkId: DEFAULT_FRAMEWORK.id,
        title: DEFAULT_FRAMEWORK.title,
        version: 3,
        itemId: 42,
        problems: [{ code: 'blank', path: 'areas[1].duties[0].text', at: ['areas', 1, 'duties', 0, 'text'] }]
      }
    ];
    renderApp({ services });
    expect(await screen.findByText(strings.FwDamagedVersionsTitle)).toBeInTheDocument();
    expect(
      screen.getByText(
        `Version 3 of "${DEFAULT_FRAMEWORK.title}" (item 42 in the Duty Mapping Frameworks list): areas[1].duties[0].text: Area 2, duty 1: the text is blank; every item needs wording.`
      )
    ).toBeInTheDocument();
  });
});
