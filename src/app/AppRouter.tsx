import * as React from 'react';
import type { DeepLinkTarget } from '../host/types';
import { useHost } from './host/HostContext';
import { MappingChooser } from './chooser/components/MappingChooser';
import { MappingEditor } from './editor/components/MappingEditor';
import { AppNav } from './navigation/AppNav';
import type { ScreenKey } from './navigation/AppNav';
import { Loading } from './common/components/Loading';
import * as strings from 'ImagingDutyMappingWebPartStrings';

// The manager's screens (and Fluent's DetailsList) load on demand, in their own chunks, so
// the entry bundle carries only what the first screen needs.
const OverviewPage = React.lazy(() => import(/* webpackChunkName: 'overview' */ './overview/components/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const ActionTracker = React.lazy(() => import(/* webpackChunkName: 'actions' */ './actions/components/ActionTracker').then((m) => ({ default: m.ActionTracker })));

/** Where the app is: one of the lists of mappings, or one mapping (and optionally an area in it), reached from a screen. */
export type Route = { view: ScreenKey } | { view: 'mapping'; mappingId: number; areaId?: string; from: ScreenKey };

/** Switches between the screens with in-app state, starting where the host's deep link points. */
export function AppRouter(): JSX.Element {
  const { initialTarget, personalView } = useHost();
  const [route, setRoute] = React.useState<Route>(() =>
    initialTarget ? { view: 'mapping', mappingId: initialTarget.mappingId, areaId: initialTarget.areaId, from: 'chooser' } : { view: 'chooser' }
  );
  const screen: ScreenKey = route.view === 'mapping' ? route.from : route.view;
  const open = React.useCallback((mappingId: number): void => setRoute({ view: 'mapping', mappingId, from: 'chooser' }), []);
  const openAt = React.useCallback((target: DeepLinkTarget): void => setRoute({ view: 'mapping', ...target, from: screen }), [screen]);
  const back = React.useCallback((): void => setRoute({ view: screen }), [screen]);
  const navigate = React.useCallback((view: ScreenKey): void => setRoute({ view }), []);

  if (route.view === 'mapping') {
    return <MappingEditor key={`${route.mappingId}/${route.areaId ?? ''}`} mappingId={route.mappingId} areaId={route.areaId} onBack={back} />;
  }
  return (
    <>
      <AppNav current={route.view} onNavigate={navigate} personalView={personalView} />
      {route.view !== 'chooser' && (
        <React.Suspense fallback={<Loading label={strings.OverviewLoadingScreen} />}>
          {route.view === 'overview' && <OverviewPage onOpen={openAt} />}
          {route.view === 'actions' && <ActionTracker onOpen={openAt} />}
        </React.Suspense>
      )}
      {route.view === 'chooser' && <MappingChooser onOpen={open} />}
    </>
  );
}
