import { reviewPeriodFrom } from '../../model';
import type { IWeb } from '../toolkit/pnp';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import { odataString } from '../toolkit/odata';
import { SETTING_FIELDS, SETTING_KEYS } from '../schema';
import type { Row } from '../toolkit/rows';

/** The site's settings, each with its default when the site sets none. */
export interface SiteSettings {
  /** Months from a mapping's date completed to its review (12 unless set). */
  reviewPeriodMonths: number;
}

/**
 * Reads the site's settings from the Settings list. A site without the list
 * (set up by an older version) or without an item uses the defaults.
 *
 * @param context - Data context.
 * @param web - A batched web, or the root web.
 * @returns The settings.
 */
export async function readSiteSettings(context: DataContext, web?: IWeb): Promise<SiteSettings> {
  let rows: Row[] = [];
  try {
    rows = await context
      .list('settings', web)
      .items.select(SETTING_FIELDS.key, SETTING_FIELDS.value)
      .filter(`${SETTING_FIELDS.key} eq ${odataString(SETTING_KEYS.reviewPeriodMonths)}`)
      .top(1)<Row[]>();
  } catch (error) {
    if (httpStatus(error) !== 404) {
      throw error;
    }
  }
  return { reviewPeriodMonths: reviewPeriodFrom(rows[0]?.[SETTING_FIELDS.value]) };
}
