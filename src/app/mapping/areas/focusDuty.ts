/**
 * Moving focus to places in either view of the duties. Both views mark each
 * duty's element with `data-duty-id`; the table's status cell and the card's
 * status dropdown are where a team decides about a duty, so focus goes there.
 */

/**
 * The duty holding an element (the one focus is in), in either view.
 *
 * @param element - Any element.
 * @returns The duty's id, or undefined outside the duties.
 */
export function dutyIdOf(element: Element | null): string | undefined {
  return element?.closest<HTMLElement>('[data-duty-id]')?.dataset.dutyId;
}

function reveal(element: HTMLElement): void {
  if (typeof element.scrollIntoView === 'function') {
    element.scrollIntoView({ block: 'center' });
  }
  element.focus();
}

/**
 * Focuses a duty's status: the table's status cell, or the card's status dropdown.
 *
 * @param dutyId - The duty.
 * @param statusName - The status dropdown's accessible name on the card ("Status: <duty>").
 * @returns Whether something took the focus.
 */
export function focusDutyStatus(dutyId: string, statusName: string): boolean {
  const cell = document.getElementById(`idm-table-status-${dutyId}`);
  if (cell) {
    reveal(cell);
    return true;
  }
  const card = document.querySelector(`li[data-duty-id="${dutyId}"]`);
  const control = Array.from(card?.querySelectorAll<HTMLElement>('[role="combobox"]') ?? []).find((element) => element.getAttribute('aria-label') === statusName);
  if (control) {
    reveal(control);
    return true;
  }
  return false;
}

/**
 * Brings an area's heading into view and focuses it.
 *
 * @param areaId - The area.
 * @returns Whether the heading is on screen (an area the filters hide is not).
 */
export function focusArea(areaId: string): boolean {
  const heading = document.getElementById(`idm-area-${areaId}`);
  if (!heading) {
    return false;
  }
  if (typeof heading.scrollIntoView === 'function') {
    heading.scrollIntoView({ block: 'start' });
  }
  heading.focus();
  return true;
}
