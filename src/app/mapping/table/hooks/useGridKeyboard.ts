import * as React from 'react';
import { moveFor, startsEditing } from '../gridKeys';
import type { CellPosition, GridShape } from '../gridKeys';

export interface GridKeyboard {
  active: CellPosition;
  editing: boolean;
  /** Handlers for the grid element (keys, focus and clicks are delegated from its cells). */
  gridProps: {
    onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
    onFocus: (event: React.FocusEvent<HTMLElement>) => void;
    onBlur: (event: React.FocusEvent<HTMLElement>) => void;
    onClick: (event: React.MouseEvent<HTMLElement>) => void;
  };
}

/** Fluent puts dropdown lists and date pickers in layers outside the cell: focus there is still editing. */
const LAYER_SELECTOR = '.ms-Layer';

const CONTROL_SELECTOR = 'input:not([disabled]), textarea:not([disabled]), [role="combobox"]:not([aria-disabled="true"]), button:not([disabled])';

function cellOf(target: EventTarget | null, grid: HTMLElement): HTMLElement | undefined {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-col]') : null;
  return cell && grid.contains(cell) ? cell : undefined;
}

function positionOf(cell: HTMLElement): CellPosition {
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

function cellAt(grid: HTMLElement, at: CellPosition): HTMLElement | null {
  return at.col === 0 ? grid.querySelector<HTMLElement>('[data-col="0"]') : grid.querySelector<HTMLElement>(`[data-row="${at.row}"][data-col="${at.col}"]`);
}

/**
 * The ARIA grid pattern for one table: a roving tab stop on the active cell,
 * arrow keys (and Home/End, Ctrl+Home/End, Page Up/Down) between cells, Enter
 * or F2 to edit an editable cell, Escape to leave its controls and return to the
 * cell. Keys typed inside a control being edited are the control's own.
 *
 * @param gridRef - The grid (table) element.
 * @param shape - Rows and columns.
 * @param isEditable - Whether a column can be edited (false everywhere when read-only).
 * @returns The active cell, whether it is being edited, and the grid's handlers.
 */
export function useGridKeyboard(gridRef: React.RefObject<HTMLElement>, shape: GridShape, isEditable: (col: number) => boolean): GridKeyboard {
  const [active, setActive] = React.useState<CellPosition>({ row: 0, col: 1 });
  const [editing, setEditing] = React.useState(false);
  // Focus moves only after something the person did in this grid, never on a plain re-render.
  const moveFocus = React.useRef(false);

  const safeActive: CellPosition = { row: Math.min(active.row, Math.max(shape.rows - 1, 0)), col: active.col };

  // A layout effect: it runs in the commit that shows the new cell. A passive effect left over from an
  // earlier render could run after the next move was asked for, and focus the cell with stale state.
  React.useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!moveFocus.current || !grid) {
      return;
    }
    moveFocus.current = false;
    const cell = cellAt(grid, safeActive);
    const target = editing ? cell?.querySelector<HTMLElement>(CONTROL_SELECTOR) : cell;
    target?.focus();
  });

  const go = (next: CellPosition, edit: boolean): void => {
    moveFocus.current = true;
    setActive(next);
    setEditing(edit);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>): void => {
    const grid = gridRef.current;
    const cell = grid ? cellOf(event.target, grid) : undefined;
    if (!cell) {
      return;
    }
    const at = positionOf(cell);
    if (event.target !== cell) {
      // Inside a control: only Escape is the grid's, and only from the cell itself (not a dropdown's list).
      if (event.key === 'Escape' && editing && cell.contains(event.target as Node)) {
        event.preventDefault();
        event.stopPropagation();
        go(at, false);
      }
      return;
    }
    if (startsEditing(event.key) && isEditable(at.col)) {
      event.preventDefault();
      go(at, true);
      return;
    }
    const next = moveFor(at, event.key, event.ctrlKey || event.metaKey, shape);
    if (next) {
      event.preventDefault();
      go(next, false);
    }
  };

  const onFocus = (event: React.FocusEvent<HTMLElement>): void => {
    const grid = gridRef.current;
    const cell = grid ? cellOf(event.target, grid) : undefined;
    if (!cell || moveFocus.current) {
      // A move this grid asked for is already under way (a click's focus can arrive after the click).
      return;
    }
    const at = positionOf(cell);
    const same = at.col === safeActive.col && (at.col === 0 || at.row === safeActive.row);
    if (!same) {
      // Focus arrived by Tab, a click or a jump: that cell is now the active one, not being edited.
      setActive(at.col === 0 ? { row: safeActive.row, col: 0 } : at);
      setEditing(false);
    }
  };

  const onBlur = (event: React.FocusEvent<HTMLElement>): void => {
    const grid = gridRef.current;
    const to = event.relatedTarget;
    const stillHere = to instanceof Element && (grid?.contains(to) || to.closest(LAYER_SELECTOR) !== null);
    if (editing && !stillHere) {
      setEditing(false);
    }
  };

  const onClick = (event: React.MouseEvent<HTMLElement>): void => {
    const grid = gridRef.current;
    const cell = grid ? cellOf(event.target, grid) : undefined;
    if (!cell) {
      return;
    }
    const at = positionOf(cell);
    const editingThis = editing && at.col === safeActive.col && at.row === safeActive.row;
    if (!editingThis && isEditable(at.col)) {
      go(at, true);
    }
  };

  return { active: safeActive, editing, gridProps: { onKeyDown, onFocus, onBlur, onClick } };
}
