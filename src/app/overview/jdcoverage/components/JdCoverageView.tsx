import * as React from 'react';
import { Checkbox, DefaultButton, FontSizes, FontWeights, Stack, Text, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { JdCitation, OverviewData } from '../../../../services/overview';
import { LoadState } from '../../../common/components/LoadState';
import { formatText } from '../../../../wording/format';
import { ExportTableButton } from '../../../common/export/ExportTableButton';
import { useDensity } from '../../../shell/host/HostContext';
import type { FrameworkGroup } from '../../overviewRows';
import { coverageRows, coverageTeams, coveredPerTeam } from '../jdCoverageRows';
import type { CoverageTeam } from '../jdCoverageRows';
import { jdCoverageExport } from '../jdCoverageSheet';
import { useJdCoverage } from '../useJdCoverage';
import { SITE_ID_STRIDE } from '../../../shell/sites/siteIds';
import type { GatheredCoverage } from '../../../shell/sites/acrossSites';
import type { SiteIds, SiteRef } from '../../../shell/sites/siteIds';
import { SitesNotes } from '../../../shell/sites/SitesNotes';
import { JdCoverageTable } from './JdCoverageTable';
import { SPACING } from '../../../common/spacing';

export interface JdCoverageViewProps {
  data: OverviewData;
  /** The framework group the overview shows. */
  group: FrameworkGroup;
  groupOf: ReadonlyMap<string, string>;
  latestIds: ReadonlySet<number>;
  /** The sites the overview gathered (each read on its own); the site the app runs on when not given. */
  gathered?: { ids: SiteIds; sites: readonly SiteRef[] };
  onBack: () => void;
}

const classes = mergeStyleSets({
  heading: { margin: 0, fontSize: FontSizes.large, fontWeight: FontWeights.semibold },
  bar: { display: 'flex', flexWrap: 'wrap', gap: `${SPACING.s1}px ${SPACING.m}px`, alignItems: 'center', justifyContent: 'space-between' }
});

/**
 * "JD coverage": the department's JDs and PSs side by side. For each duty of
 * the framework, which teams' documents cover it (what each team's latest
 * mapping records in "Found in" and "JD/PS reference") and which do not, so
 * the variation between teams shows at a glance; exportable to Excel.
 */
export function JdCoverageView({ data, group, groupOf, latestIds, gathered, onBack }: JdCoverageViewProps): JSX.Element {
  const density = useDensity();
  const { teams, sources } = React.useMemo(() => coverageTeams(data, group, groupOf, latestIds), [data, group, groupOf, latestIds]);
  const coverage = useJdCoverage(sources, gathered?.ids);
  const heading = React.useRef<HTMLHeadingElement>(null);
  // Arriving from the overview's button, the person starts at the view's heading.
  React.useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="idm-jd-coverage-heading">
      <Stack tokens={{ childrenGap: density.fieldGap }}>
        <div className={classes.bar}>
          <h3 ref={heading} tabIndex={-1} id="idm-jd-coverage-heading" className={classes.heading}>
            {formatText(strings.OverviewJdCoverageHeading, group.name)}
          </h3>
          <DefaultButton iconProps={{ iconName: 'Back' }} text={strings.CommonBackToOverview} onClick={onBack} />
        </div>
        <Text block as="p" styles={{ root: { margin: 0 } }}>
          {strings.OverviewJdCoverageIntro}
        </Text>
        <LoadState
          state={coverage}
          loading={strings.OverviewJdCoverageLoading}
          failed={strings.OverviewJdCoverageLoadFailed}
          isEmpty={teams.length === 0}
          emptyMessage={strings.OverviewJdCoverageNoTeams}
        >
          {(read) => <CoverageAcrossSites group={group} teams={teams} read={read} sites={gathered?.sites ?? []} />}
        </LoadState>
      </Stack>
    </section>
  );
}

/** The sites that could not be read, in a plain note; their teams are left out rather than shown as "not mapped". */
function CoverageAcrossSites({ group, teams, read, sites }: { group: FrameworkGroup; teams: CoverageTeam[]; read: GatheredCoverage; sites: readonly SiteRef[] }): JSX.Element {
  const readable = React.useMemo(() => {
    const failed = new Set(read.problems.map((problem) => sites.findIndex((site) => site.url === problem.site.url)));
    return teams.filter((team) => !failed.has(Math.floor(team.mappingId / SITE_ID_STRIDE)));
  }, [read, sites, teams]);
  return (
    <>
      <SitesNotes report={{ notes: [], problems: read.problems, sites: [...sites] }} />
      {readable.length === 0 ? <Text block as="p">{strings.OverviewJdCoverageNoTeams}</Text> : <CoverageReady group={group} teams={readable} citations={read.citations} />}
    </>
  );
}

function CoverageReady({ group, teams, citations }: { group: FrameworkGroup; teams: CoverageTeam[]; citations: JdCitation[] }): JSX.Element {
  const [onlyVaries, setOnlyVaries] = React.useState(false);
  const all = React.useMemo(() => coverageRows(group, teams, citations), [group, teams, citations]);
  const perTeam = React.useMemo(() => coveredPerTeam(all, teams), [all, teams]);
  const shown = React.useMemo(() => (onlyVaries ? all.filter((row) => row.varies) : all), [all, onlyVaries]);
  const varying = all.filter((row) => row.varies).length;
  const getTable = React.useCallback(() => jdCoverageExport(group, teams, shown), [group, teams, shown]);
  return (
    <>
      <div className={classes.bar}>
        <Checkbox label={strings.OverviewJdCoverageOnlyVaries} checked={onlyVaries} onChange={(_e, checked) => setOnlyVaries(checked === true)} />
        <ExportTableButton getTable={getTable} disabled={shown.length === 0} />
      </div>
      <Text block as="p" role="status" styles={{ root: { margin: 0 } }}>
        {formatText(strings.OverviewJdCoverageShowing, shown.length, all.length, teams.length, varying)}
      </Text>
      {shown.length === 0 ? (
        <Text block as="p">{strings.OverviewJdCoverageNoneVary}</Text>
      ) : (
        <JdCoverageTable teams={teams} rows={shown} coveredPerTeam={perTeam} dutyCount={all.length} />
      )}
    </>
  );
}
