import { spfi, SPFx, type ISPFXContext, type SPFI } from '@pnp/sp';

/**
 * The PnPjs client inside SharePoint or Teams: SPFx's behaviour takes the form
 * digest from the page and retries throttled requests (429/503/504) itself.
 */
export function createSpfxSp(context: ISPFXContext): SPFI {
  return spfi().using(SPFx(context));
}
