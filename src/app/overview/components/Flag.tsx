import * as React from 'react';
import { Icon, Text, useTheme } from '@fluentui/react';
import { SPACING } from '../../common/spacing';

export interface FlagProps {
  iconName: string;
  tone: 'warning' | 'error' | 'info';
  children: React.ReactNode;
}

/** A short flag in words with an icon ("Overdue", "Never completed"): never colour alone. */
export function Flag({ iconName, tone, children }: FlagProps): JSX.Element {
  const theme = useTheme();
  const colour = tone === 'error' ? theme.semanticColors.errorIcon : tone === 'warning' ? theme.semanticColors.severeWarningIcon : theme.palette.themePrimary;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: SPACING.s2 }}>
      <Icon iconName={iconName} aria-hidden style={{ color: colour }} />
      <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
        {children}
      </Text>
    </span>
  );
}
