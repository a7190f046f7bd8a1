import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Rendered } from '../../renderApp';

/** An area's grid, by its accessible name. */
export function grid(area: string): HTMLElement {
  return screen.getByRole('grid', { name: `Duties in ${area}` });
}

/**
 * A duty's cell in the table view, found by the start of the duty's text (its row header).
 *
 * @param dutyText - The start of the duty's text.
 * @param column - The form's column.
 * @returns The cell.
 */
export function cellOf(dutyText: string, column: 'duty' | 'map' | 'comments' | 'status'): HTMLElement {
  const row = screen.getAllByRole('row').find((candidate) => within(candidate).queryByRole('rowheader')?.textContent?.startsWith(dutyText));
  if (!row) {
    throw new Error(`No row for ${dutyText}`);
  }
  if (column === 'duty') {
    return within(row).getByRole('rowheader');
  }
  // The area's cell spans the rows and sits only in the first: leave it out.
  const answers = within(row)
    .getAllByRole('gridcell')
    .filter((cell) => !cell.hasAttribute('rowspan'));
  return answers[{ map: 0, comments: 1, status: 2 }[column]];
}

/** Chooses the table view, as a mouse user would, and waits for the first area's grid. */
export async function showTable(user: Rendered['user']): Promise<void> {
  await user.click(screen.getByRole('radio', { name: strings.MappingViewTable }));
  await screen.findByRole('grid', { name: 'Duties in Maintain a clean and safe environment' });
}
