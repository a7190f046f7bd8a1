import * as React from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the print view should be mounted: while the browser prints (its own
 * Print command or Ctrl+P announce it with `beforeprint` and the print media
 * query), and while the app's Print button has the print dialog open. Mounting
 * it only then keeps it off every keystroke's render.
 *
 * @returns Whether to render the print view, and a function that prints.
 */
export function usePrintMode(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = React.useState(false);
  React.useEffect(() => {
    // The print layout is computed straight after `beforeprint`: render synchronously.
    const before = (): void => flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const onMedia = (event: MediaQueryListEvent): void => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener?.('change', onMedia);
    };
  }, []);
  const print = React.useCallback((): void => {
    flushSync(() => setPrinting(true));
    // Blocks until the dialog closes (Chromium, Firefox); `afterprint` then unmounts the view.
    window.print();
  }, []);
  return { printing, print };
}
