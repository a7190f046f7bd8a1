import * as React from 'react';
import type { Duty, MappingEntry } from '../../../../model';
import type { EditorActions } from '../../editor/contract';
import { DutyHistoryButton } from '../../signoff/components/DutyHistoryButton';
import { DutyText } from '../../duties/components/DutyText';
import { useDutyAnswers } from '../../duties/hooks/useDutyAnswers';
import { COLUMN_INDEX } from '../tableColumns';
import type { TableClasses } from '../tableStyles';
import { CommentsCell, MapCell, StatusCell } from './AnswerCells';
import type { AnswerCellProps } from './AnswerCells';

export interface DutyTableRowProps {
  /** The row's index in its area's grid. */
  row: number;
  duty: Duty;
  entry: MappingEntry;
  /** The active cell's column when it is in this row, otherwise -1. */
  activeCol: number;
  /** Whether the active cell shows its controls. */
  editing: boolean;
  readOnly: boolean;
  actions: EditorActions;
  classes: TableClasses;
  /** The area cell, which spans every row and so lives in the first. */
  areaCell?: React.ReactNode;
}

/**
 * The attributes of one cell of the grid: its place (for the keyboard), and a
 * roving tab stop, so Tab enters the grid once, at the active cell.
 *
 * @param row - Row index.
 * @param col - Column index.
 * @param activeCol - The active column of this row, or -1.
 * @param editing - Whether the active cell is being edited (its controls then take the tab stop).
 * @returns Props for the cell element.
 */
export function cellProps(row: number, col: number, activeCol: number, editing: boolean): { 'data-row': number; 'data-col': number; tabIndex: number } {
  return { 'data-row': row, 'data-col': col, tabIndex: activeCol === col && !editing ? 0 : -1 };
}

/**
 * One duty as a row of the form: its text (with sub-items), where it is found,
 * comments and status. Memoised: only the edited or active row re-renders.
 */
function DutyTableRowView({ row, duty, entry, activeCol, editing, readOnly, actions, classes, areaCell }: DutyTableRowProps): JSX.Element {
  const answers = useDutyAnswers(duty, entry, actions);
  const answer = (col: number): AnswerCellProps => ({ answers, editing: editing && activeCol === col && !readOnly, classes });
  const textId = `idm-table-duty-${duty.id}`;
  // The History button is the duty cell's one control: Enter on the cell moves to it (the grid pattern), so it is
  // a tab stop only then, like the answer cells' controls.
  const historyFocusable = editing && activeCol === COLUMN_INDEX.duty;

  return (
    <tr data-duty-id={duty.id}>
      {areaCell}
      <th role="rowheader" scope="row" className={classes.cell} style={{ fontWeight: 'normal' }} {...cellProps(row, COLUMN_INDEX.duty, activeCol, editing)}>
        <DutyText duty={duty} id={textId} />
        <DutyHistoryButton dutyId={duty.id} dutyLabel={answers.label} tabIndex={historyFocusable ? 0 : -1} />
      </th>
      <td role="gridcell" className={classes.cell} {...cellProps(row, COLUMN_INDEX.map, activeCol, editing)}>
        <MapCell {...answer(COLUMN_INDEX.map)} />
      </td>
      <td role="gridcell" className={classes.cell} {...cellProps(row, COLUMN_INDEX.comments, activeCol, editing)}>
        <CommentsCell {...answer(COLUMN_INDEX.comments)} />
      </td>
      <td role="gridcell" id={`idm-table-status-${duty.id}`} className={classes.cell} {...cellProps(row, COLUMN_INDEX.status, activeCol, editing)}>
        <StatusCell {...answer(COLUMN_INDEX.status)} />
      </td>
    </tr>
  );
}

export const DutyTableRow = React.memo(DutyTableRowView);
