import unhomoglyph from 'unhomoglyph';

/**
 * What a name looks like, for telling whether two names could be mistaken for each other: the
 * Unicode confusables mapping (Cyrillic "Т" reads as Latin "T", "1" as "l", "0" as "O"), applied
 * before and after folding case, with spaces, punctuation and invisible characters dropped. Two
 * names with the same skeleton look alike on a screen; the skeleton is never shown.
 */
export function skeleton(name: string): string {
  const mapped = unhomoglyph(name.normalize('NFKC').normalize('NFD'));
  return unhomoglyph(mapped.toLowerCase())
    .toLowerCase()
    .replace(/[\p{White_Space}\p{P}\p{S}\p{Cf}]+/gu, '');
}

/** The first of `others` that `name` could be mistaken for, if any. */
export function confusableWith(name: string, others: readonly string[]): string | undefined {
  const looks = skeleton(name);
  return others.find((other) => skeleton(other) === looks);
}
