import * as React from 'react';
import { Text, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { areaRollup, emptyEntry } from '../../../../model';
import type { Area, Duty, Framework, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { CopyLink } from '../../../common/components/CopyLink';
import { formatText } from '../../../../wording/format';
import type { EditorActions } from '../../editor/contract';
import { AreaCommentField } from '../../areas/components/AreaCommentField';
import { DutyHistoryContext } from '../../signoff/DutyHistoryContext';
import { AreaProgress } from '../../areas/components/AreaProgress';
import { useGridKeyboard } from '../hooks/useGridKeyboard';
import { COLUMN_INDEX, tableColumns } from '../tableColumns';
import { tableClasses } from '../tableStyles';
import { cellProps, DutyTableRow } from './DutyTableRow';

export interface AreaTableProps {
  mappingId: number;
  framework: Framework;
  area: Area;
  /** The area's entries, one per duty in the area's order. */
  entries: MappingEntry[];
  /** The duties to show (all of the area's unless filtered). */
  shown: Duty[];
  comment: string;
  /** Set when all areas' comments together are too long (they share one column): every area says so. */
  allCommentsError?: string;
  readOnly: boolean;
  actions: EditorActions;
  /** Id of the text telling keyboard users how the grid works. */
  hintId: string;
}

/**
 * One area as the SoR form's table, operable as an ARIA grid: the area and its
 * QSI standards in the first column (spanning every duty), then each duty's
 * text, where it is found, comments and status, edited in place.
 */
function AreaTableView({ mappingId, framework, area, entries, shown, comment, allCommentsError, readOnly, actions, hintId }: AreaTableProps): JSX.Element {
  const theme = useTheme();
  const density = useDensity();
  const classes = tableClasses(theme);
  const columns = tableColumns();
  const gridRef = React.useRef<HTMLTableElement>(null);
  const historyShown = React.useContext(DutyHistoryContext) !== undefined;
  // The duty cell's History is for readers too; the answer cells are for editors only.
  const editable = (col: number): boolean => (col === COLUMN_INDEX.duty ? historyShown : !readOnly && columns[col]?.editable === true);
  const { active, editing, gridProps } = useGridKeyboard(gridRef, { rows: shown.length, cols: columns.length }, editable);
  const byDuty = new Map(entries.map((entry) => [entry.dutyId, entry]));
  const headingId = `idm-area-${area.id}`;

  const areaCell = (
    <td role="gridcell" rowSpan={shown.length} className={classes.areaCell} {...cellProps(active.row, 0, active.col, false)}>
      <p style={{ margin: 0 }}>{formatText(strings.CommonExportAreaPartA, area.title)}</p>
      <p style={{ margin: '8px 0 0' }}>{strings.MappingTableQsiPart}</p>
      <ul className={classes.qsiList}>
        {area.qsiStandards.map((qsi) => (
          <li key={qsi.code}>
            <strong>{qsi.code}</strong> {qsi.title}
          </li>
        ))}
      </ul>
    </td>
  );

  return (
    <section aria-labelledby={headingId} style={{ display: 'grid', gap: density.fieldGap }}>
      <Text block as="h3" variant="large" id={headingId} tabIndex={-1} styles={{ root: { margin: 0, scrollMarginTop: 140 } }}>
        {area.title}
      </Text>
      <AreaProgress area={area} rollup={areaRollup(area, entries)} />
      <CopyLink target={{ mappingId, areaId: area.id }} ariaLabel={formatText(strings.MappingCopyAreaLinkLabel, area.title)} />
      <table
        ref={gridRef}
        role="grid"
        aria-label={formatText(strings.MappingDutiesInAreaLabel, area.title)}
        aria-describedby={hintId}
        aria-readonly={readOnly || undefined}
        className={classes.table}
        {...gridProps}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={{ width: `${column.widthPercent}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} role="columnheader" scope="col" className={classes.headerCell}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((duty, row) => (
            <DutyTableRow
              key={duty.id}
              row={row}
              duty={duty}
              entry={byDuty.get(duty.id) ?? emptyEntry(duty.id)}
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
      <AreaCommentField framework={framework} area={area} comment={comment} allCommentsError={allCommentsError} readOnly={readOnly} actions={actions} />
    </section>
  );
}

export const AreaTable = React.memo(AreaTableView);
