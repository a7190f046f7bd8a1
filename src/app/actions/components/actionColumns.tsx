import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import type { IColumn } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { StatusBadge } from '../../common/components/StatusBadge';
import { formatDate, formatText } from '../../../wording/format';
import { statusWords } from '../../../wording/vocabulary';
import { AppLink } from '../../shell/navigation/AppLink';
import { Flag } from '../../overview/components/Flag';
import { ownerName } from '../actionRows';
import type { ActionRow } from '../actionRows';
import { reminderFor } from '../reminders';
import { siteRef } from '../../shell/sites/siteIds';

function text(value: string, blank: string): JSX.Element {
  return value === '' ? <Text variant="small" styles={{ root: { fontStyle: 'italic' } }}>{blank}</Text> : <Text>{value}</Text>;
}

function col(key: string, name: string, minWidth: number, render: (row: ActionRow) => React.ReactNode, extra: Partial<IColumn> = {}): IColumn {
  return { key, name, minWidth, maxWidth: minWidth * 2, isResizable: true, isMultiline: true, onRender: (row?: ActionRow) => (row ? render(row) : null), ...extra };
}

/**
 * The action tracker's columns: team, area, duty (a link to it), action, owner, due date, status.
 *
 * @param options - Sort direction, handlers, whether the site column shows and whether owners are being checked.
 * @returns Columns for DetailsList.
 */
export function actionColumns(options: {
  descending: boolean;
  onSortDue: () => void;
  onOpen: (target: DeepLinkTarget) => void;
  showSite?: boolean;
  /** While the check for owners who have left runs, no reminder is offered to an owner person yet. */
  checkingOwners?: boolean;
}): IColumn[] {
  return [
    col('team', strings.CommonTeamLabel, 120, (row) => <Text>{row.item.team}</Text>),
    ...(options.showSite ? [col('site', strings.CommonShellSitesColumn, 80, (row) => <Text variant="small">{row.item.siteUrl ? siteRef(row.item.siteUrl).label : ''}</Text>)] : []),
    col('area', strings.CommonExportSummaryAreaColumn, 140, (row) => <Text variant="small">{row.item.areaTitle}</Text>),
    col('duty', strings.CommonExportColumnDuty, 220, (row) => (
      <AppLink target={{ mappingId: row.item.mappingId, areaId: row.areaId, dutyId: row.item.dutyId }} onOpen={options.onOpen} ariaLabel={formatText(strings.ActionsOpenDuty, row.item.dutyText, row.item.team)}>
        {row.item.dutyText}
      </AppLink>
    )),
    col('what', strings.CommonExportColumnAction, 160, (row) =>
      row.noAction ? <Flag iconName="Info" tone="warning">{strings.ActionsNoActionYet}</Flag> : text(row.item.what, strings.ActionsNotWritten)
    ),
    col('owner', strings.CommonExportColumnOwner, 110, (row) =>
      row.item.ownerLeft ? (
        <span style={{ display: 'grid', gap: 2 }}>
          <Text>{ownerName(row.item)}</Text>
          <Flag iconName="Info" tone="warning">{strings.ActionsOwnerLeft}</Flag>
        </span>
      ) : (
        text(ownerName(row.item), strings.ActionsNoOwner)
      )
    ),
    col('remind', strings.ActionsRemindColumn, 110, (row) => {
      const reminder = reminderFor(row.item);
      if (!reminder) {
        return row.item.ownerLeft ? <Text variant="small">{strings.ActionsRemindOwnerLeft}</Text> : null;
      }
      if (options.checkingOwners) {
        return <Text variant="small">{strings.ActionsRemindChecking}</Text>;
      }
      const about = row.item.what || row.item.dutyText;
      return (
        <span style={{ display: 'grid', gap: 2 }}>
          <Link href={reminder.teams} target="_blank" rel="noopener noreferrer" aria-label={formatText(strings.ActionsRemindTeamsAria, reminder.name, about)}>
            {strings.ActionsRemindTeams}
          </Link>
          <Link href={reminder.email} aria-label={formatText(strings.ActionsRemindEmailAria, reminder.name, about)}>
            {strings.ActionsRemindEmail}
          </Link>
        </span>
      );
    }),
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
            {row.overdue && <Flag iconName="Warning" tone="error">{strings.CommonOverviewOverdue}</Flag>}
          </span>
        ),
      {
        isSorted: true,
        isSortedDescending: options.descending,
        sortAscendingAriaLabel: strings.ActionsSortedSoonest,
        sortDescendingAriaLabel: strings.ActionsSortedLatest,
        ariaLabel: formatText(strings.CommonOverviewSortBy, strings.ActionsDueColumn),
        onColumnClick: options.onSortDue
      }
    ),
    col('status', strings.CommonDetailsStatus, 110, (row) => {
      const status = statusWords().find((s) => s.key === row.item.status);
      return status ? <StatusBadge item={status} /> : null;
    })
  ];
}
