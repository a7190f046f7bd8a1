/**
 * @jest-environment node
 *
 * Date columns as SharePoint Online keeps them: a date-only column holds the site's local midnight
 * in UTC for the site's regional time zone, the zone is read at `web/RegionalSettings/TimeZone`,
 * and dates outside 1 January 1900 – 31 December 8900 (in UTC) are refused.
 */
import '@pnp/sp/fields';
import { DateTimeFieldFormatType } from '@pnp/sp/fields';
import { Item } from '@pnp/sp/items';
import { TestServer, httpError, startTestServer } from './helpers';

const LIST = 'Dated';

async function siteIn(timeZone?: string): Promise<TestServer> {
  const t = await startTestServer(timeZone === undefined ? {} : { timeZone });
  await t.sp().web.lists.add(LIST, '', 100, false);
  await t.sp().web.lists.getByTitle(LIST).fields.addDateTime('Due', { DisplayFormat: DateTimeFieldFormatType.DateOnly });
  await t.sp().web.lists.getByTitle(LIST).fields.addDateTime('At', { DisplayFormat: DateTimeFieldFormatType.DateTime });
  return t;
}

async function stored(t: TestServer, values: Record<string, string>): Promise<Record<string, unknown>> {
  const added = await t.sp().web.lists.getByTitle(LIST).items.add({ Title: 'x', ...values });
  return t.sp().web.lists.getByTitle(LIST).items.getById(Number((added as { Id: number }).Id)).select('Due', 'At')();
}

describe('a UK site (the default: GMT Standard Time, with British Summer Time)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await siteIn();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('keeps a summer date at the UK midnight, 23:00 UTC the day before', async () => {
    expect(await stored(t, { Due: '2026-06-01T00:00:00Z' })).toMatchObject({ Due: '2026-05-31T23:00:00Z' });
    expect(await stored(t, { Due: '2026-06-01T12:00:00Z' })).toMatchObject({ Due: '2026-05-31T23:00:00Z' });
    expect(await stored(t, { Due: '2026-01-15T12:00:00Z' })).toMatchObject({ Due: '2026-01-15T00:00:00Z' });
  });

  it('keeps the instant in a date-and-time column', async () => {
    expect(await stored(t, { At: '2026-06-01T12:34:56Z' })).toMatchObject({ At: '2026-06-01T12:34:56Z' });
  });

  it('says which time zone it is in, as SharePoint Online does', async () => {
    const r = await fetch(`${t.server.siteUrl}/_api/web/RegionalSettings/TimeZone`, { headers: { Accept: 'application/json' } });
    expect(await r.json()).toMatchObject({
      'odata.type': 'SP.TimeZone',
      Description: '(UTC) Dublin, Edinburgh, Lisbon, London',
      Id: 2,
      Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 }
    });
  });

  it('refuses dates outside 1900–8900 with SharePoint\'s message', async () => {
    expect(await stored(t, { Due: '1900-01-01T12:00:00Z' })).toMatchObject({ Due: '1900-01-01T00:00:00Z' });
    expect(await stored(t, { Due: '8900-12-31T12:00:00Z' })).toMatchObject({ Due: '8900-12-31T00:00:00Z' });
    for (const value of ['1899-12-31T12:00:00Z', '8901-01-01T12:00:00Z']) {
      const e = await httpError(t.sp().web.lists.getByTitle(LIST).items.add({ Title: 'x', Due: value }));
      expect([value, e.status]).toEqual([value, 400]);
      expect(JSON.stringify(e.body)).toContain('You must specify a valid date within the range of 1/1/1900 and 12/31/8900.');
    }
  });

  it('reads form values in the site\'s locale and time zone, and refuses ISO text there as SharePoint Online does', async () => {
    const added = (await t.sp().web.lists.getByTitle(LIST).items.add({ Title: 'form' })) as { Id: number };
    const item = t.sp().web.lists.getByTitle(LIST).items.getById(added.Id);
    const ok = await Item(item).validateUpdateListItem([{ FieldName: 'Due', FieldValue: '1/6/2026' }]);
    expect(ok[0]).toMatchObject({ HasException: false });
    expect(await item.select('Due')()).toMatchObject({ Due: '2026-05-31T23:00:00Z' });
    const iso = await Item(item).validateUpdateListItem([{ FieldName: 'Due', FieldValue: '2026-06-01T00:00:00Z' }]);
    expect(iso[0]).toMatchObject({ HasException: true, ErrorCode: -2146232832, ErrorMessage: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.' });
  });
});

describe('sites in other time zones', () => {
  it('Pacific: midnight UTC is the day before; noon UTC keeps the day', async () => {
    const t = await siteIn('Pacific Standard Time');
    try {
      expect(await stored(t, { Due: '2026-06-01T00:00:00Z' })).toMatchObject({ Due: '2026-05-31T07:00:00Z' });
      expect(await stored(t, { Due: '2026-06-01T12:00:00Z' })).toMatchObject({ Due: '2026-06-01T07:00:00Z' });
      expect(await stored(t, { Due: '2026-01-15T12:00:00Z' })).toMatchObject({ Due: '2026-01-15T08:00:00Z' });
      const r = await fetch(`${t.server.siteUrl}/_api/web/regionalsettings/timezone`, { headers: { Accept: 'application/json' } });
      expect(await r.json()).toMatchObject({ Description: '(UTC-08:00) Pacific Time (US and Canada)', Id: 13, Information: { Bias: 480, DaylightBias: -60, StandardBias: 0 } });
    } finally {
      await t.stop();
    }
  });

  it('UTC+14: noon UTC is already tomorrow there; noon local standard time keeps the day', async () => {
    const t = await siteIn('Line Islands Standard Time');
    try {
      expect(await stored(t, { Due: '2026-06-01T12:00:00Z' })).toMatchObject({ Due: '2026-06-01T10:00:00Z' });
      // 12:00 on 1 June at UTC+14 is 22:00 UTC on 31 May (the app writes it so with Bias -840).
      expect(await stored(t, { Due: '2026-05-31T22:00:00Z' })).toMatchObject({ Due: '2026-05-31T10:00:00Z' });
    } finally {
      await t.stop();
    }
  });

  it('UTC+9: 1 January 1900 cannot be kept (its midnight is still 1899 in UTC), as SharePoint Online refuses it', async () => {
    const t = await siteIn('Tokyo Standard Time');
    try {
      const e = await httpError(t.sp().web.lists.getByTitle(LIST).items.add({ Title: 'x', Due: '1900-01-01T03:00:00Z' }));
      expect(e.status).toBe(400);
      expect(await stored(t, { Due: '1900-01-02T03:00:00Z' })).toMatchObject({ Due: '1900-01-01T15:00:00Z' });
    } finally {
      await t.stop();
    }
  });

  it('refuses a time zone it does not know', async () => {
    await expect(startTestServer({ timeZone: 'Mars Standard Time' })).rejects.toThrow(/Unknown site time zone/);
  });
});
