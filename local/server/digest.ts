/**
 * Form digests: `0x<HMAC>,<timestamp>` like SharePoint's. Stateless (an HMAC over the issue time
 * with a secret kept in the data folder), so digests stay valid across a restart, as PnPjs caches
 * them for their whole 1800 s lifetime.
 *
 * A digest is not bound to a user: PnPjs caches digests per web URL for the whole process, so tests
 * that switch users on one site would otherwise fail in ways SharePoint pages never see.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export const DIGEST_TIMEOUT_SECONDS = 1800;

function sign(secret: string, issuedMs: number): string {
  return createHmac('sha256', secret).update(String(issuedMs)).digest('hex').toUpperCase();
}

/** Issues a digest valid for DIGEST_TIMEOUT_SECONDS from `nowMs`. */
export function issueDigest(secret: string, nowMs: number = Date.now()): string {
  const stamp = new Date(nowMs).toUTCString().replace('GMT', '-0000');
  return `0x${sign(secret, nowMs)},${nowMs}|${stamp}`;
}

/** True for a digest this server issued less than DIGEST_TIMEOUT_SECONDS ago. */
export function isValidDigest(secret: string, value: string | undefined, nowMs: number = Date.now()): boolean {
  const m = /^0x([0-9A-F]{64}),(\d+)\|/.exec(value ?? '');
  if (m === null) {
    return false;
  }
  const issued = Number(m[2]);
  const expected = Buffer.from(sign(secret, issued));
  const given = Buffer.from(m[1]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return false;
  }
  return issued <= nowMs + 60_000 && nowMs - issued < DIGEST_TIMEOUT_SECONDS * 1000;
}
