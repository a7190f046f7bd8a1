import * as React from 'react';
import { mergeStyles, useTheme } from '@fluentui/react';
import { visuallyHidden } from '../../../common/cardStyles';

export interface SkipLinkProps {
  /** Id of the element to move focus to (it needs tabIndex -1). */
  targetId: string;
  children: React.ReactNode;
}

/** A link, hidden until focused, that jumps keyboard users past the header to the duties. */
export function SkipLink({ targetId, children }: SkipLinkProps): JSX.Element {
  const theme = useTheme();
  const className = mergeStyles({
    selectors: {
      ':not(:focus)': visuallyHidden,
      ':focus': {
        display: 'inline-block',
        padding: 8,
        background: theme.semanticColors.bodyBackground,
        color: theme.semanticColors.link,
        outline: `2px solid ${theme.semanticColors.focusBorder}`
      }
    }
  });
  return (
    <a
      href={`#${targetId}`}
      className={className}
      onClick={(event) => {
        const target = document.getElementById(targetId);
        if (target) {
          event.preventDefault();
          target.focus();
        }
      }}
    >
      {children}
    </a>
  );
}
