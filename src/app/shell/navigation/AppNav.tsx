import * as React from 'react';
import { ActionButton, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { SPACING } from '../../common/spacing';

/** The app's top-level screens. */
export type ScreenKey = 'chooser' | 'overview' | 'actions';

export interface AppNavProps {
  current: ScreenKey;
  onNavigate: (screen: ScreenKey) => void;
  /** The Teams personal app: "My mappings" and "My actions" only. */
  personalView: boolean;
}

const classes = mergeStyleSets({
  list: { display: 'flex', flexWrap: 'wrap', gap: SPACING.s2, listStyle: 'none', margin: 0, padding: 0 }
});

/** Switches between the mappings, the overview and the action tracker; the current one is marked for screen readers too. */
export function AppNav({ current, onNavigate, personalView }: AppNavProps): JSX.Element {
  const theme = useTheme();
  const items: Array<{ key: ScreenKey; label: string; icon: string }> = personalView
    ? [
        { key: 'chooser', label: strings.CommonMyMappingsHeading, icon: 'DocumentSet' },
        { key: 'actions', label: strings.CommonNavMyActions, icon: 'TaskManager' }
      ]
    : [
        { key: 'chooser', label: strings.ShellNavMappings, icon: 'DocumentSet' },
        { key: 'overview', label: strings.ShellNavOverview, icon: 'ViewDashboard' },
        { key: 'actions', label: strings.CommonNavActions, icon: 'TaskManager' }
      ];
  return (
    <nav aria-label={strings.ShellNavLabel}>
      <ul className={classes.list}>
        {items.map((item) => {
          const selected = item.key === current;
          return (
            <li key={item.key}>
              <ActionButton
                iconProps={{ iconName: item.icon }}
                aria-current={selected ? 'page' : undefined}
                onClick={() => onNavigate(item.key)}
                styles={{ root: { borderBottom: `2px solid ${selected ? theme.palette.themePrimary : 'transparent'}`, fontWeight: selected ? 600 : 400 } }}
              >
                {item.label}
              </ActionButton>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
