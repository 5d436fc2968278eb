import { currentLocale, listOf } from './i18n.js';

/**
 * A language named in the screens' language ("French", "français", "الفرنسية"), for a tag a
 * scenario gives (the languages an authority reads, a request is written in): never the bare tag,
 * unless the browser has no name for it.
 */
export function languageLabel(tag: string): string {
  try {
    return new Intl.DisplayNames(currentLocale(), { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    // A tag Intl refuses (not well-formed) is shown as it is: the scenario's checker names it.
    return tag;
  }
}

/** Several languages, each named, as the screens' language writes a list. */
export function languageList(tags: readonly string[]): string {
  return listOf(tags.map(languageLabel));
}
