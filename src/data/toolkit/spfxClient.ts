import { ConsoleListener, LogLevel, Logger, PnPLogging } from '@pnp/logging';
import { spfi, SPFx, type ISPFXContext, type SPFI } from '@pnp/sp';

/** Prefix of PnPjs's console lines, so a trust's IT can tell them from the page's other scripts. */
const LOG_PREFIX = 'Imaging duty mapping (PnPjs)';

/**
 * The PnPjs client inside SharePoint or Teams: SPFx's behaviour takes the form
 * digest from the page and retries throttled requests (429/503/504) itself.
 * PnPjs's own warnings and errors (retries, failed requests) go to the browser
 * console, as in Microsoft's react-pnp-js sample, so failures leave a trail.
 */
export function createSpfxSp(context: ISPFXContext): SPFI {
  // PnPjs's Logger is shared by the page: subscribe the console once, even with two web parts.
  if (Logger.count === 0) {
    Logger.subscribe(ConsoleListener(LOG_PREFIX));
  }
  return spfi().using(SPFx(context), PnPLogging(LogLevel.Warning));
}
