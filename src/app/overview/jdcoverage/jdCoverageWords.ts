import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../wording/format';
import { foundInWord } from '../../../wording/vocabulary';
import type { CoverageCell } from './jdCoverageRows';

/**
 * A cell in words, as the screen and the Excel sheet both say it: "JD – JD 3.2",
 * "Not in JD or PS", "Not yet mapped".
 *
 * @param cell - One team's answer for one duty.
 * @returns The words.
 */
export function cellWords(cell: CoverageCell): string {
  if (cell.state === 'notFound') {
    return strings.OverviewJdCoverageNotFound;
  }
  if (cell.state === 'notMapped') {
    return strings.CommonFoundInNotMapped;
  }
  const label = foundInWord(cell.foundIn).label;
  return cell.reference === '' ? label : formatText(strings.CommonExportFoundInWithReference, label, cell.reference);
}
