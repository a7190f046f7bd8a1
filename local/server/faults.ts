/**
 * Fault injection for resilience tests: `POST /_local/faults` queues failures that the next
 * matching `_api` requests receive instead of their real reply. Nothing is ever queued by default.
 */
import { JsonValue, isJsonObject } from './json';

export interface FaultRule {
  status: number;
  /** Seconds for the Retry-After header; absent = no header. */
  retryAfter?: number;
  /** Remaining requests to fail. */
  times: number;
  /** Substring of path+query the request must contain; absent = any `_api` request. */
  pathContains?: string;
  /**
   * Matching requests to let through before the first failure (default 0): a test interrupts a
   * multi-request operation (set-up) after exactly that many of its requests.
   */
  skip?: number;
}

const ALLOWED_STATUS: ReadonlySet<number> = new Set([429, 500, 503, 504]);

/**
 * Caps that keep one rule from breaking the server for everyone: a test needs a handful of
 * failures and a wait of seconds (PnPjs waits Retry-After uncapped, so a huge value would hang
 * every client), never 999,999,998 × 503.
 */
export const MAX_FAULT_TIMES = 1000;
export const MAX_RETRY_AFTER_SECONDS = 120;
export const MAX_PATH_CONTAINS = 1000;
export const MAX_PENDING_RULES = 100;

export class Faults {
  private rules: FaultRule[] = [];

  /** Validates a request body into a rule; returns an error message for a bad one. */
  public static parse(body: JsonValue): FaultRule | string {
    if (!isJsonObject(body)) {
      return 'Body must be a JSON object.';
    }
    const { status, retryAfter, times, pathContains, skip } = body;
    if (typeof status !== 'number' || !ALLOWED_STATUS.has(status)) {
      return 'status must be 429, 503, 504 or 500.';
    }
    if (retryAfter !== undefined && (typeof retryAfter !== 'number' || !Number.isInteger(retryAfter) || retryAfter < 0 || retryAfter > MAX_RETRY_AFTER_SECONDS)) {
      return `retryAfter must be a whole number of seconds from 0 to ${MAX_RETRY_AFTER_SECONDS}.`;
    }
    if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1 || times > MAX_FAULT_TIMES)) {
      return `times must be a whole number from 1 to ${MAX_FAULT_TIMES}.`;
    }
    if (pathContains !== undefined && (typeof pathContains !== 'string' || pathContains.length === 0 || pathContains.length > MAX_PATH_CONTAINS)) {
      return `pathContains must be a string of 1 to ${MAX_PATH_CONTAINS} characters.`;
    }
    if (skip !== undefined && (typeof skip !== 'number' || !Number.isInteger(skip) || skip < 0 || skip > MAX_FAULT_TIMES)) {
      return `skip must be a whole number from 0 to ${MAX_FAULT_TIMES}.`;
    }
    return { status, retryAfter, times: times ?? 1, pathContains, ...(skip === undefined ? {} : { skip }) };
  }

  /** Queues a rule; false when MAX_PENDING_RULES are already waiting. */
  public add(rule: FaultRule): boolean {
    if (this.rules.length >= MAX_PENDING_RULES) {
      return false;
    }
    this.rules.push({ ...rule });
    return true;
  }

  public clear(): void {
    this.rules = [];
  }

  public pending(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /**
   * Consumes and returns the first rule matching the request. `forms` holds path+query both as sent
   * and percent-decoded, so a test can write `getByTitle('My List')` or the encoded form.
   */
  public take(forms: string[]): FaultRule | undefined {
    const matches = (r: FaultRule): boolean => r.pathContains === undefined || forms.some((f) => f.includes(r.pathContains ?? ''));
    const rule = this.rules.find((r) => r.times > 0 && matches(r));
    if (rule === undefined) {
      return undefined;
    }
    if ((rule.skip ?? 0) > 0) {
      rule.skip = (rule.skip ?? 0) - 1;
      return undefined;
    }
    rule.times -= 1;
    this.rules = this.rules.filter((r) => r.times > 0);
    return { ...rule };
  }
}
