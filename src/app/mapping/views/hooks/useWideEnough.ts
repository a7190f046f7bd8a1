import * as React from 'react';

/** Narrower than this, the table's five columns cannot be read, so the cards are shown (WCAG reflow). */
export const TABLE_MIN_WIDTH = 640;

function widthOf(element: HTMLElement | null): number {
  const measured = element?.getBoundingClientRect().width ?? 0;
  // jsdom (and an element not laid out yet) measures 0: fall back to the window.
  return measured > 0 ? measured : typeof window === 'undefined' ? Infinity : window.innerWidth;
}

/**
 * Whether an element is wide enough for the table. Measures the element, not the
 * window: a web part in a narrow SharePoint column on a wide screen gets cards too.
 *
 * @param ref - The element the duties are shown in.
 * @returns True while it is at least {@link TABLE_MIN_WIDTH} pixels wide.
 */
export function useWideEnough(ref: React.RefObject<HTMLElement>): boolean {
  const [wide, setWide] = React.useState(true);
  React.useLayoutEffect(() => {
    const update = (): void => setWide(widthOf(ref.current) >= TABLE_MIN_WIDTH);
    update();
    if (typeof ResizeObserver === 'function' && ref.current) {
      const observer = new ResizeObserver(update);
      observer.observe(ref.current);
      return () => observer.disconnect();
    }
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [ref]);
  return wide;
}
