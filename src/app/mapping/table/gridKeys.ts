/**
 * Where the active cell of a table grid moves for a key, following the ARIA
 * grid pattern (arrow keys, Home/End, Ctrl+Home/End, Page Up/Down). Pure, so
 * the movement is tested without a DOM.
 */

/** A cell of the grid: row of a duty, column of the form. */
export interface CellPosition {
  row: number;
  col: number;
}

/** The grid's size. Column 0 (the area) spans every row, as in the SoR form. */
export interface GridShape {
  rows: number;
  cols: number;
}

/** Rows a Page Up or Page Down moves. */
export const PAGE_ROWS = 5;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The cell a navigation key moves to.
 *
 * @param from - The active cell.
 * @param key - `KeyboardEvent.key`.
 * @param ctrl - Whether Ctrl (or Cmd) was held.
 * @param shape - Rows and columns.
 * @returns The new position, or undefined when the key is not a navigation key
 * (so the browser keeps its default). At an edge the position stays where it is.
 */
export function moveFor(from: CellPosition, key: string, ctrl: boolean, shape: GridShape): CellPosition | undefined {
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  if (from.col === 0 && (key === 'ArrowDown' || key === 'ArrowUp' || key === 'PageDown' || key === 'PageUp')) {
    // The area cell spans every row: moving up or down inside it would go nowhere visible.
    return from;
  }
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, col: clamp(from.col + 1, 0, lastCol) };
    case 'ArrowLeft':
      return { row: from.row, col: clamp(from.col - 1, 0, lastCol) };
    case 'ArrowDown':
      return { row: clamp(from.row + 1, 0, lastRow), col: from.col };
    case 'ArrowUp':
      return { row: clamp(from.row - 1, 0, lastRow), col: from.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case 'PageDown':
      return { row: clamp(from.row + PAGE_ROWS, 0, lastRow), col: from.col };
    case 'PageUp':
      return { row: clamp(from.row - PAGE_ROWS, 0, lastRow), col: from.col };
    default:
      return undefined;
  }
}

/**
 * Whether a key starts editing a cell: Enter or F2, as in the grid pattern.
 *
 * @param key - `KeyboardEvent.key`.
 * @returns True for Enter and F2.
 */
export function startsEditing(key: string): boolean {
  return key === 'Enter' || key === 'F2';
}
