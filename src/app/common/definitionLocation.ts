/**
 * Names a place in a framework definition in the loc strings' words, counting
 * from 1, e.g. ["areas", 2, "duties", 4, "children", 0] → "Area 3, duty 5, sub-item 1".
 */
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { PathSegment } from '../../model';
import { formatText } from '../../wording/format';

/** The loc string naming the n-th item of each list a framework has. */
const ITEM_NAMES: Record<string, () => string> = {
  areas: () => strings.CommonFrameworkPlaceArea,
  duties: () => strings.CommonFrameworkPlaceDuty,
  children: () => strings.CommonFrameworkPlaceSubItem,
  qsiStandards: () => strings.CommonFrameworkPlaceQsiStandard,
  introduction: () => strings.CommonFrameworkPlaceIntroduction,
  provenance: () => strings.CommonFrameworkPlaceProvenance
};

/**
 * Names a location in plain English, counting from 1.
 *
 * @param path - Keys and indexes from the root, pointing at an object or list item.
 * @returns The description, capitalised; "The framework" for the root.
 */
export function describeLocation(path: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment === 'string' && typeof next === 'number') {
      const name = ITEM_NAMES[segment];
      parts.push(name ? formatText(name(), next + 1) : formatText(strings.CommonFrameworkPlaceListItem, segment, next + 1));
      i += 1;
    } else if (segment === 'guidance') {
      parts.push(strings.CommonFrameworkPlaceGuidance);
    } else {
      parts.push(typeof segment === 'number' ? formatText(strings.CommonFrameworkPlaceItem, segment + 1) : formatText(strings.CommonFrameworkPlaceField, segment));
    }
  }
  if (parts.length === 0) {
    return strings.CommonFrameworkPlaceFramework;
  }
  const text = parts.join(strings.CommonFrameworkPlaceSeparator);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
