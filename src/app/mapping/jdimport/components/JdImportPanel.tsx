import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, Spinner, SpinnerSize, Text, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, MappingEntry } from '../../../../model';
import type { JdSource } from '../../../../model/jd/types';
import type { EditorActions } from '../../editor/contract';
import { formatText } from '../../../../wording/format';
import { clausesOf, readingNotes } from '../documentState';
import type { JdDocuments } from '../documentState';
import { useDocumentReader } from '../hooks/useDocumentReader';
import type { DocumentStore, DocumentUpdate } from '../hooks/useDocumentStore';
import { useStoredDocuments } from '../hooks/useStoredDocuments';
import { useStages } from '../hooks/useStages';
import { useSuggestions } from '../hooks/useSuggestions';
import type { DocumentUpload } from '../../../../services/documents';
import { DocumentSlot } from './DocumentSlot';
import { SECTION_HEADING_STYLES, getJdImportPanelClasses } from './jdImportPanel.styles';
import { SuggestionReview } from './SuggestionReview';
import { LikelyGaps } from './LikelyGaps';
import { ReadingNotes } from './ReadingNotes';
import { UnmatchedClauses } from './UnmatchedClauses';

export interface JdImportPanelProps {
  isOpen: boolean;
  onDismiss: () => void;
  mappingId: number;
  framework: Framework;
  entries: Record<string, MappingEntry>;
  actions: EditorActions;
  documents: JdDocuments;
  onDocumentUpdate: DocumentUpdate;
  store: DocumentStore;
  /** Whether the team's stored JD and PS were loaded when the panel was open before. */
  storedLoaded: boolean;
  onStoredLoaded: () => void;
}

/** Unmatched clauses laid out at once: 50 plain list items are a short task even on a busy machine, 200 are not. */
const UNMATCHED_PART = 50;

function useReader(source: JdSource, documents: JdDocuments, update: DocumentUpdate, store: DocumentStore): ReturnType<typeof useDocumentReader> {
  const change = React.useCallback((state: JdDocuments[JdSource]) => update(source, () => state), [source, update]);
  const save = React.useCallback((upload: Parameters<DocumentStore['save']>[1]) => store.save(source, upload), [source, store]);
  return useDocumentReader(source, documents[source], change, save);
}

/**
 * "Add JD and PS": read the team's JD and PS in the browser (stored for the
 * team in the site's library, and loaded from it next time), then review
 * suggested clauses duty by duty, and see the clauses no duty matches.
 * Loaded on demand, with the document readers and the ranking.
 */
export function JdImportPanel(props: JdImportPanelProps): JSX.Element {
  const { isOpen, onDismiss, mappingId, framework, entries, actions, documents, onDocumentUpdate, store, storedLoaded, onStoredLoaded } = props;
  const classes = getJdImportPanelClasses(useTheme());
  const jdReader = useReader('jd', documents, onDocumentUpdate, store);
  const psReader = useReader('ps', documents, onDocumentUpdate, store);
  const readers = React.useMemo(() => ({ jd: jdReader, ps: psReader }), [jdReader, psReader]);
  const stored = useStoredDocuments(mappingId, documents, readers, storedLoaded, onStoredLoaded);
  // Ranked again only when a document's clauses change, not when its state does (storing it, a problem shown beside it).
  const jdClauses = documents.jd.status === 'ready' ? documents.jd.clauses : undefined;
  const psClauses = documents.ps.status === 'ready' ? documents.ps.clauses : undefined;
  const clauses = React.useMemo(() => clausesOf(documents), [jdClauses, psClauses]); // eslint-disable-line react-hooks/exhaustive-deps
  const suggestions = useSuggestions(framework, clauses);
  const jdNotes = documents.jd.status === 'ready' ? documents.jd.notes : undefined;
  const psNotes = documents.ps.status === 'ready' ? documents.ps.notes : undefined;
  const rankingNotes = suggestions.status === 'ready' ? suggestions.set.notes : undefined;
  const notes = React.useMemo(() => [...readingNotes(documents), ...(rankingNotes ?? [])], [jdNotes, psNotes, rankingNotes]); // eslint-disable-line react-hooks/exhaustive-deps
  // The review first, then the likely gaps, then the unmatched clauses a part at a time, each in a task of its own.
  const unmatchedParts = suggestions.status === 'ready' ? Math.max(1, Math.ceil(suggestions.set.unmatched.length / UNMATCHED_PART)) : 1;
  const shown = useStages(suggestions.status === 'ready' ? suggestions.set : undefined, 2 + unmatchedParts);
  const retryJd = React.useCallback((upload: DocumentUpload) => store.save('jd', upload), [store]);
  const retryPs = React.useCallback((upload: DocumentUpload) => store.save('ps', upload), [store]);
  return (
    <Panel
      isOpen={isOpen}
      onDismiss={onDismiss}
      type={PanelType.large}
      headerText={strings.MappingJdImportTitle}
      closeButtonAriaLabel={strings.MappingClose}
      isLightDismiss={false}
    >
      <div className={classes.body}>
        <Text block>{strings.MappingJdImportIntro}</Text>
        {stored.status === 'loading' && <Spinner size={SpinnerSize.small} label={strings.MappingJdLoadingStored} ariaLive="polite" labelPosition="right" />}
        {stored.status === 'failed' && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            delayedRender={false}
            actions={<DefaultButton onClick={stored.retry}>{strings.MappingJdTryAgain}</DefaultButton>}
          >
            {formatText(strings.MappingJdLoadStoredFailed, stored.message)}
          </MessageBar>
        )}
        <div className={classes.slots}>
          <DocumentSlot source="jd" state={documents.jd} reader={jdReader} onRetryStore={retryJd} />
          <DocumentSlot source="ps" state={documents.ps} reader={psReader} onRetryStore={retryPs} />
        </div>
        <ReadingNotes notes={notes} />
        <section aria-labelledby="idm-jd-review" className={classes.section}>
          <Text as="h3" id="idm-jd-review" variant="large" styles={SECTION_HEADING_STYLES}>
            {strings.MappingJdReviewHeading}
          </Text>
          {suggestions.status === 'waiting' && <Text block>{strings.MappingJdReviewWaiting}</Text>}
          {suggestions.status === 'working' && <Spinner size={SpinnerSize.small} label={strings.MappingJdSuggesting} ariaLive="polite" labelPosition="right" />}
          {suggestions.status === 'error' && (
            <MessageBar messageBarType={MessageBarType.error} delayedRender={false}>
              {strings.MappingJdReaderFailed}
            </MessageBar>
          )}
          {suggestions.status === 'ready' && <SuggestionReview framework={framework} entries={entries} set={suggestions.set} actions={actions} />}
        </section>
        {suggestions.status === 'ready' && shown >= 2 && (
          <section aria-labelledby="idm-jd-gaps" className={classes.section}>
            <LikelyGaps framework={framework} entries={entries} set={suggestions.set} actions={actions} />
          </section>
        )}
        {suggestions.status === 'ready' && shown >= 3 && (
          <section aria-labelledby="idm-jd-unmatched" className={classes.section}>
            <Text as="h3" id="idm-jd-unmatched" variant="large" styles={SECTION_HEADING_STYLES}>
              {strings.MappingJdUnmatchedHeading}
            </Text>
            <UnmatchedClauses clauses={suggestions.set.unmatched} total={suggestions.set.unmatchedTotal} listed={(shown - 2) * UNMATCHED_PART} />
          </section>
        )}
      </div>
    </Panel>
  );
}
