import type { MappingEntry } from '../mapping';

/**
 * What marking a duty the JD and PS do not cover as a gap changes in its
 * entry: status Gap, "found in" Neither when nobody had answered it yet, and
 * the given comment added after anything the team already wrote (never
 * replacing it, never twice).
 *
 * @param entry - The duty's entry as it is now.
 * @param comment - The words to add ("Not in JD/PS", from the app's strings).
 * @returns The fields to change (none if it is already a gap with the comment).
 */
export function markGapPatch(entry: MappingEntry, comment: string): Partial<Pick<MappingEntry, 'status' | 'foundIn' | 'comments'>> {
  const patch: Partial<Pick<MappingEntry, 'status' | 'foundIn' | 'comments'>> = {};
  if (entry.status !== 'gap') {
    patch.status = 'gap';
  }
  if (entry.foundIn === 'notMapped') {
    patch.foundIn = 'neither';
  }
  const existing = entry.comments.trim();
  if (!existing.toLowerCase().includes(comment.toLowerCase())) {
    patch.comments = existing === '' ? comment : `${existing}\n${comment}`;
  }
  return patch;
}
