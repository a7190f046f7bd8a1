import * as React from 'react';
import { Stack, Text, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { localToday } from '../../../model';
import type { OverviewData } from '../../../services/overview';
import type { DeepLinkTarget } from '../../../host/types';
import { useNeedsUpdate } from '../../shell/access/ReadinessContext';
import { LoadState } from '../../common/components/LoadState';
import { formatText } from '../../../wording/format';
import { ExportTableButton } from '../../common/export/ExportTableButton';
import { useDensity } from '../../shell/host/HostContext';
import { useOverview } from '../hooks/useOverview';
import { useServices } from '../../shell/services/ServicesContext';
import { onItsSite } from '../../shell/sites/siteIds';
import type { GatheredOverview } from '../../shell/sites/acrossSites';
import { SiteFilter, SitesNotes } from '../../shell/sites/SitesNotes';
import { NO_FILTERS, filterRows, sortRows, totalsOf } from '../overviewFilters';
import type { OverviewFilters, OverviewSort, SortKey } from '../overviewFilters';
import { frameworkGroups, latestMappingIds, overviewRows } from '../overviewRows';
import { overviewExport } from '../overviewSheet';
import { OverviewFilterBar } from './OverviewFilterBar';
import { OverviewNotes } from './OverviewNotes';
import { OverviewTable } from './OverviewTable';
import { JdCoverageOpener } from '../jdcoverage/components/JdCoverageOpener';
import { JdCoverageView } from '../jdcoverage/components/JdCoverageView';
import type { JdCoverageViewProps } from '../jdcoverage/components/JdCoverageView';
import { SPACING } from '../../common/spacing';

const classes = mergeStyleSets({
  summary: { display: 'flex', flexWrap: 'wrap', gap: `${SPACING.s1}px ${SPACING.m}px`, alignItems: 'center', justifyContent: 'space-between' },
  tools: { display: 'flex', flexWrap: 'wrap', gap: SPACING.s1, alignItems: 'flex-start' }
});

export interface OverviewPageProps {
  onOpen: (target: DeepLinkTarget) => void;
}

/** The manager's overview: one row per team, one column per area, for everyone who can read the site. */
export function OverviewPage({ onOpen }: OverviewPageProps): JSX.Element {
  const overview = useOverview();
  const density = useDensity();
  return (
    <section aria-labelledby="idm-overview-heading">
      <Stack tokens={{ childrenGap: density.gap }}>
        <Text block as="h2" variant="xLarge" id="idm-overview-heading" styles={{ root: { margin: 0 } }}>
          {strings.OverviewHeading}
        </Text>
        <LoadState state={overview} loading={strings.OverviewLoading} failed={strings.OverviewLoadFailed}>
          {(gathered) => <OverviewAcrossSites gathered={gathered} onOpen={onOpen} />}
        </LoadState>
      </Stack>
    </section>
  );
}

/** The sites' notes and filter above the overview; a mapping opens on its own site. */
function OverviewAcrossSites({ gathered, onOpen }: { gathered: GatheredOverview; onOpen: (target: DeepLinkTarget) => void }): JSX.Element {
  const { sites } = useServices();
  const density = useDensity();
  const [site, setSite] = React.useState<string | undefined>(undefined);
  const data = React.useMemo(
    (): OverviewData => (site === undefined ? gathered.data : { ...gathered.data, mappings: gathered.data.mappings.filter((m) => m.siteUrl === site) }),
    [gathered, site]
  );
  const openOnSite = React.useCallback((target: DeepLinkTarget) => onOpen(onItsSite(gathered.ids, sites.homeUrl, target)), [gathered, sites, onOpen]);
  const gatheredSites = React.useMemo(() => ({ ids: gathered.ids, sites: gathered.report.sites }), [gathered]);
  return (
    <Stack tokens={{ childrenGap: density.fieldGap }}>
      <SitesNotes report={gathered.report} />
      <SiteFilter sites={gathered.report.sites} value={site} onChange={setSite} />
      {data.mappings.length === 0 ? <Text block as="p">{strings.CommonNoMappings}</Text> : <OverviewReady data={data} onOpen={openOnSite} gathered={gatheredSites} />}
    </Stack>
  );
}

function OverviewReady({ data, onOpen, gathered }: { data: OverviewData; onOpen: (target: DeepLinkTarget) => void; gathered: JdCoverageViewProps['gathered'] }): JSX.Element {
  const density = useDensity();
  const needsUpdate = useNeedsUpdate();
  const today = React.useMemo(() => localToday(), []);
  const { groups, groupOf } = React.useMemo(() => frameworkGroups(data.frameworks), [data.frameworks]);
  const latestIds = React.useMemo(() => latestMappingIds(data.mappings), [data.mappings]);
  // Start on the framework most teams' latest mappings use.
  const [groupKey, setGroupKey] = React.useState(() => {
    const used = new Map<string, number>();
    data.mappings.filter((m) => latestIds.has(m.id)).forEach((m) => {
      const key = groupOf.get(`${m.frameworkId}@${m.frameworkVersion}`);
      if (key) {
        used.set(key, (used.get(key) ?? 0) + 1);
      }
    });
    return [...used.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? groups[0]?.key;
  });
  const [filters, setFilters] = React.useState<OverviewFilters>(NO_FILTERS);
  const [includeEarlier, setIncludeEarlier] = React.useState(false);
  const [sort, setSort] = React.useState<OverviewSort>({ key: 'team', descending: false });
  const onSort = React.useCallback((key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false })), []);
  const group = groups.find((g) => g.key === groupKey) ?? groups[0];
  const onGroup = React.useCallback((key: string) => {
    setGroupKey(key);
    setFilters((f) => ({ ...f, gapInArea: undefined }));
  }, []);

  const allRows = React.useMemo(() => (group ? overviewRows(data, group, groupOf, { includeEarlier, today }) : []), [data, group, groupOf, includeEarlier, today]);
  const shown = React.useMemo(() => sortRows(filterRows(allRows, filters), sort), [allRows, filters, sort]);
  const totals = React.useMemo(() => totalsOf(shown, group ? group.areas.map((a) => a.id) : []), [shown, group]);
  const getTable = React.useCallback(() => overviewExport(group ?? groups[0], shown, totals, latestIds), [group, groups, shown, totals, latestIds]);
  const unreadable = data.mappings.filter((m) => !groupOf.has(`${m.frameworkId}@${m.frameworkVersion}`)).length;
  const [jdCoverage, setJdCoverage] = React.useState<'closed' | 'open' | 'returned'>('closed');

  if (group && jdCoverage === 'open') {
    return <JdCoverageView data={data} group={group} groupOf={groupOf} latestIds={latestIds} gathered={gathered} onBack={() => setJdCoverage('returned')} />;
  }

  if (!group) {
    return <OverviewNotes rows={[]} needsUpdate={needsUpdate} unreadable={unreadable} />;
  }
  return (
    <Stack tokens={{ childrenGap: density.fieldGap }}>
      <OverviewFilterBar
        groups={groups}
        group={group}
        onGroup={onGroup}
        filters={filters}
        onFilters={setFilters}
        includeEarlier={includeEarlier}
        onIncludeEarlier={setIncludeEarlier}
      />
      <div className={classes.summary}>
        <Text block as="p" role="status">
          {formatText(strings.OverviewShowing, shown.length, allRows.length)}
        </Text>
        <div className={classes.tools}>
          <JdCoverageOpener onOpen={() => setJdCoverage('open')} focusOnMount={jdCoverage === 'returned'} />
          <ExportTableButton getTable={getTable} disabled={shown.length === 0} />
        </div>
      </div>
      <OverviewNotes rows={allRows} needsUpdate={needsUpdate} unreadable={unreadable} />
      {shown.length === 0 ? (
        <Text block as="p">{strings.OverviewNoMatch}</Text>
      ) : (
        <OverviewTable group={group} rows={shown} totals={totals} sort={sort} onSort={onSort} onOpen={onOpen} latestIds={latestIds} />
      )}
    </Stack>
  );
}
