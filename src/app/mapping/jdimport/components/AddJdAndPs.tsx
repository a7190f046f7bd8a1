import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, MappingEntry } from '../../../../model';
import type { JdSource } from '../../../../model/jd/types';
import type { EditorActions } from '../../editor/contract';
import { NO_DOCUMENTS } from '../documentState';
import type { DocumentState, JdDocuments } from '../documentState';
import { useDocumentStore } from '../hooks/useDocumentStore';
import { registerPanelIcons } from '../panelIcons';
import { PanelLoadBoundary } from './PanelLoadBoundary';

// The panel, the document readers and the ranking load only when someone opens it; its icons' fonts are registered before it first renders.
const JdImportPanel = React.lazy(() =>
  import(/* webpackChunkName: 'jd-import' */ './JdImportPanel').then((module) => {
    registerPanelIcons();
    return { default: module.JdImportPanel };
  })
);

export interface AddJdAndPsProps {
  mappingId: number;
  framework: Framework;
  entries: Record<string, MappingEntry>;
  actions: EditorActions;
}

/** The opening button, memoised: the mapping's entries reach this component on every keystroke, the button needs none of them. */
const OpenButton = React.memo(function OpenButton({ opener, onOpen }: { opener: React.RefObject<HTMLButtonElement>; onOpen: () => void }): JSX.Element {
  return (
    <ActionButton elementRef={opener} iconProps={{ iconName: 'PageAdd' }} onClick={onOpen} aria-haspopup="dialog">
      {strings.MappingJdImportOpen}
    </ActionButton>
  );
});

/**
 * The "Add JD and PS" button on a mapping and the panel it opens. The
 * documents read, the stores in flight and whether the team's stored
 * documents were loaded are kept here, so closing and reopening the panel
 * keeps them.
 */
export function AddJdAndPs({ mappingId, framework, entries, actions }: AddJdAndPsProps): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const [documents, setDocuments] = React.useState<JdDocuments>(NO_DOCUMENTS);
  const [storedLoaded, setStoredLoaded] = React.useState(false);
  const opener = React.useRef<HTMLButtonElement>(null);
  const update = React.useCallback(
    (source: JdSource, next: (before: DocumentState) => DocumentState) => setDocuments((before) => ({ ...before, [source]: next(before[source]) })),
    []
  );
  const store = useDocumentStore(mappingId, update);
  const markLoaded = React.useCallback(() => setStoredLoaded(true), []);
  const openPanel = React.useCallback(() => setOpen(true), []);
  const close = (): void => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <OpenButton opener={opener} onOpen={openPanel} />
      {open && (
        <PanelLoadBoundary>
          <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.MappingJdOpening} ariaLive="polite" labelPosition="right" />}>
            <JdImportPanel
              isOpen={open}
              onDismiss={close}
              mappingId={mappingId}
              framework={framework}
              entries={entries}
              actions={actions}
              documents={documents}
              onDocumentUpdate={update}
              store={store}
              storedLoaded={storedLoaded}
              onStoredLoaded={markLoaded}
            />
          </React.Suspense>
        </PanelLoadBoundary>
      )}
    </>
  );
}
