import * as React from 'react';
import { Icon, useTheme } from '@fluentui/react';
import type { VocabularyWord } from '../../../wording/vocabulary';
import { toneColour } from '../tones';

export interface StatusBadgeProps {
  /** A status or "found in" vocabulary item. */
  item: VocabularyWord<string>;
  /** Shown straight after the label, e.g. ": 3". */
  suffix?: React.ReactNode;
}

/** A vocabulary item as icon + label (+ suffix): never colour alone. */
export function StatusBadge({ item, suffix }: StatusBadgeProps): JSX.Element {
  const theme = useTheme();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, verticalAlign: 'top' }}>
      <Icon iconName={item.iconName} aria-hidden style={{ color: toneColour(theme, item.tone), flexShrink: 0 }} />
      <span>
        {item.label}
        {suffix}
      </span>
    </span>
  );
}
