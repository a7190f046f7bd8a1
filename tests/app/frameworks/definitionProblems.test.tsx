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
    expect(await screen.findByText(strings.FrameworksDamagedVersionsTitle)).toBeInTheDocument();
    expect(
      screen.getByText(
        `Version 3 of "${DEFAULT_FRAMEWORK.title}" (item 42 in the Duty Mapping Frameworks list): areas[1].duties[0].text: Area 2, duty 1: the text is blank; every item needs wording.`
      )
    ).toBeInTheDocument();
  });
});

describe('importing a framework file that cannot be used', () => {
  it('says where in the file and what is wrong, in the app’s words, and changes nothing', async () => {
    const services = new FakeServices();
    services.access = 'setUp';
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.ChooserFrameworkManageFrameworks }));
    const framework = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as { areas: { title: string }[] };
    framework.areas[0].title = ' ';
    const text = JSON.stringify({ format: 'imaging-duty-mapping-framework', schemaVersion: 1, framework });
    const file = new File([text], 'framework.json', { type: 'application/json' });
    // jsdom's File has no text(); the browser's does.
    Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
    await user.upload(await screen.findByLabelText(strings.FrameworksImportChooseFile), file);
    expect(
      await screen.findByText(`${strings.FrameworksImportFailed} At framework.areas[0].title: Area 1: the title is blank; fill it in.`)
    ).toBeInTheDocument();
    // No draft was opened from it.
    expect(screen.queryByRole('heading', { name: /^Editing / })).not.toBeInTheDocument();
  });
});
