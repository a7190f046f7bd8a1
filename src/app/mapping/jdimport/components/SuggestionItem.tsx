import * as React from 'react';
import { DefaultButton, Icon, PrimaryButton, Text, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { clauseReference } from '../../../../model/jd/types';
import type { Suggestion } from '../../../../model/jd/types';
import { formatText } from '../../../../wording/format';
import { HighlightedText } from './HighlightedText';
import { getSuggestionItemClasses } from './suggestionItem.styles';

export interface SuggestionItemProps {
  suggestion: Suggestion;
  accepted: boolean;
  onAccept: () => void;
  onDismiss: () => void;
  acceptRef?: React.Ref<HTMLButtonElement>;
}

/** One suggested clause: its citation, how strong a match it is (where that means something), text with the matched words marked, and Accept / Dismiss. */
export function SuggestionItem({ suggestion, accepted, onAccept, onDismiss, acceptRef }: SuggestionItemProps): JSX.Element {
  const classes = getSuggestionItemClasses(useTheme());
  const citation = clauseReference(suggestion.clause);
  return (
    <li className={classes.item}>
      <div className={classes.top}>
        <Text className={classes.citation}>{citation}</Text>
        {suggestion.confidence !== null && (
          <Text className={classes.quiet}>{suggestion.confidence === 'strong' ? strings.MappingJdConfidenceStrong : strings.MappingJdConfidencePossible}</Text>
        )}
      </div>
      <Text block>
        <HighlightedText text={suggestion.clause.text} spans={suggestion.spans} />
      </Text>
      <Text block className={classes.quiet}>
        {formatText(strings.MappingJdMatchedWords, suggestion.matchedWords.join(', '))}
      </Text>
      <div className={classes.buttons}>
        {accepted ? (
          <Text>
            <Icon iconName="CheckMark" aria-hidden /> {strings.MappingJdAcceptedNote}
          </Text>
        ) : (
          <>
            <PrimaryButton elementRef={acceptRef} onClick={onAccept} ariaLabel={formatText(strings.MappingJdAcceptAria, citation)}>
              {strings.MappingJdAccept}
            </PrimaryButton>
            <DefaultButton onClick={onDismiss} ariaLabel={formatText(strings.MappingJdDismissAria, citation)}>
              {strings.CommonDismiss}
            </DefaultButton>
          </>
        )}
      </div>
    </li>
  );
}
