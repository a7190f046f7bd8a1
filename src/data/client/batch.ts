import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { IWeb } from '@pnp/sp/webs';

/**
 * SharePoint Online accepts at most 100 requests in one $batch. PnPjs splits
 * at 20 by default, which would turn a 40-entry save into three round trips;
 * every batch the data layer sends stays under 100 parts.
 */
export const MAX_BATCH_REQUESTS = 100;

/** The outcome of one request inside a batch: a failed part fails only itself. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Wraps a request's promise so its failure is a value, never an unhandled rejection.
 *
 * @param promise - A request started inside a batch (or anywhere).
 * @returns The value or the error.
 */
export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error })
  );
}

/** Settled parts with every failure ruled out. */
export type AllSucceeded<T extends ReadonlyArray<Settled<unknown>>> = { [K in keyof T]: Extract<T[K], { ok: true }> };

/**
 * Throws the first failure among settled batch parts, if any: the one way a
 * batch part's failure is rethrown, so every caller reports the same one.
 *
 * @param results - The settled parts, in the order their failures should be reported.
 */
export function throwFirstFailure<T extends ReadonlyArray<Settled<unknown>>>(results: T): asserts results is AllSucceeded<T> {
  const failed = results.find((result) => !result.ok);
  if (failed && !failed.ok) {
    throw failed.error;
  }
}

/**
 * Sends the requests that `build` starts as one `$batch` POST (more only past
 * {@link MAX_BATCH_REQUESTS}), then returns what `build` collected. `build`
 * must start every request before it returns and should {@link settle} each,
 * because a failed part rejects only its own promise.
 *
 * @param sp - The PnPjs root.
 * @param build - Starts requests on the batched web and returns their combined promise.
 * @returns What `build`'s promise resolves to, once the batch has run.
 */
export async function inBatch<R>(sp: SPFI, build: (web: IWeb) => Promise<R>): Promise<R> {
  const [web, execute] = sp.web.batched({ maxRequests: MAX_BATCH_REQUESTS });
  const collected = build(web);
  await execute();
  return collected;
}
