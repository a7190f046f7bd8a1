import * as React from 'react';
import { useNarrow } from '../../../common/table/useNarrow';

/** Narrower than this, the table's five columns cannot be read, so the cards are shown (WCAG reflow). */
export const TABLE_MIN_WIDTH = 640;

/**
 * Whether an element is wide enough for the table. Measures the element, not the
 * window: a web part in a narrow SharePoint column on a wide screen gets cards too.
 *
 * @param ref - The element the duties are shown in.
 * @returns True while it is at least {@link TABLE_MIN_WIDTH} pixels wide.
 */
export function useWideEnough(ref: React.RefObject<HTMLElement>): boolean {
  return !useNarrow(ref, TABLE_MIN_WIDTH);
}
