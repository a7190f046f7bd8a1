import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import type { MatchedSpan } from '../../../../model/jd/types';

/**
 * Black on yellow in every theme, as a highlighter pen: the theme palettes'
 * yellows and blacks swap lightness in dark themes and lose contrast there.
 * Forced colours use the system's own Mark colours.
 */
const MARK_CLASSES = mergeStyleSets({
  mark: {
    background: '#fff100',
    color: '#000000',
    fontWeight: 600,
    selectors: { '@media (forced-colors: active)': { background: 'Mark', color: 'MarkText' } }
  }
});

export interface HighlightedTextProps {
  text: string;
  spans: readonly MatchedSpan[];
}

/**
 * A clause's text with its matched words marked. The text is always React
 * text, never HTML, whatever the document contained.
 */
export function HighlightedText({ text, spans }: HighlightedTextProps): JSX.Element {
  const classes = MARK_CLASSES;
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((span, index) => {
    if (span.start > at) {
      parts.push(text.slice(at, span.start));
    }
    parts.push(
      <mark key={index} className={classes.mark}>
        {text.slice(span.start, span.end)}
      </mark>
    );
    at = span.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}
