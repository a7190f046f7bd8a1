import * as React from 'react';
import { Icon, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../../wording/format';
import { foundInWord } from '../../../../wording/vocabulary';
import type { CoverageCell, CoverageRow, CoverageTeam } from '../jdCoverageRows';
import { getJdCoverageTableClasses } from './JdCoverageTable.styles';
import type { JdCoverageTableClasses } from './JdCoverageTable.styles';

export interface JdCoverageTableProps {
  teams: readonly CoverageTeam[];
  rows: readonly CoverageRow[];
  /** Duties each team's documents cover, in column order (of all duties, whatever is filtered). */
  coveredPerTeam: readonly number[];
  dutyCount: number;
}

function Cell({ cell, classes }: { cell: CoverageCell; classes: JdCoverageTableClasses }): JSX.Element {
  if (cell.state === 'covered') {
    const word = foundInWord(cell.foundIn);
    return (
      <td className={classes.cell}>
        <Icon iconName="CheckMark" aria-hidden className={`${classes.icon} ${classes.covered}`} />
        {word.label}
        {cell.reference !== '' && <span className={classes.reference}>{cell.reference}</span>}
      </td>
    );
  }
  if (cell.state === 'notFound') {
    return (
      <td className={classes.cell}>
        <Icon iconName="Remove" aria-hidden className={`${classes.icon} ${classes.notFound}`} />
        {strings.OverviewJdCoverageNotFound}
      </td>
    );
  }
  return (
    <td className={`${classes.cell} ${classes.notMapped}`}>
      <Icon iconName="StatusCircleQuestionMark" aria-hidden className={classes.icon} />
      {strings.CommonFoundInNotMapped}
    </td>
  );
}

/**
 * Duties down, teams across: a plain table with row and column headers, so a
 * screen reader names the duty and the team of every cell, and each cell says
 * in words (not colour) whether that team's JD or PS covers the duty.
 */
export function JdCoverageTable({ teams, rows, coveredPerTeam, dutyCount }: JdCoverageTableProps): JSX.Element {
  const classes = getJdCoverageTableClasses(useTheme());
  const areas = React.useMemo(() => {
    const grouped: Array<{ title: string; rows: CoverageRow[] }> = [];
    for (const row of rows) {
      const last = grouped[grouped.length - 1];
      if (last && last.title === row.areaTitle) {
        last.rows.push(row);
      } else {
        grouped.push({ title: row.areaTitle, rows: [row] });
      }
    }
    return grouped;
  }, [rows]);
  return (
    <div className={classes.scroller} data-is-scrollable="true" tabIndex={0} role="region" aria-labelledby="idm-jd-coverage-caption">
      <table className={classes.table}>
        <caption id="idm-jd-coverage-caption" className={classes.caption}>
          {strings.OverviewJdCoverageTableLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={classes.corner}>
              {strings.CommonExportColumnDuty}
            </th>
            {teams.map((team) => (
              <th key={team.mappingId} scope="col" className={classes.teamHeader}>
                {team.team || strings.CommonOverviewUnnamedTeam}
              </th>
            ))}
            <th scope="col" className={classes.teamHeader}>
              {strings.OverviewJdCoverageCoveredColumn}
            </th>
          </tr>
        </thead>
        {areas.map((area) => (
          <tbody key={area.title}>
            <tr>
              <th scope="rowgroup" colSpan={teams.length + 2} className={classes.areaHeader}>
                {area.title}
              </th>
            </tr>
            {area.rows.map((row) => (
              <tr key={row.duty.id}>
                <th scope="row" className={classes.dutyHeader}>
                  {row.duty.text}
                </th>
                {row.cells.map((cell, i) => (
                  <Cell key={teams[i].mappingId} cell={cell} classes={classes} />
                ))}
                <td className={classes.count}>
                  {formatText(strings.OverviewJdCoverageCount, row.covered, teams.length)}
                  {row.varies && <span className={classes.varies}>{strings.OverviewJdCoverageVariesColumn}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" className={classes.totals}>
              {strings.OverviewJdCoverageTotalsLabel}
            </th>
            {coveredPerTeam.map((count, i) => (
              <td key={teams[i].mappingId} className={classes.totals}>
                {formatText(strings.OverviewJdCoverageCount, count, dutyCount)}
              </td>
            ))}
            <td className={classes.totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
