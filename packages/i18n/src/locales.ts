import { EN } from './en.js';
import type { Catalogue } from './format.js';
import { PSEUDO_LOCALE, pseudoCatalogue } from './pseudo.js';

/**
 * Every language Crossborder speaks, by BCP 47 tag. A translation is one more catalogue file with
 * English's keys, registered here (README, "Translating Crossborder"); the catalogue test says
 * what it lacks. `en-XA` is the pseudo-locale for tests, never offered unless asked for.
 */
export const LOCALES: Readonly<Record<string, Catalogue>> = {
  en: EN,
  [PSEUDO_LOCALE]: pseudoCatalogue(EN),
};

export const DEFAULT_LOCALE = 'en';

/**
 * The tag of the catalogue to use for a wanted language: the tag itself if a catalogue has it
 * (case aside), else its language alone (`fr-CA` -> `fr`), else English.
 */
export function localeFor(
  wanted: string | undefined,
  tags: readonly string[] = Object.keys(LOCALES),
): string {
  if (!wanted) return DEFAULT_LOCALE;
  const exact = tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0]?.toLowerCase();
  return tags.find((tag) => tag.toLowerCase() === language) ?? DEFAULT_LOCALE;
}

/** The catalogue for a wanted language, with the fallbacks of `localeFor`. */
export function catalogueFor(wanted: string | undefined): Catalogue {
  return LOCALES[localeFor(wanted)] ?? EN;
}

/** The first of the reader's languages (e.g. `navigator.languages`) that has a catalogue, else English. */
export function preferredLocale(wanted: readonly string[]): string {
  for (const tag of wanted) {
    const found = localeFor(tag);
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
