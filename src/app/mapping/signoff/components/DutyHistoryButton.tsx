import * as React from 'react';
import { getIconClassName, memoizeFunction, mergeStyleSets, useTheme } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../../wording/format';
import { DutyHistoryContext } from '../DutyHistoryContext';

const getStyles = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    button: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 6,
      minHeight: 28,
      padding: '0 4px',
      border: '1px solid transparent',
      background: 'transparent',
      color: theme.semanticColors.actionLink,
      font: 'inherit',
      fontSize: theme.fonts.medium.fontSize,
      cursor: 'pointer',
      selectors: {
        ':hover': { color: theme.semanticColors.actionLinkHovered, background: theme.semanticColors.buttonBackgroundHovered },
        ':focus-visible': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: 1 },
        '@media (forced-colors: active)': { color: 'ButtonText', borderColor: 'ButtonText' }
      }
    },
    icon: { color: theme.palette.themePrimary, fontSize: 16, lineHeight: 1 }
  })
);

export interface DutyHistoryButtonProps {
  dutyId: string;
  /** The duty as controls name it (shortened text): "History of <this>". */
  dutyLabel: string;
  /** The table's grid pattern makes it a tab stop only while its cell is being edited. */
  tabIndex?: number;
}

/**
 * "History" on each duty (cards and table). A plain button with the icon
 * font's glyph rather than a Fluent ActionButton: 40 duties × Fluent's seven
 * components each were a tenth of the mapping's first render. Memoised, so an
 * edit to its duty does not re-render it. Renders nothing where history is not
 * offered (no DutyHistoryContext).
 */
function DutyHistoryButtonView({ dutyId, dutyLabel, tabIndex }: DutyHistoryButtonProps): JSX.Element | null {
  const openHistory = React.useContext(DutyHistoryContext);
  const classes = getStyles(useTheme());
  if (!openHistory) {
    return null;
  }
  return (
    <button type="button" className={classes.button} aria-label={formatText(strings.MappingDutyHistoryButtonAria, dutyLabel)} tabIndex={tabIndex} onClick={() => openHistory(dutyId)}>
      <i className={`${getIconClassName('History')} ${classes.icon}`} aria-hidden="true" />
      {strings.MappingDutyHistoryButton}
    </button>
  );
}

export const DutyHistoryButton = React.memo(DutyHistoryButtonView);
