import * as React from 'react';
import type { DeepLinkTarget } from '../host/types';
import { useHost } from './host/HostContext';
import { MappingChooser } from './chooser/components/MappingChooser';
import { MappingEditor } from './editor/components/MappingEditor';
import { AppNav } from './navigation/AppNav';
import type { ScreenKey } from './navigation/AppNav';
import { OverviewPage } from './overview/components/OverviewPage';
import { ActionTracker } from './actions/components/ActionTracker';

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
      {route.view === 'overview' && <OverviewPage onOpen={openAt} />}
      {route.view === 'actions' && <ActionTracker onOpen={openAt} />}
      {route.view === 'chooser' && <MappingChooser onOpen={open} />}
    </>
  );
}
