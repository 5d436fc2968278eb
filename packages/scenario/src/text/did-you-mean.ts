/** Edit distance (Levenshtein) between two short strings: ids, field names, enum values. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate an author most likely meant, or undefined when none is close enough.
 * "Close enough" grows with the word (a quarter of its length, at least one edit) so that
 * short ids do not suggest unrelated ones; a case-only difference always counts.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 4));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // Words whose lengths differ by more than the limit are at least that many edits apart:
    // no need to measure (a runaway key of a megabyte is compared with nothing).
    if (Math.abs(candidate.length - word.length) > limit) continue;
    if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** A short, readable list for messages: `a, b, c` or `a, b, c and 7 more`. */
export function listForMessage(items: readonly string[], max = 8): string {
  if (items.length === 0) return '(none)';
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
