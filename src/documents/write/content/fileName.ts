/**
 * File names that Windows, macOS, SharePoint and OneDrive all accept. People
 * name teams freely ("CT/MRI: Night", "Radiology."), and a download whose name
 * Windows refuses is silently renamed or fails, so the name is made safe here.
 */
import { cleanText } from './cleanText';

// Windows forbids these in names; "#" and "%" also upset SharePoint and OneDrive.
// eslint-disable-next-line no-control-regex -- control characters are among those Windows forbids
const FORBIDDEN = /[<>:"/\\|?*#%\u0000-\u001F\u007F]/g;
// Device names Windows reserves, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Windows paths are limited; leave room for the folder the file lands in. */
export const MAX_FILE_NAME_LENGTH = 120;

/**
 * Makes one part of a file name safe: forbidden characters become "-",
 * runs of spaces shrink, trailing dots and spaces go, reserved names get a "_".
 *
 * @param part - Text from people (a team name).
 * @param fallback - Used when nothing usable is left.
 * @returns A safe part.
 */
export function safeFileNamePart(part: string, fallback: string): string {
  const cleaned = cleanText(part)
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (cleaned === '' || /^[-. ]+$/.test(cleaned)) {
    return fallback;
  }
  return RESERVED.test(cleaned) ? `${cleaned}_` : cleaned;
}

/**
 * The file name of an export, e.g. "CT – duty mapping – 2025-03-31.docx".
 *
 * @param team - The mapping's team (anything people typed).
 * @param label - What the file is, from loc (e.g. "duty mapping").
 * @param isoDate - The export date, yyyy-mm-dd.
 * @param extension - Without the dot.
 * @param fallbackTeam - Used when the team name has nothing usable, from loc.
 * @returns A name safe on Windows, at most {@link MAX_FILE_NAME_LENGTH} characters.
 */
export function exportFileName(team: string, label: string, isoDate: string, extension: string, fallbackTeam: string): string {
  const suffix = ` – ${safeFileNamePart(label, 'export')} – ${isoDate}.${extension}`;
  let teamPart = safeFileNamePart(team, fallbackTeam);
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  if (teamPart.length > room) {
    // Cut whole characters (not half an emoji), then tidy the end again.
    let kept = '';
    for (const char of Array.from(teamPart)) {
      if (kept.length + char.length > room) {
        break;
      }
      kept += char;
    }
    teamPart = safeFileNamePart(kept, fallbackTeam);
  }
  return teamPart + suffix;
}
