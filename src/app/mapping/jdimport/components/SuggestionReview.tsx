import * as React from 'react';
import { DefaultButton, Text, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, MappingEntry } from '../../../../model';
import { acceptClause } from '../../../../model/jd/accept';
import { clauseReference } from '../../../../model/jd/types';
import type { SuggestionSet } from '../../../../model/jd/suggest';
import type { Suggestion } from '../../../../model/jd/types';
import { formatText } from '../../../../wording/format';
import { foundInWord } from '../../../../wording/vocabulary';
import type { EditorActions } from '../../editor/contract';
import { SuggestionItem } from './SuggestionItem';
import { ITEM_HEADING_STYLES } from './jdImportPanel.styles';
import { getSuggestionReviewClasses } from './suggestionReview.styles';

export interface SuggestionReviewProps {
  framework: Framework;
  entries: Record<string, MappingEntry>;
  set: SuggestionSet;
  actions: EditorActions;
}

function keyOf(suggestion: Suggestion): string {
  return `${suggestion.dutyId}|${suggestion.clause.id}`;
}

/**
 * Steps through the framework's duties in order, each with its suggested
 * clauses. Accepting goes through the editor's own edit action, so autosave,
 * drafts and conflicts apply as to any edit; nothing is filled in otherwise.
 */
export const SuggestionReview = React.memo(function SuggestionReview({ framework, entries, set, actions }: SuggestionReviewProps): JSX.Element {
  const classes = getSuggestionReviewClasses(useTheme());
  const duties = React.useMemo(() => framework.areas.reduce<Framework['areas'][number]['duties']>((all, area) => all.concat(area.duties), []), [framework]);
  const [index, setIndex] = React.useState(0);
  const [dismissed, setDismissed] = React.useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = React.useState('');
  const dutyHeading = React.useRef<HTMLHeadingElement>(null);
  const nextButton = React.useRef<HTMLButtonElement>(null);
  const acceptButtons = React.useRef(new Map<string, HTMLButtonElement>());
  const moved = React.useRef(false);

  const duty = duties[Math.min(index, duties.length - 1)];
  const entry = entries[duty.id];
  const suggestions = (set.byDuty.get(duty.id) ?? []).filter((suggestion) => !dismissed.has(keyOf(suggestion)));
  const isAccepted = (suggestion: Suggestion): boolean => entry !== undefined && Object.keys(acceptClause(entry, suggestion.clause)).length === 0;

  React.useEffect(() => {
    if (moved.current) {
      moved.current = false;
      dutyHeading.current?.focus();
    }
  }, [index]);

  const go = (next: number): void => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(duties.length - 1, next)));
    setAnnouncement('');
  };
  /** After Accept or Dismiss, focus the next suggestion still open, or Next duty. */
  const focusAfter = (handled: Suggestion): void => {
    const open = suggestions.filter((suggestion) => suggestion !== handled && !isAccepted(suggestion));
    window.setTimeout(() => {
      const target = open.length > 0 ? acceptButtons.current.get(keyOf(open[0])) : undefined;
      (target ?? nextButton.current)?.focus();
    }, 0);
  };
  const accept = (suggestion: Suggestion): void => {
    if (entry === undefined) {
      return;
    }
    const patch = acceptClause(entry, suggestion.clause);
    if (Object.keys(patch).length > 0) {
      actions.editEntry(duty.id, patch);
    }
    setAnnouncement(formatText(strings.MappingJdAcceptedStatus, clauseReference(suggestion.clause)));
    focusAfter(suggestion);
  };
  const dismiss = (suggestion: Suggestion): void => {
    setDismissed((before) => new Set(before).add(keyOf(suggestion)));
    setAnnouncement(formatText(strings.MappingJdDismissedStatus, clauseReference(suggestion.clause)));
    focusAfter(suggestion);
  };

  return (
    <div className={classes.review}>
      <Text block>{formatText(strings.MappingJdReviewPosition, index + 1, duties.length)}</Text>
      <Text as="h4" block variant="medium" styles={ITEM_HEADING_STYLES}>
        <span ref={dutyHeading} tabIndex={-1}>
          {duty.text}
        </span>
      </Text>
      {entry && (
        <Text block>
          {formatText(strings.MappingJdCurrentAnswer, foundInWord(entry.foundIn).label, entry.reference.trim() === '' ? strings.MappingJdNoReference : entry.reference)}
        </Text>
      )}
      {suggestions.length === 0 ? (
        <Text block>{strings.MappingJdNoSuggestions}</Text>
      ) : (
        <ul className={classes.list} aria-label={strings.MappingJdSuggestionsFor}>
          {suggestions.map((suggestion) => (
            <SuggestionItem
              key={keyOf(suggestion)}
              suggestion={suggestion}
              accepted={isAccepted(suggestion)}
              onAccept={() => accept(suggestion)}
              onDismiss={() => dismiss(suggestion)}
              acceptRef={(element: HTMLButtonElement | null) => {
                if (element) {
                  acceptButtons.current.set(keyOf(suggestion), element);
                } else {
                  acceptButtons.current.delete(keyOf(suggestion));
                }
              }}
            />
          ))}
        </ul>
      )}
      <div className={classes.nav}>
        <DefaultButton iconProps={{ iconName: 'Previous' }} disabled={index === 0} onClick={() => go(index - 1)}>
          {strings.MappingJdPreviousDuty}
        </DefaultButton>
        <DefaultButton elementRef={nextButton} iconProps={{ iconName: 'Next' }} disabled={index >= duties.length - 1} onClick={() => go(index + 1)}>
          {strings.MappingJdNextDuty}
        </DefaultButton>
      </div>
      <div role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
});
