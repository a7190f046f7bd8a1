import * as React from 'react';
import { useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { areaRollup } from '../../../../model';
import { formatText } from '../../../../wording/format';
import { AreaFrame, entryLookup } from '../../duties/components/AreaFrame';
import type { AreaViewProps } from '../../duties/components/DutyAreas';
import { DutyHistoryContext } from '../../signoff/DutyHistoryContext';
import { AreaProgress } from '../../areas/components/AreaProgress';
import { useGridKeyboard } from '../hooks/useGridKeyboard';
import { COLUMN_INDEX, tableColumns } from '../tableColumns';
import { tableClasses } from '../tableStyles';
import { cellProps, DutyTableRow } from './DutyTableRow';
import { FormColumns } from './FormColumns';
import { QsiList } from '../../duties/components/QsiList';

export interface AreaTableProps extends AreaViewProps {
  /** Id of the text telling keyboard users how the grid works. */
  hintId: string;
}

/**
 * One area as the SoR form's table, operable as an ARIA grid: the area and its
 * QSI standards in the first column (spanning every duty), then each duty's
 * text, where it is found, comments and status, edited in place.
 */
function AreaTableView({ entries, shown, hintId, ...frame }: AreaTableProps): JSX.Element {
  const { area, readOnly, actions } = frame;
  const theme = useTheme();
  const classes = tableClasses(theme);
  const columns = tableColumns();
  const gridRef = React.useRef<HTMLTableElement>(null);
  const historyShown = React.useContext(DutyHistoryContext) !== undefined;
  // The duty cell's History is for readers too; the answer cells are for editors only.
  const editable = (col: number): boolean => (col === COLUMN_INDEX.duty ? historyShown : !readOnly && columns[col]?.editable === true);
  const { active, editing, gridProps } = useGridKeyboard(gridRef, { rows: shown.length, cols: columns.length }, editable);
  const entryOf = entryLookup(entries);

  const areaCell = (
    <td role="gridcell" rowSpan={shown.length} className={classes.areaCell} {...cellProps(active.row, 0, active.col, false)}>
      <p style={{ margin: 0 }}>{formatText(strings.CommonExportAreaPartA, area.title)}</p>
      <p style={{ margin: '8px 0 0' }}>{strings.MappingTableQsiPart}</p>
      <QsiList area={area} className={classes.qsiList} />
    </td>
  );

  return (
    <AreaFrame {...frame} summary={<AreaProgress area={area} rollup={areaRollup(area, entries)} />}>
      <table
        ref={gridRef}
        role="grid"
        aria-label={formatText(strings.MappingDutiesInAreaLabel, area.title)}
        aria-describedby={hintId}
        aria-readonly={readOnly || undefined}
        className={classes.table}
        {...gridProps}
      >
        <FormColumns headerRole="columnheader" headerClassName={classes.headerCell} />
        <tbody>
          {shown.map((duty, row) => (
            <DutyTableRow
              key={duty.id}
              row={row}
              duty={duty}
              entry={entryOf(duty.id)}
              activeCol={active.row === row ? active.col : -1}
              editing={active.row === row && editing}
              readOnly={readOnly}
              actions={actions}
              classes={classes}
              areaCell={row === 0 ? areaCell : undefined}
            />
          ))}
        </tbody>
      </table>
    </AreaFrame>
  );
}

export const AreaTable = React.memo(AreaTableView);
