import { type Catalogue, DEFAULT_LOCALE, matchLocale, PSEUDO_LOCALE } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import type { Output } from './io.js';

/** The language an export is written in: its catalogue and the tag for plurals, lists and dates. */
export interface Language {
  catalogue: Catalogue;
  locale: string;
}

/**
 * `--lang <tag>` taken out of a command's arguments (report, csv): the exports in that language,
 * as the console gives them to a reader of it. English when absent. A language with no catalogue
 * is refused (exit 2 by the caller) rather than written in English unasked.
 */
export function takeLanguage(
  args: readonly string[],
  io: Output,
): { rest: string[]; language: Language } | null {
  const at = args.indexOf('--lang');
  if (at === -1) return { rest: [...args], language: languageOf(DEFAULT_LOCALE) };
  const wanted = args[at + 1];
  const rest = [...args.slice(0, at), ...args.slice(at + 2)];
  const tag = wanted === undefined ? undefined : matchLocale(wanted, Object.keys(LOCALES));
  if (tag === undefined) {
    const known = Object.keys(LOCALES).filter((found) => found !== PSEUDO_LOCALE);
    io.err(
      `--lang needs one of the languages Crossborder speaks: ${known.join(', ')} (got ${
        wanted === undefined || wanted.startsWith('--') ? 'nothing' : `"${wanted}"`
      }). A language is added as a folder of packages/i18n/locales/.`,
    );
    return null;
  }
  return { rest, language: languageOf(tag) };
}

function languageOf(tag: string): Language {
  return { catalogue: LOCALES[tag] as Catalogue, locale: tag };
}
