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
  /** Whether every script in it was this watcher's own (no source URL). */
  ownScripts: boolean;
}

export interface MainThreadRecord {
  tasks: LongTask[];
  frames: LongFrame[];
}

interface Watched {
  idmObservers?: Array<{ disconnect: () => void }>;
  idmTasks: PerformanceEntry[];
  idmFrames: PerformanceEntry[];
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
    const tasks: PerformanceEntry[] = [];
    const frames: PerformanceEntry[] = [];
    scope.idmTasks = tasks;
    scope.idmFrames = frames;
    const taskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    taskObserver.observe({ type: 'longtask' });
    // The callbacks only keep the entries (they run on the thread measured); they are read when the record is collected.
    const frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
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
    type Frame = PerformanceEntry & { renderStart: number; scripts: Array<{ invoker: string; sourceURL: string; duration: number }> };
    return {
      tasks: scope.idmTasks.map((task) => ({ start: task.startTime, duration: task.duration })),
      frames: (scope.idmFrames as Frame[])
        .filter((frame) => frame.duration > 50)
        .map((frame) => ({
          start: frame.startTime,
          duration: frame.duration,
          scripts: frame.scripts.map(
            (script) => `${script.invoker} (${(script.sourceURL.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '')}) ${Math.round(script.duration)} ms`
          ),
          ownScripts: frame.scripts.length > 0 && frame.scripts.every((script) => script.sourceURL === ''),
          rendering: frame.renderStart > 0 ? frame.startTime + frame.duration - frame.renderStart : 0
        }))
    };
  });
}

function frameOf(record: MainThreadRecord, task: LongTask): LongFrame | undefined {
  return record.frames.find((frame) => frame.start <= task.start + 1 && task.start < frame.start + frame.duration);
}

/**
 * The longest task the app ran: a task in a frame whose only scripts are this watcher's own (its observers' callbacks,
 * which have no source URL; the app's scripts all come from its bundle) is the test's, not the app's.
 *
 * @param record - What `mainThreadSettled` returned.
 * @returns Its duration in ms, 0 when there is none.
 */
export function longestAppTask(record: MainThreadRecord): number {
  return Math.max(0, ...record.tasks.filter((task) => !frameOf(record, task)?.ownScripts).map((task) => task.duration));
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
    const frame = frameOf(record, task);
    const scripts = frame && frame.scripts.length > 0 ? frame.scripts.join(', ') : 'no script';
    const own = frame?.ownScripts ? ' — the test\'s own observer, not counted' : '';
    const rendering = frame && frame.rendering > 0 ? `; frame's style, layout and paint ${Math.round(frame.rendering)} ms` : '';
    return `  +${Math.round(task.start - since)} ms: ${Math.round(task.duration)} ms (${scripts}${rendering})${own}`;
  });
}
