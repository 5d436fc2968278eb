/**
 * Choosing a language, for Node and the browser alike. Which languages exist is data: Node reads
 * the folders of locales/ (node.ts, `LOCALES`), the browser knows the same folders from its build
 * (apps/client/src/catalogues.ts) and loads only the one a seat asks for. `en-XA` is the
 * pseudo-locale for tests, never offered unless asked for.
 */
export const DEFAULT_LOCALE = 'en';

/**
 * The tag of the catalogue to use for a wanted language among `tags`: the tag itself if a catalogue
 * has it (case aside), else its language alone (`fr-CA` -> `fr`), else English.
 */
export function localeFor(wanted: string | undefined, tags: readonly string[]): string {
  return (wanted && matchLocale(wanted, tags)) || DEFAULT_LOCALE;
}

/** The tag among `tags` for a wanted language: itself (case aside), else its language alone; undefined when none. */
export function matchLocale(wanted: string, tags: readonly string[]): string | undefined {
  const exact = tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0]?.toLowerCase();
  return tags.find((tag) => tag.toLowerCase() === language);
}

/** The first of the reader's languages (e.g. `navigator.languages`) that has a catalogue among `tags`, else English. */
export function preferredLocale(wanted: readonly string[], tags: readonly string[]): string {
  for (const tag of wanted) {
    const found = localeFor(tag, tags);
    if (found !== DEFAULT_LOCALE || tag.toLowerCase().startsWith(DEFAULT_LOCALE)) return found;
  }
  return DEFAULT_LOCALE;
}

// Languages written right to left (by their language subtag): the page is laid out for them even
// before their catalogue exists, so that the layout is ready when it does.
const RIGHT_TO_LEFT = new Set(['ar', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The writing direction of a language tag, for `dir` on the page. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(tag.split(/[-_]/)[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
