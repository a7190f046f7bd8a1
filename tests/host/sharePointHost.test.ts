import { createSharePointHost } from '../../src/host/sharePointHost';
import type { SpfxContextLike } from '../../src/host/context.types';

const context: SpfxContextLike = {
  pageContext: { web: { absoluteUrl: 'https://nhs.sharepoint.com/sites/imaging' }, cultureInfo: { currentUICultureName: 'en-GB' } },
  sdks: {}
};

describe('SharePoint host', () => {
  const page = { href: 'https://nhs.sharepoint.com/sites/imaging/SitePages/Mapping.aspx', search: '' };

  it('opens the property pane default mapping when the page link names none', () => {
    const host = createSharePointHost(context, { defaultMappingId: 4, defaultTeam: 'MRI' }, page, window.localStorage);
    expect(host.kind).toBe('sharePoint');
    expect(host.initialTarget).toEqual({ mappingId: 4 });
    expect(host.defaultTeam).toBe('MRI');
    expect(host.locale).toBe('en-GB');
  });

  it('opens the mapping and area in the page query string', () => {
    const host = createSharePointHost(context, { defaultMappingId: 4 }, { ...page, search: '?mapping=9&area=perform-exams' }, window.localStorage);
    expect(host.initialTarget).toEqual({ mappingId: 9, areaId: 'perform-exams' });
  });

  it('links to a mapping and area on the same page', () => {
    const host = createSharePointHost(context, {}, page, window.localStorage);
    expect(host.linkTo({ mappingId: 9, areaId: 'communicate' })).toBe(`${page.href}?mapping=9&area=communicate`);
    expect(host.linkTo({ mappingId: 9 })).toBe(`${page.href}?mapping=9`);
  });

  it('carries a duty (the action tracker’s link) there and back', () => {
    const host = createSharePointHost(context, {}, page, window.localStorage);
    const link = host.linkTo({ mappingId: 9, areaId: 'communicate', dutyId: 'communicate-2' });
    expect(link).toBe(`${page.href}?mapping=9&area=communicate&duty=communicate-2`);
    const opened = createSharePointHost(context, {}, { ...page, search: new URL(link).search }, window.localStorage);
    expect(opened.initialTarget).toEqual({ mappingId: 9, areaId: 'communicate', dutyId: 'communicate-2' });
  });

  it('follows an inverted (dark) site theme', () => {
    const host = createSharePointHost(context, {}, page, window.localStorage, { isInverted: true, palette: { themePrimary: '#3aa0f3', white: '#1b1a19' } });
    expect(host.themeName).toBe('dark');
    expect(host.theme.palette.themePrimary).toBe('#3aa0f3');
  });
});
