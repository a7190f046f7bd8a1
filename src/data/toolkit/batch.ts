import type { TimelinePipe } from '@pnp/core';
import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { IWeb } from '@pnp/sp/webs';

/** SharePoint's correlation id for a request, quoted in support tickets. */
const REQUEST_ID_HEADER = 'SPRequestGuid';

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
 * SharePoint puts its correlation id on the `$batch` POST's response, not on
 * the parts inside it, and PnPjs hands each part only the part's own headers.
 * This behaviour keeps the batch's id (from the batch request's send) and puts
 * it on each part's response that lacks one, before PnPjs checks the part for
 * an error, so a failed part can be quoted in a support ticket like any request.
 *
 * @returns A behaviour for the web a batch is made from.
 */
function batchRequestId(): TimelinePipe<Queryable> {
  let requestId: string | undefined;
  return (instance) => {
    // The batch request copies this web's send; its parts get the batch's own send instead.
    const [send] = instance.on.send.toArray();
    if (send) {
      instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
        const response = await Reflect.apply(send, this, [url, init]);
        requestId = response.headers.get(REQUEST_ID_HEADER) ?? requestId;
        return response;
      });
    }
    instance.on.parse.prepend(async function (this: IQueryableInternal, url: URL, response: Response, result: unknown): Promise<[URL, Response, unknown]> {
      if (requestId === undefined || response.headers.has(REQUEST_ID_HEADER)) {
        return [url, response, result];
      }
      const headers = new Headers(response.headers);
      headers.set(REQUEST_ID_HEADER, requestId);
      return [url, new Response(response.body, { status: response.status, statusText: response.statusText, headers }), result];
    });
    return instance;
  };
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
  const [web, execute] = sp.web.using(batchRequestId()).batched({ maxRequests: MAX_BATCH_REQUESTS });
  const collected = build(web);
  await execute();
  return collected;
}
