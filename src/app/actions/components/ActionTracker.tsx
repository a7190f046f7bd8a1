import * as React from 'react';
import { ConstrainMode, DetailsList, DetailsListLayoutMode, MessageBar, MessageBarType, SelectionMode, Stack, Text, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { localToday } from '../../../model';
import type { DeepLinkTarget } from '../../../host/types';
import { LoadState } from '../../common/components/LoadState';
import { formatText } from '../../../wording/format';
import { ExportTableButton } from '../../common/export/ExportTableButton';
import { useDensity, useHost } from '../../shell/host/HostContext';
import { ColumnChooser } from '../../common/table/ColumnChooser';
import { ReflowList } from '../../common/table/ReflowList';
import { TableRegion } from '../../common/table/TableRegion';
import { useColumnChoice } from '../../common/table/useColumnChoice';
import { useNarrow } from '../../common/table/useNarrow';
import { NO_ACTION_FILTERS, actionRows, distinct, filterActions, ownedBy, ownerName, sortByDue } from '../actionRows';
import type { ActionFilters } from '../actionRows';
import { useActions, useOwnersWhoLeft } from '../hooks/useActions';
import type { LoadedActions } from '../hooks/useActions';
import { actionExport } from '../actionSheet';
import { ActionFilterBar } from './ActionFilterBar';
import { actionColumns } from './actionColumns';
import { useServices } from '../../shell/services/ServicesContext';
import { onItsSite } from '../../shell/sites/siteIds';
import { SiteFilter, SitesNotes } from '../../shell/sites/SitesNotes';
import { SPACING } from '../../common/spacing';

const classes = mergeStyleSets({
  summary: { display: 'flex', flexWrap: 'wrap', gap: `${SPACING.s1}px ${SPACING.m}px`, alignItems: 'center', justifyContent: 'space-between' },
  box: { display: 'grid', gap: SPACING.s1, minWidth: 0, maxWidth: '100%' }
});

/** Narrower than this, the tracker reflows to one card per action (WCAG 1.4.10). */
export const ACTIONS_REFLOW_WIDTH = 600;
const FIXED = ['team'];

export interface ActionTrackerProps {
  onOpen: (target: DeepLinkTarget) => void;
}

/** Every duty needing action in each team's latest mapping; in the Teams personal app, only mine. */
export function ActionTracker({ onOpen }: ActionTrackerProps): JSX.Element {
  const loaded = useActions();
  const { personalView } = useHost();
  const density = useDensity();
  return (
    <section aria-labelledby="idm-actions-heading">
      <Stack tokens={{ childrenGap: density.gap }}>
        <Text block as="h2" variant="xLarge" id="idm-actions-heading" styles={{ root: { margin: 0 } }}>
          {personalView ? strings.CommonNavMyActions : strings.CommonNavActions}
        </Text>
        <LoadState state={loaded} loading={strings.ActionsLoading} failed={strings.ActionsLoadFailed}>
          {(data) => <ActionsReady data={data} mine={personalView} onOpen={onOpen} />}
        </LoadState>
      </Stack>
    </section>
  );
}

function ActionsReady({ data, mine, onOpen }: { data: LoadedActions; mine: boolean; onOpen: (target: DeepLinkTarget) => void }): JSX.Element {
  const density = useDensity();
  const today = React.useMemo(() => localToday(), []);
  const { sites } = useServices();
  const [site, setSite] = React.useState<string | undefined>(undefined);
  // The rows show at once; owners who have left are marked when the check answers.
  const { items, checking } = useOwnersWhoLeft(data);
  const all = React.useMemo(() => {
    const rows = actionRows(items, data.overview, today).filter((row) => site === undefined || row.item.siteUrl === site);
    return mine ? rows.filter((row) => ownedBy(row.item, data.me)) : rows;
  }, [data, items, today, mine, site]);
  const openOnSite = React.useCallback((target: DeepLinkTarget) => onOpen(onItsSite(data.gathered.ids, sites.homeUrl, target)), [data, sites, onOpen]);
  const showSite = data.gathered.report.sites.length > 1;
  const [filters, setFilters] = React.useState<ActionFilters>(NO_ACTION_FILTERS);
  const [descending, setDescending] = React.useState(false);
  const shown = React.useMemo(() => sortByDue(filterActions(all, filters), descending), [all, filters, descending]);
  const getTable = React.useCallback(() => actionExport(shown, mine ? strings.CommonNavMyActions : strings.CommonNavActions), [shown, mine]);
  const allColumns = React.useMemo(
    () => actionColumns({ descending, onSortDue: () => setDescending((d) => !d), onOpen: openOnSite, showSite, checkingOwners: checking }),
    [descending, openOnSite, showSite, checking]
  );
  const choice = useColumnChoice('actions', allColumns, FIXED);
  const box = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(box, ACTIONS_REFLOW_WIDTH);
  const leftOwners = distinct(
    all.filter((row) => row.item.ownerLeft),
    (row) => row.item.ownerPerson?.displayName ?? ''
  );
  const siteTools = (
    <>
      <SitesNotes report={data.gathered.report} />
      <SiteFilter sites={data.gathered.report.sites} value={site} onChange={setSite} />
      {leftOwners.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {formatText(strings.ActionsOwnersLeftNote, leftOwners.join(', '))}
        </MessageBar>
      )}
    </>
  );

  if (all.length === 0) {
    return (
      <Stack tokens={{ childrenGap: density.fieldGap }}>
        {siteTools}
        <Text block as="p">{mine ? strings.ActionsNoneMine : strings.ActionsNone}</Text>
      </Stack>
    );
  }
  return (
    <Stack tokens={{ childrenGap: density.fieldGap }}>
      {siteTools}
      <ActionFilterBar
        owners={distinct(all, (row) => ownerName(row.item))}
        teams={distinct(all, (row) => row.item.team)}
        areas={distinct(all, (row) => row.item.areaTitle)}
        filters={filters}
        onFilters={setFilters}
        mine={mine}
      />
      <div className={classes.summary}>
        <Text block as="p" role="status">
          {formatText(strings.ActionsShowing, shown.length, all.length)}
        </Text>
        {/* The export waits for the check, so it says who has left. */}
        <ExportTableButton getTable={getTable} disabled={shown.length === 0 || checking} />
      </div>
      <div ref={box} className={classes.box}>
        <ColumnChooser choice={choice} />
        {shown.length === 0 ? (
          <Text block as="p">{strings.ActionsNoMatch}</Text>
        ) : narrow ? (
          <ReflowList items={shown} columns={choice.shown} ariaLabel={mine ? strings.CommonNavMyActions : strings.CommonNavActions} />
        ) : (
          <TableRegion ariaLabel={strings.ActionsTableRegion} stickyKey="team">
            <DetailsList
              items={shown}
              columns={choice.shown}
              getKey={(row: (typeof shown)[number]) => `${row.item.siteUrl ?? ''}/${row.item.mappingId}/${row.item.dutyId}`}
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.fixedColumns}
              constrainMode={ConstrainMode.unconstrained}
              ariaLabelForGrid={mine ? strings.CommonNavMyActions : strings.CommonNavActions}
            />
          </TableRegion>
        )}
      </div>
    </Stack>
  );
}
