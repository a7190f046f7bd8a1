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
}

const ALLOWED_STATUS: ReadonlySet<number> = new Set([429, 500, 503, 504]);

export class Faults {
  private rules: FaultRule[] = [];

  /** Validates a request body into a rule; returns an error message for a bad one. */
  public static parse(body: JsonValue): FaultRule | string {
    if (!isJsonObject(body)) {
      return 'Body must be a JSON object.';
    }
    const { status, retryAfter, times, pathContains } = body;
    if (typeof status !== 'number' || !ALLOWED_STATUS.has(status)) {
      return 'status must be 429, 503, 504 or 500.';
    }
    if (retryAfter !== undefined && (typeof retryAfter !== 'number' || retryAfter < 0)) {
      return 'retryAfter must be a number of seconds.';
    }
    if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1)) {
      return 'times must be a positive integer.';
    }
    if (pathContains !== undefined && typeof pathContains !== 'string') {
      return 'pathContains must be a string.';
    }
    return { status, retryAfter, times: times ?? 1, pathContains };
  }

  public add(rule: FaultRule): void {
    this.rules.push({ ...rule });
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
    rule.times -= 1;
    this.rules = this.rules.filter((r) => r.times > 0);
    return { ...rule };
  }
}
