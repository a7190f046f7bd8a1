import * as React from 'react';
import { ActionButton, Text, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { OpenedMapping } from '../../../../services/types';
import { useAccess } from '../../../shell/access/AccessContext';
import { useDensity, useHost } from '../../../shell/host/HostContext';
import { validateHeader } from '../../../../model';
import { introSeen } from '../../views/preferences';
import { CopyLink } from '../../../common/components/CopyLink';
import { formatText } from '../../../../wording/format';
import { ChangeSincePanel } from '../../changes/components/ChangeSincePanel';
import { ConflictDialog } from '../../conflicts/components/ConflictDialog';
import { FilterBar } from '../../filters/components/FilterBar';
import { filterDuties, NO_FILTER } from '../../filters/filterDuties';
import type { DutyFilter } from '../../filters/filterDuties';
import { FrameworkIntro } from '../../intro/FrameworkIntro';
import { DutyGrid } from '../../cards/components/DutyGrid';
import { ExportMenu } from '../../export/components/ExportMenu';
import { exportSourceFromEditor } from '../../export/exportSource';
import { HeaderForm } from '../../header/components/HeaderForm';
import { AddJdAndPs } from '../../jdimport/components/AddJdAndPs';
import { useMappingEditor } from '../hooks/useMappingEditor';
import { invalidCount } from '../state/collectChanges';
import { unsavedCount } from '../state/editorState';
import { RestoredNotice } from './RestoredNotice';
import { SaveStatusBar } from './SaveStatusBar';
import { SkipLink } from './SkipLink';
import { SummaryBar } from './SummaryBar';
import { AboutMapping } from './AboutMapping';
import { useFocusArea } from '../hooks/useFocusArea';
import { DutyHistoryContext } from '../../signoff/DutyHistoryContext';
import { LeftOwnersContext, useLeftOwners } from '../../owners/LeftOwners';
import { GovernanceSection } from '../../signoff/components/GovernanceSection';
import { useGovernance } from '../../signoff/hooks/useGovernance';
import { SignedOffEditsNotice } from '../../signoff/components/SignedOffEditsNotice';
import { isSignedOffError } from '../../../../services/governance';

// The History panel (Fluent's Panel and the diff) loads when first opened, outside the entry bundle.
const DutyHistory = React.lazy(() => import(/* webpackChunkName: 'history' */ '../../signoff/components/DutyHistory').then((m) => ({ default: m.DutyHistory })));
import { AreaJumpList } from '../../areas/components/AreaJumpList';
import { PrintPortal } from '../../print/components/PrintPortal';
import { usePrintMode } from '../../print/usePrintMode';
import { TableView } from '../../table/components/TableView';
import { MappingToolbar } from '../../views/components/MappingToolbar';
import { useDutyView } from '../../views/hooks/useDutyView';
import { useWideEnough } from '../../views/hooks/useWideEnough';

export interface EditorPageProps {
  opened: OpenedMapping;
  /** Area to scroll to and focus first (deep link). */
  initialAreaId?: string;
  /** Duty whose status to focus first (deep link from the action tracker); its area when it cannot be found. */
  initialDutyId?: string;
  onBack: () => void;
  /** Names the screen Back returns to ("Back to mappings" when not given). */
  backLabel?: string;
}

/** Back to the screen the mapping was opened from. Memoised: a keystroke does not re-render it. */
const BackNav = React.memo(function BackNav({ label, onBack }: { label: string; onBack: () => Promise<void> }): JSX.Element {
  return (
    <nav aria-label={strings.MappingNavLabel}>
      <ActionButton iconProps={{ iconName: 'Back' }} onClick={() => void onBack()}>
        {label}
      </ActionButton>
    </nav>
  );
});

/** A mapping: details, summary, find-and-focus and the duty grid, saving as you go. */
export function EditorPage({ opened, initialAreaId, initialDutyId, onBack, backLabel = strings.CommonBackToMappings }: EditorPageProps): JSX.Element {
  const theme = useTheme();
  const density = useDensity();
  const { canEdit: canEditSite } = useAccess();
  const { state, actions, status, restored } = useMappingEditor(opened);
  const { draftStorage, draftScope } = useHost();
  // Work first: someone who has seen this framework version's introduction before starts at the duties, with the
  // introduction, details and summary folded (unless the details need fixing). Read once, before the intro marks itself seen.
  const [aboutOpen] = React.useState(
    () => !introSeen(draftStorage, draftScope, opened.framework.id, opened.framework.version) || validateHeader(opened.mapping.header).length > 0
  );
  // A signed-off mapping is read-only for everyone until an Owner reopens it.
  const governance = useGovernance(opened.mapping.id, opened.governance);
  // A record to check (changed, damaged or missing) keeps it read-only too, until an Owner settles it.
  const settled = governance.governance?.state === 'signedOff' || governance.governance?.state === 'needsChecking';
  const canEdit = canEditSite && !settled;
  // A save refused because someone signed the mapping off meanwhile: show it signed off (read-only).
  const refusedAsSignedOff = status.kind === 'failed' && isSignedOffError(status.error);
  const reloadGovernance = governance.reload;
  React.useEffect(() => {
    if (refusedAsSignedOff) {
      reloadGovernance();
    }
  }, [refusedAsSignedOff, reloadGovernance]);
  const [historyDuty, setHistoryDuty] = React.useState<string>();
  // Owners chosen as people whom the site no longer finds (they have left), checked once on opening.
  const leftOwners = useLeftOwners(opened.mapping.entries);
  // The editor's newest state, read by sign-off and exports when chosen (not on every keystroke).
  const latest = React.useRef(state);
  React.useLayoutEffect(() => {
    latest.current = state;
  });
  const current = React.useCallback(async (): Promise<OpenedMapping> => {
    await actions.saveNow();
    const now = latest.current;
    return {
      mapping: { id: now.mappingId, header: now.header, areaComments: now.areaComments, entries: Object.values(now.entries) },
      framework: now.framework,
      headerEtag: now.headerEtag,
      entryEtags: now.entryEtags,
      entryHistory: exportSourceFromEditor(now, opened).entryHistory
    };
  }, [actions, opened]);
  const [filter, setFilter] = React.useState<{ filter: DutyFilter; result: ReturnType<typeof filterDuties> }>(() => ({
    filter: NO_FILTER,
    result: filterDuties(state.framework, state.entries, NO_FILTER)
  }));
  const entries = React.useRef(state.entries);
  React.useLayoutEffect(() => {
    entries.current = state.entries;
  });
  // Filters apply when changed, not on every edit, so a row never vanishes while someone is editing it.
  const framework = state.framework;
  const applyFilter = React.useCallback(
    (next: DutyFilter): void => setFilter({ filter: next, result: filterDuties(framework, entries.current, next) }),
    [framework]
  );
  const clearFilter = React.useCallback((): void => applyFilter(NO_FILTER), [applyFilter]);
  useFocusArea(initialAreaId, initialDutyId, state.framework);
  const [view, setView] = useDutyView();
  const dutiesRef = React.useRef<HTMLDivElement>(null);
  const tableFits = useWideEnough(dutiesRef);
  // The table where it was chosen and fits; otherwise the cards. Both take the same props.
  const Duties = view === 'table' && tableFits ? TableView : DutyGrid;
  const { printing, print } = usePrintMode();
  // Exports read the latest state (`latest`, above) when chosen, without re-rendering the menu on every keystroke.
  const getExportSource = React.useCallback(() => exportSourceFromEditor(latest.current, opened), [opened]);

  const classes = React.useMemo(() => mergeStyleSets({
    page: { display: 'grid', gap: density.gap },
    bar: {
      position: 'sticky',
      top: 0,
      zIndex: 1,
      background: theme.semanticColors.bodyBackground,
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      paddingBlock: 4,
      display: 'grid',
      gap: 4
    },
    title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: density.fieldGap }
  }), [density, theme]);
  const back = React.useCallback(async (): Promise<void> => {
    await actions.saveNow();
    onBack();
  }, [actions, onBack]);
  const conflict = state.conflicts[0];

  return (
    <div className={classes.page}>
      <SkipLink targetId="idm-grid">{strings.MappingSkipToDuties}</SkipLink>
      <BackNav label={backLabel} onBack={back} />
      <div className={classes.title}>
        <Text block as="h2" variant="xLarge" styles={{ root: { margin: 0 } }}>
          {formatText(strings.MappingHeading, state.header.team)}
        </Text>
        <CopyLink target={{ mappingId: state.mappingId }} ariaLabel={formatText(strings.CommonCopyMappingLinkLabel, state.header.team)} />
        <ExportMenu getSource={getExportSource} />
        {canEdit && <AddJdAndPs mappingId={state.mappingId} framework={state.framework} entries={state.entries} actions={actions} />}
      </div>
      <div className={classes.bar}>
        {canEdit && (
          <SaveStatusBar
            status={status}
            unsaved={unsavedCount(state)}
            invalid={invalidCount(state)}
            conflicts={state.conflicts.length}
            onRetry={() => void actions.saveNow()}
          />
        )}
        <AreaJumpList framework={state.framework} entries={state.entries} filtered={filter.result} />
      </div>
      {restored > 0 && governance.governance?.state !== 'signedOff' && <RestoredNotice count={restored} />}
      {governance.governance?.state === 'signedOff' && unsavedCount(state) > 0 && <SignedOffEditsNotice />}
      <AboutMapping
        startOpen={aboutOpen}
        beside={
          <>
            <GovernanceSection mappingId={state.mappingId} team={state.header.team} view={governance} current={current} framework={state.framework} />
            <MappingToolbar view={view} onViewChange={setView} tableFits={tableFits} onPrint={print} />
          </>
        }
      >
        <FrameworkIntro framework={state.framework} />
        <HeaderForm header={state.header} readOnly={!canEdit} actions={actions} />
        <SummaryBar framework={state.framework} entries={state.entries} />
      </AboutMapping>
      <ChangeSincePanel mappingId={state.mappingId} previousMappingId={opened.previousMappingId} framework={state.framework} entries={state.entries} filter={filter.filter} onFilter={applyFilter} />
      <div id="idm-grid" ref={dutiesRef} tabIndex={-1} style={{ display: 'grid', gap: density.gap, outlineOffset: 2 }}>
        <Text block as="h3" variant="large" styles={{ root: { margin: 0 } }}>
          {strings.MappingFindDutiesLabel}
        </Text>
        <FilterBar
          framework={state.framework}
          filter={filter.filter}
          result={filter.result}
          onChange={applyFilter}
          onClear={clearFilter}
        />
        <DutyHistoryContext.Provider value={setHistoryDuty}>
          <LeftOwnersContext.Provider value={leftOwners}>
          <Duties
            mappingId={state.mappingId}
            framework={state.framework}
            entries={state.entries}
            areaComments={state.areaComments}
            filtered={filter.result}
            readOnly={!canEdit}
            actions={actions}
          />
          </LeftOwnersContext.Provider>
        </DutyHistoryContext.Provider>
      </div>
      {historyDuty !== undefined && (
        <React.Suspense fallback={null}>
          <DutyHistory mappingId={state.mappingId} dutyId={historyDuty} framework={state.framework} onDismiss={() => setHistoryDuty(undefined)} />
        </React.Suspense>
      )}
      {printing && <PrintPortal framework={state.framework} header={state.header} entries={state.entries} areaComments={state.areaComments} />}
      {conflict && (
        <ConflictDialog
          key={conflict.kind === 'entry' ? `entry-${conflict.dutyId}-${conflict.theirEtag}` : `header-${conflict.theirEtag}`}
          conflict={conflict}
          framework={state.framework}
          myEntry={conflict.kind === 'entry' ? state.entries[conflict.dutyId] : undefined}
          myHeader={{ header: state.header, areaComments: state.areaComments }}
          waiting={state.conflicts.length}
          onResolve={actions.resolve}
        />
      )}
    </div>
  );
}
