import * as React from 'react';

function widthOf(element: HTMLElement | null): number {
  const measured = element?.getBoundingClientRect().width ?? 0;
  // jsdom (and an element not laid out yet) measures 0: fall back to the window.
  return measured > 0 ? measured : typeof window === 'undefined' ? Infinity : window.innerWidth;
}

/**
 * Whether an element is narrower than `minWidth`. Measures the element, not the
 * window: a web part in a narrow SharePoint column or a Teams tab on a wide
 * screen reflows too.
 *
 * @param ref - The element the table is shown in.
 * @param minWidth - Below this, the caller shows its reflowed layout.
 * @returns True while the element is narrower than `minWidth`.
 */
export function useNarrow(ref: React.RefObject<HTMLElement>, minWidth: number): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const update = (): void => setNarrow(widthOf(ref.current) < minWidth);
    update();
    if (typeof ResizeObserver === 'function' && ref.current) {
      const observer = new ResizeObserver(update);
      observer.observe(ref.current);
      return () => observer.disconnect();
    }
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [ref, minWidth]);
  return narrow;
}
