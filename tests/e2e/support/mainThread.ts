import type { Page } from 'playwright-core';

/** A long task on the page's main thread: when it started (ms since the page opened) and how long it took. */
export interface LongTask {
  start: number;
  duration: number;
}

/** A long animation frame (over 50 ms): the scripts that ran in it, and the style and layout work of its rendering. */
export interface LongFrame {
  start: number;
  duration: number;
  /** e.g. "Worker.onmessage (readerClient) 38 ms": what called the script, the chunk it is in, how long it ran. */
  scripts: string[];
  /** Style, layout and paint at the end of the frame, in ms. */
  rendering: number;
}

export interface MainThreadRecord {
  tasks: LongTask[];
  frames: LongFrame[];
}

interface Watched {
  idmObservers?: Array<{ disconnect: () => void }>;
  idmTasks: LongTask[];
  idmFrames: LongFrame[];
  idmSettled: Promise<void>;
}

/**
 * Records the page's long tasks and long animation frames from now on, and
 * arms `mainThreadSettled(page)` to resolve once the dialog shows every one of the
 * patterns and the frames that lay that out and paint it have run. It waits
 * in the page (a MutationObserver, its checks at most every 100 ms), not with
 * Playwright's locators: their polling runs role queries over the whole page
 * on its main thread, and the long-task observer would count that as the
 * app's work.
 *
 * @param page - The page.
 * @param patterns - What the dialog shows when the work measured is done (regular expression sources).
 */
export async function watchMainThread(page: Page, patterns: readonly string[]): Promise<void> {
  await page.evaluate((sources) => {
    const scope = window as unknown as Watched;
    // Armed again, it starts afresh.
    (scope.idmObservers ?? []).forEach((observer) => observer.disconnect());
    const tasks: LongTask[] = [];
    const frames: LongFrame[] = [];
    scope.idmTasks = tasks;
    scope.idmFrames = frames;
    const taskObserver = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push({ start: entry.startTime, duration: entry.duration })));
    taskObserver.observe({ type: 'longtask' });
    const frameObserver = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        const frame = entry as PerformanceEntry & {
          renderStart: number;
          scripts: Array<{ invoker: string; sourceURL: string; duration: number }>;
        };
        frames.push({
          start: frame.startTime,
          duration: frame.duration,
          scripts: frame.scripts.map(
            (script) => `${script.invoker} (${(script.sourceURL.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '')}) ${Math.round(script.duration)} ms`
          ),
          rendering: frame.renderStart > 0 ? frame.startTime + frame.duration - frame.renderStart : 0
        });
      })
    );
    frameObserver.observe({ type: 'long-animation-frame' });
    const wanted = sources.map((source) => new RegExp(source));
    scope.idmSettled = new Promise<void>((resolve) => {
      let checking = false;
      const check = (): void => {
        checking = false;
        const text = document.querySelector('[role="dialog"]')?.textContent ?? '';
        if (wanted.every((pattern) => pattern.test(text))) {
          observer.disconnect();
          // The frames that lay out and paint what was shown last, and a second for anything it set off.
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 1000)));
        }
      };
      const observer = new MutationObserver(() => {
        if (!checking) {
          checking = true;
          setTimeout(check, 100);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      scope.idmObservers = [taskObserver, frameObserver, observer];
    });
  }, patterns);
}

/**
 * Waits for what `watchMainThread` armed, then returns what it recorded.
 *
 * @param page - The page.
 * @param timeout - How long to wait, in ms.
 * @returns The long tasks and long animation frames since `watchMainThread`.
 */
export async function mainThreadSettled(page: Page, timeout: number): Promise<MainThreadRecord> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The page did not show what was awaited within ${timeout} ms`)), timeout);
  });
  try {
    await Promise.race([page.evaluate(() => (window as unknown as Watched).idmSettled), late]);
  } finally {
    clearTimeout(timer);
  }
  return page.evaluate(() => {
    const scope = window as unknown as Watched;
    return { tasks: scope.idmTasks, frames: scope.idmFrames.filter((frame) => frame.duration > 50) };
  });
}

/**
 * Every long task with the long animation frame it fell in: what ran, and the rendering.
 *
 * @param record - What `mainThreadSettled` returned.
 * @param since - Where the times count from (ms since the page opened).
 * @returns One line a task.
 */
export function describeLongTasks(record: MainThreadRecord, since: number): string[] {
  return record.tasks.map((task) => {
    const frame = record.frames.find((candidate) => candidate.start <= task.start + 1 && task.start < candidate.start + candidate.duration);
    const scripts = frame && frame.scripts.length > 0 ? frame.scripts.join(', ') : 'no script';
    const rendering = frame && frame.rendering > 0 ? `; frame's style, layout and paint ${Math.round(frame.rendering)} ms` : '';
    return `  +${Math.round(task.start - since)} ms: ${Math.round(task.duration)} ms (${scripts}${rendering})`;
  });
}
