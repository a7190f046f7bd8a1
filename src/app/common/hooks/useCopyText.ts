import * as React from 'react';

/** Where a copy stands: not tried, on the clipboard, or to be copied by hand (no clipboard, or permission refused). */
export type CopyOutcome = 'idle' | 'copied' | 'manual';

/**
 * Copies text to the clipboard for "Copy link" and "Copy details". Where the
 * clipboard is missing (older browsers) or refused (Teams desktop without
 * permission) the outcome is "manual", for the caller to show the text to copy
 * by hand. An outcome that arrives after unmount is dropped.
 *
 * @returns The outcome of the last copy, and the copy itself.
 */
export function useCopyText(): { outcome: CopyOutcome; copy: (text: string) => Promise<void> } {
  const [outcome, setOutcome] = React.useState<CopyOutcome>('idle');
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const copy = React.useCallback(async (text: string): Promise<void> => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    let next: CopyOutcome = 'manual';
    try {
      if (clipboard && typeof clipboard.writeText === 'function') {
        await clipboard.writeText(text);
        next = 'copied';
      }
    } catch {
      // Permission refused: the caller shows the text instead.
    } finally {
      if (mounted.current) {
        setOutcome(next);
      }
    }
  }, []);

  return { outcome, copy };
}
