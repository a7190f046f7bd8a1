import * as React from 'react';

/**
 * Shows a result in parts, one more after each frame, so that rendering and
 * laying out a long result is several short tasks on the page's thread
 * instead of one long one (the suggestions for a long JD: the review, the
 * likely gaps, then up to 200 unmatched clauses). A new result starts again
 * from its first part; nothing is shown before there is a result.
 *
 * @param result - The result shown (compared by identity), or undefined while there is none.
 * @param parts - How many parts it is shown in.
 * @returns How many of its parts to show now: 0 without a result, then 1 up to `parts`.
 */
export function useStages(result: unknown, parts: number): number {
  const [shown, setShown] = React.useState<{ result: unknown; parts: number }>({ result: undefined, parts: 0 });
  const now = result === undefined ? 0 : shown.result === result ? shown.parts : 1;
  React.useEffect(() => {
    if (result === undefined || now >= parts) {
      return undefined;
    }
    // After the frame that lays out and paints this part, in a task of its own.
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown({ result, parts: now + 1 }), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [result, now, parts]);
  return now;
}
