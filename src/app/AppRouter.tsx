import * as React from 'react';
import { useHost } from './host/HostContext';
import { MappingChooser } from './chooser/components/MappingChooser';
import { MappingEditor } from './editor/components/MappingEditor';
import { useAccess } from './access/AccessContext';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { Loading } from './common/components/Loading';

// Only Owners manage frameworks, and seldom: the editor loads on demand, in its own chunk.
const FrameworksPage = React.lazy(() =>
  import(/* webpackChunkName: 'frameworks-editor' */ './frameworks/components/FrameworksPage').then((module) => ({ default: module.FrameworksPage }))
);

/** Where the app is: the chooser, or one mapping (and optionally an area in it). */
export type Route = { view: 'chooser' } | { view: 'mapping'; mappingId: number; areaId?: string } | { view: 'frameworks' };

/** Switches between the chooser and a mapping with in-app state, starting where the host's deep link points. */
export function AppRouter(): JSX.Element {
  const { initialTarget } = useHost();
  const [route, setRoute] = React.useState<Route>(() =>
    initialTarget ? { view: 'mapping', mappingId: initialTarget.mappingId, areaId: initialTarget.areaId } : { view: 'chooser' }
  );
  const open = React.useCallback((mappingId: number): void => setRoute({ view: 'mapping', mappingId }), []);
  const back = React.useCallback((): void => setRoute({ view: 'chooser' }), []);
  const manageFrameworks = React.useCallback((): void => setRoute({ view: 'frameworks' }), []);
  // Framework management is for site owners only; SharePoint refuses anyone else's writes anyway.
  const isOwner = useAccess().level === 'setUp';

  if (route.view === 'frameworks' && isOwner) {
    return (
      <React.Suspense fallback={<Loading label={strings.FwLoadingFrameworks} />}>
        <FrameworksPage onBack={back} />
      </React.Suspense>
    );
  }
  return route.view === 'mapping' ? (
    <MappingEditor key={route.mappingId} mappingId={route.mappingId} areaId={route.areaId} onBack={back} />
  ) : (
    <MappingChooser onOpen={open} onManageFrameworks={isOwner ? manageFrameworks : undefined} />
  );
}
