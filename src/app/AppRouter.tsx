import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../host/types';
import { useAccess } from './shell/access/AccessContext';
import { useHost } from './shell/host/HostContext';
import { MappingChooser } from './chooser/components/MappingChooser';
import { Loading } from './common/components/Loading';
import { AppNav } from './shell/navigation/AppNav';
import { MyMappingsAcrossSites } from './chooser/components/MyMappingsAcrossSites';
import { useAcrossSites } from './shell/sites/PersonalGate';
import { SiteScope } from './shell/sites/SiteScope';
import type { ScreenKey } from './shell/navigation/AppNav';

// Screens few people use, or that carry heavy components (DetailsList), load on demand in their own chunks.
const FrameworksPage = React.lazy(() =>
  import(/* webpackChunkName: 'frameworks-editor' */ './frameworks/components/FrameworksPage').then((module) => ({ default: module.FrameworksPage }))
);
const OverviewPage = React.lazy(() => import(/* webpackChunkName: 'overview' */ './overview/components/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const ActionTracker = React.lazy(() => import(/* webpackChunkName: 'actions' */ './actions/components/ActionTracker').then((m) => ({ default: m.ActionTracker })));
// The mapping screen (grid, header, conflicts, exports menu, JD import) is its own chunk too, so the first
// screen a visitor sees (the chooser) keeps the web part's entry bundle under its 200 KB budget.
const MappingEditor = React.lazy(() => import(/* webpackChunkName: 'mapping' */ './mapping/editor/components/MappingEditor').then((m) => ({ default: m.MappingEditor })));

/** Where the app is: a list screen, the frameworks (Owners), or one mapping (and optionally an area in it), reached from a screen. */
export type Route = { view: ScreenKey } | { view: 'frameworks' } | { view: 'mapping'; mappingId: number; areaId?: string; dutyId?: string; siteUrl?: string; from: ScreenKey };

/** What Back on a mapping says, by the screen it returns to. */
function backLabel(from: ScreenKey, personalView: boolean): string {
  if (from === 'overview') {
    return strings.CommonBackToOverview;
  }
  if (from === 'actions') {
    return personalView ? strings.ShellBackToMyActions : strings.ShellBackToActions;
  }
  return strings.CommonBackToMappings;
}

/** Switches between the screens with in-app state, starting where the host's deep link points. */
export function AppRouter(): JSX.Element {
  const { initialTarget, personalView } = useHost();
  const [route, setRoute] = React.useState<Route>(() =>
    initialTarget ? { view: 'mapping', ...initialTarget, from: 'chooser' } : { view: 'chooser' }
  );
  const screen: ScreenKey = route.view === 'mapping' ? route.from : route.view === 'frameworks' ? 'chooser' : route.view;
  const open = React.useCallback((mappingId: number): void => setRoute({ view: 'mapping', mappingId, from: 'chooser' }), []);
  const openAt = React.useCallback((target: DeepLinkTarget): void => setRoute({ view: 'mapping', ...target, from: screen }), [screen]);
  const back = React.useCallback((): void => setRoute({ view: screen }), [screen]);
  const navigate = React.useCallback((view: ScreenKey): void => setRoute({ view }), []);
  const manageFrameworks = React.useCallback((): void => setRoute({ view: 'frameworks' }), []);
  // Framework management is for site owners only; SharePoint refuses anyone else's writes anyway.
  const isOwner = useAccess().level === 'setUp';
  const acrossSites = useAcrossSites() !== undefined;

  if (route.view === 'frameworks' && isOwner) {
    return (
      <React.Suspense fallback={<Loading label={strings.CommonFrameworkLoadingFrameworks} />}>
        <FrameworksPage onBack={back} />
      </React.Suspense>
    );
  }
  if (route.view === 'mapping') {
    const editor = (
      <React.Suspense fallback={<Loading label={strings.CommonLoadingMapping} />}>
        <MappingEditor
          key={`${route.siteUrl ?? ''}/${route.mappingId}/${route.areaId ?? ''}/${route.dutyId ?? ''}`}
          mappingId={route.mappingId}
          areaId={route.areaId}
          dutyId={route.dutyId}
          onBack={back}
          backLabel={backLabel(route.from, personalView)}
        />
      </React.Suspense>
    );
    // A mapping of another department site opens against that site, with its own access check.
    return route.siteUrl ? <SiteScope siteUrl={route.siteUrl}>{editor}</SiteScope> : editor;
  }
  return (
    <>
      <AppNav current={screen} onNavigate={navigate} personalView={personalView} />
      {screen !== 'chooser' && (
        <React.Suspense fallback={<Loading label={strings.ShellOverviewLoadingScreen} />}>
          {screen === 'overview' && <OverviewPage onOpen={openAt} />}
          {screen === 'actions' && <ActionTracker onOpen={openAt} />}
        </React.Suspense>
      )}
      {screen === 'chooser' &&
        (acrossSites ? <MyMappingsAcrossSites onOpen={openAt} /> : <MappingChooser onOpen={open} onManageFrameworks={isOwner ? manageFrameworks : undefined} />)}
    </>
  );
}
