import * as React from 'react';
import { mergeStyleSets, useTheme } from '@fluentui/react';
import type { MatchedSpan } from '../../../model/jd/types';

export interface HighlightedTextProps {
  text: string;
  spans: readonly MatchedSpan[];
}

/**
 * A clause's text with its matched words marked. The text is always React
 * text, never HTML, whatever the document contained.
 */
export function HighlightedText({ text, spans }: HighlightedTextProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        mark: {
          background: theme.palette.yellowLight,
          color: theme.palette.black,
          fontWeight: 600,
          // Forced colours drop backgrounds; the weight and Mark keep the match visible.
          selectors: { '@media (forced-colors: active)': { background: 'Mark', color: 'MarkText' } }
        }
      }),
    [theme]
  );
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
