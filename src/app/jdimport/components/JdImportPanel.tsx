import * as React from 'react';
import { MessageBar, MessageBarType, Panel, PanelType, Spinner, SpinnerSize, Text, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, MappingEntry } from '../../../model';
import type { JdSource } from '../../../model/jd/types';
import type { EditorActions } from '../../editor/contract';
import { clausesOf } from '../documentState';
import type { DocumentState, JdDocuments } from '../documentState';
import { useSuggestions } from '../hooks/useSuggestions';
import { DocumentSlot } from './DocumentSlot';
import { SuggestionReview } from './SuggestionReview';
import { UnmatchedClauses } from './UnmatchedClauses';

export interface JdImportPanelProps {
  isOpen: boolean;
  onDismiss: () => void;
  framework: Framework;
  entries: Record<string, MappingEntry>;
  actions: EditorActions;
  documents: JdDocuments;
  onDocumentChange: (source: JdSource, state: DocumentState) => void;
}

const classes = mergeStyleSets({
  body: { display: 'grid', gap: 20, paddingBlock: 8 },
  slots: { display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))' },
  section: { display: 'grid', gap: 8 }
});

/**
 * "Add JD and PS": read the team's JD and PS in the browser, then review
 * suggested clauses duty by duty, and see the clauses no duty matches.
 * Loaded on demand, with the document readers and the ranking.
 */
export function JdImportPanel({ isOpen, onDismiss, framework, entries, actions, documents, onDocumentChange }: JdImportPanelProps): JSX.Element {
  const clauses = React.useMemo(() => clausesOf(documents), [documents]);
  const suggestions = useSuggestions(framework, clauses);
  return (
    <Panel
      isOpen={isOpen}
      onDismiss={onDismiss}
      type={PanelType.large}
      headerText={strings.JdImportTitle}
      closeButtonAriaLabel={strings.Close}
      isLightDismiss={false}
    >
      <div className={classes.body}>
        <Text block>{strings.JdImportIntro}</Text>
        <div className={classes.slots}>
          <DocumentSlot source="jd" state={documents.jd} onChange={(state) => onDocumentChange('jd', state)} />
          <DocumentSlot source="ps" state={documents.ps} onChange={(state) => onDocumentChange('ps', state)} />
        </div>
        <section aria-labelledby="idm-jd-review" className={classes.section}>
          <Text as="h3" id="idm-jd-review" variant="large" styles={{ root: { margin: 0 } }}>
            {strings.JdReviewHeading}
          </Text>
          {suggestions.status === 'waiting' && <Text block>{strings.JdReviewWaiting}</Text>}
          {suggestions.status === 'working' && <Spinner size={SpinnerSize.small} label={strings.JdSuggesting} ariaLive="polite" labelPosition="right" />}
          {suggestions.status === 'error' && (
            <MessageBar messageBarType={MessageBarType.error} delayedRender={false}>
              {strings.JdReaderFailed}
            </MessageBar>
          )}
          {suggestions.status === 'ready' && <SuggestionReview framework={framework} entries={entries} set={suggestions.set} actions={actions} />}
        </section>
        {suggestions.status === 'ready' && (
          <section aria-labelledby="idm-jd-unmatched" className={classes.section}>
            <Text as="h3" id="idm-jd-unmatched" variant="large" styles={{ root: { margin: 0 } }}>
              {strings.JdUnmatchedHeading}
            </Text>
            <UnmatchedClauses clauses={suggestions.set.unmatched} />
          </section>
        )}
      </div>
    </Panel>
  );
}
