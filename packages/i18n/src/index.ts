/**
 * `@crossborder/i18n`: the message catalogue, for the browser and Node alike. How it fits together:
 * - English is the source, in TypeScript (en.ts composing the engine's, screens', server's, exports'
 *   and rules' messages; studio.ts the studio's, a separate entry so the players' code does not
 *   carry it). Legal terms are glossary markers (`[[traffic-data]]`, glossary.ts), expanded when
 *   the catalogue is built, so `EN` reads as plain English.
 * - Every other language is data: locales/<tag>/*.json, merged (merge.ts) and expanded in its
 *   language. Node reads every folder at start-up (`@crossborder/i18n/node`, `LOCALES`); the
 *   browser's build makes each file a chunk and fetches one language's when a seat asks
 *   (apps/client/src/catalogues.ts). No language is registered in code.
 * - Messages are ICU (icu.ts, format.ts); `{name:prefix}` says ids through `prefix.<id>`; in a
 *   right-to-left language each text parameter is isolated (format.ts).
 * - The catalogue test (locales.test.ts) and the glossary test (glossary.test.ts) say what a
 *   language lacks; README, "Translating Crossborder", is the translator's guide.
 */
export { type CitedArticle, citationSaid, citationText } from './citations.js';
export { EN } from './en.js';
export { type Catalogue, fill, listText, type Param, type Params, translate, translateOr } from './format.js';
export { expandCatalogue, expandMessage } from './glossary.js';
export { placeholdersOf } from './icu.js';
export { DEFAULT_LOCALE, directionOf, localeFor, matchLocale, preferredLocale } from './locales.js';
export { type LocaleFile, mergeLocaleFiles } from './merge.js';
export { PSEUDO_LOCALE, pseudoCatalogue, pseudoMessage } from './pseudo.js';
