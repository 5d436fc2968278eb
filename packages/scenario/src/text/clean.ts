/**
 * Player text as the game keeps it. Whatever a team or the instructor types is shown to others
 * (on their screens, the projector, the debrief, the exported report and log), so it is cleaned
 * once, where it enters, of what can disturb or deceive a reader rather than say something:
 *
 * - Control characters (C0, DEL, C1): a bell, an escape sequence that recolours or rewrites a
 *   terminal reading the log, a NUL that cuts a string short in C code. Only line breaks and tabs
 *   survive, and only in a field of several lines; in a one-line field they become a space, so
 *   that the words on either side stay apart. Every kind of line break (CRLF, CR, LS, PS...) is
 *   made a plain `\n`, so that lines are counted and shown the same everywhere.
 * - Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder the text
 *   that follows, so that what is shown is not what was written ("txt.exe" shown as "exe.txt").
 *   The marks LRM, RLM and ALM (U+200E, U+200F, U+061C) stay: Arabic and Hebrew text needs them
 *   to place numbers and punctuation, and they reorder nothing beyond their neighbours.
 * - Characters that hide text: tag characters (U+E0000-U+E007F), invisible copies of ASCII
 *   that can carry a whole message nobody sees ("ASCII smuggling"; their one legitimate use, the
 *   flags of England, Scotland and Wales, falls back to a black flag); interlinear annotation
 *   marks (U+FFF9-U+FFFB), between which a renderer may show or hide text; the deprecated format
 *   characters U+206A-U+206F (they switch shaping and digit forms for what follows); the invisible
 *   mathematical operators U+2061-U+2064, which no prose uses; and U+FEFF, a byte-order mark in
 *   the middle of text, deprecated as a character since U+2060.
 * - Halves of a surrogate pair without the other half: not characters at all (shown as U+FFFD,
 *   and changed into it by anything that writes UTF-8).
 *
 * Kept, because scripts and emoji need them and they neither reorder nor hide other text: the
 * zero-width space (word boundaries in Thai, Khmer, Lao, Burmese), the zero-width joiner and
 * non-joiner (Persian, Indic scripts, emoji sequences), the word joiner, the soft hyphen and the
 * variation selectors.
 */

/** Line breaks of every kind: CRLF, CR, LF, VT, FF, NEL, and Unicode's line and paragraph separators. */
const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/gu;

/**
 * What is removed (see above). Tabs and `\n` match too (they are controls): the replacer keeps
 * them, and they reach it only in a field of several lines.
 */
const REMOVED =
  /[\p{Cc}\u202A-\u202E\u2066-\u2069\u2061-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}\u{D800}-\u{DFFF}]/gu;

export interface CleanOptions {
  /** Whether the field holds several lines (reasons, messages) or one (a title, a name). */
  multiline: boolean;
}

/** The text without control, bidi-override and hiding characters (see above); nothing else changes. */
export function cleanText(text: string, { multiline }: CleanOptions): string {
  const broken = text.replace(LINE_BREAK, multiline ? '\n' : ' ');
  const spaced = multiline ? broken : broken.replaceAll('\t', ' ');
  return spaced.replace(REMOVED, (found) => (found === '\n' || found === '\t' ? found : ''));
}
