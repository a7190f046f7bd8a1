/** One run of a word-level diff: text kept, added or removed. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Above this many words on each side the diff is shown as whole old and new text (the table is n × m). */
const MAX_WORDS = 2000;

/**
 * Word-level difference between two texts (longest common subsequence), so a
 * long comment's change shows as the words added and removed.
 *
 * @param before - The earlier text.
 * @param after - The later text.
 * @returns Runs in reading order; whitespace stays attached to its word.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return [
      ...(before === '' ? [] : [{ kind: 'removed' as const, text: before }]),
      ...(after === '' ? [] : [{ kind: 'added' as const, text: after }])
    ];
  }
  // lengths[i][j] = LCS length of a[i..] and b[j..]
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i][j] = a[i].trim() === b[j].trim() ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string): void => {
    const last = parts[parts.length - 1];
    if (last !== undefined && last.kind === kind) {
      last.text += text;
    } else {
      parts.push({ kind, text });
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i].trim() === b[j].trim()) {
      push('same', b[j]);
      i += 1;
      j += 1;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      push('removed', a[i]);
      i += 1;
    } else {
      push('added', b[j]);
      j += 1;
    }
  }
  a.slice(i).forEach((word) => push('removed', word));
  b.slice(j).forEach((word) => push('added', word));
  return parts;
}
