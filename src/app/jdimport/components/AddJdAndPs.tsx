import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, MappingEntry } from '../../../model';
import type { JdSource } from '../../../model/jd/types';
import type { EditorActions } from '../../editor/contract';
import { NO_DOCUMENTS } from '../documentState';
import { PanelLoadBoundary } from './PanelLoadBoundary';
import type { DocumentState, JdDocuments } from '../documentState';

// The panel, the document readers and the ranking load only when someone opens it.
const JdImportPanel = React.lazy(() => import(/* webpackChunkName: 'jd-import' */ './JdImportPanel').then((module) => ({ default: module.JdImportPanel })));

export interface AddJdAndPsProps {
  framework: Framework;
  entries: Record<string, MappingEntry>;
  actions: EditorActions;
}

/**
 * The "Add JD and PS" button on a mapping and the panel it opens. The
 * documents read are kept here, so closing and reopening the panel keeps them.
 */
export function AddJdAndPs({ framework, entries, actions }: AddJdAndPsProps): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const [documents, setDocuments] = React.useState<JdDocuments>(NO_DOCUMENTS);
  const opener = React.useRef<HTMLButtonElement>(null);
  const change = React.useCallback((source: JdSource, state: DocumentState) => setDocuments((before) => ({ ...before, [source]: state })), []);
  const close = (): void => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <ActionButton elementRef={opener} iconProps={{ iconName: 'PageAdd' }} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {strings.JdImportOpen}
      </ActionButton>
      {open && (
        <PanelLoadBoundary>
          <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.JdOpening} ariaLive="polite" labelPosition="right" />}>
            <JdImportPanel
              isOpen={open}
              onDismiss={close}
              framework={framework}
              entries={entries}
              actions={actions}
              documents={documents}
              onDocumentChange={change}
            />
          </React.Suspense>
        </PanelLoadBoundary>
      )}
    </>
  );
}
