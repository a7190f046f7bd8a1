import * as React from 'react';
import { Text } from '@fluentui/react';
import type { IColumn } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { StatusBadge } from '../../common/components/StatusBadge';
import { formatDate, formatText } from '../../../wording/format';
import { statusWords } from '../../../wording/vocabulary';
import { AppLink } from '../../shell/navigation/AppLink';
import { Flag } from '../../overview/components/Flag';
import type { ActionRow } from '../actionRows';
import { siteRef } from '../../shell/sites/acrossSites';

function text(value: string, blank: string): JSX.Element {
  return value === '' ? <Text variant="small" styles={{ root: { fontStyle: 'italic' } }}>{blank}</Text> : <Text>{value}</Text>;
}

function col(key: string, name: string, minWidth: number, render: (row: ActionRow) => React.ReactNode, extra: Partial<IColumn> = {}): IColumn {
  return { key, name, minWidth, maxWidth: minWidth * 2, isResizable: true, isMultiline: true, onRender: (row?: ActionRow) => (row ? render(row) : null), ...extra };
}

/**
 * The action tracker's columns: team, area, duty (a link to it), action, owner, due date, status.
 *
 * @param options - Sort direction and handlers.
 * @returns Columns for DetailsList.
 */
export function actionColumns(options: { descending: boolean; onSortDue: () => void; onOpen: (target: DeepLinkTarget) => void; showSite?: boolean }): IColumn[] {
  return [
    col('team', strings.OverviewTeamColumn, 120, (row) => <Text>{row.item.team}</Text>),
    ...(options.showSite ? [col('site', strings.ShellSitesColumn, 80, (row) => <Text variant="small">{row.item.siteUrl ? siteRef(row.item.siteUrl).label : ''}</Text>)] : []),
    col('area', strings.ActionsAreaColumn, 140, (row) => <Text variant="small">{row.item.areaTitle}</Text>),
    col('duty', strings.ActionsDutyColumn, 220, (row) => (
      <AppLink target={{ mappingId: row.item.mappingId, areaId: row.areaId, dutyId: row.item.dutyId }} onOpen={options.onOpen} ariaLabel={formatText(strings.ActionsOpenDuty, row.item.dutyText, row.item.team)}>
        {row.item.dutyText}
      </AppLink>
    )),
    col('what', strings.ActionsWhatColumn, 160, (row) =>
      row.noAction ? <Flag iconName="Info" tone="warning">{strings.ActionsNoActionYet}</Flag> : text(row.item.what, strings.ActionsNotWritten)
    ),
    col('owner', strings.ActionsOwnerColumn, 110, (row) => text(row.item.owner, strings.ActionsNoOwner)),
    col(
      'due',
      strings.ActionsDueColumn,
      110,
      (row) =>
        row.item.dueDate === undefined ? (
          text('', strings.ActionsNoDueDate)
        ) : (
          <span style={{ display: 'grid', gap: 2 }}>
            <Text>{formatDate(row.item.dueDate)}</Text>
            {row.overdue && <Flag iconName="Warning" tone="error">{strings.OverviewOverdue}</Flag>}
          </span>
        ),
      {
        isSorted: true,
        isSortedDescending: options.descending,
        sortAscendingAriaLabel: strings.ActionsSortedSoonest,
        sortDescendingAriaLabel: strings.ActionsSortedLatest,
        ariaLabel: formatText(strings.OverviewSortBy, strings.ActionsDueColumn),
        onColumnClick: options.onSortDue
      }
    ),
    col('status', strings.ActionsStatusColumn, 110, (row) => {
      const status = statusWords().find((s) => s.key === row.item.status);
      return status ? <StatusBadge item={status} /> : null;
    })
  ];
}
