/**
 * Choosing which stored framework version to use when some are damaged
 * (edited by hand in SharePoint, or written before permissions were locked).
 * A damaged version never stops work: new mappings use the newest valid one,
 * and a mapping whose version is damaged opens with the nearest valid one.
 */

/** A stored version as far as choosing goes: its number and whether it can be read. */
export interface VersionCandidate {
  version: number;
  valid: boolean;
}

/**
 * The newest version that can be read.
 *
 * @param candidates - Stored versions, in any order.
 * @returns Its number, or undefined when none is valid.
 */
export function newestValidVersion(candidates: readonly VersionCandidate[]): number | undefined {
  let best: number | undefined;
  for (const candidate of candidates) {
    if (candidate.valid && (best === undefined || candidate.version > best)) {
      best = candidate.version;
    }
  }
  return best;
}

/**
 * The valid version closest to the one wanted. On a tie the older one wins:
 * it is what the mapping's team more likely saw, and it cannot contain duties
 * added after the mapping was made.
 *
 * @param candidates - Stored versions, in any order.
 * @param wanted - The version the mapping records.
 * @returns The version to open with, or undefined when none is valid.
 */
export function nearestValidVersion(candidates: readonly VersionCandidate[], wanted: number): number | undefined {
  let best: number | undefined;
  for (const candidate of candidates) {
    if (!candidate.valid) {
      continue;
    }
    if (best === undefined) {
      best = candidate.version;
      continue;
    }
    const distance = Math.abs(candidate.version - wanted);
    const bestDistance = Math.abs(best - wanted);
    if (distance < bestDistance || (distance === bestDistance && candidate.version < best)) {
      best = candidate.version;
    }
  }
  return best;
}
