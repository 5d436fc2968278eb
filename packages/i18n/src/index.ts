export { EN } from './en.js';
export { type Catalogue, fill, type Params, translate, translateOr } from './format.js';
export { placeholdersOf } from './icu.js';
export { catalogueFor, DEFAULT_LOCALE, directionOf, LOCALES, localeFor, preferredLocale } from './locales.js';
export { PSEUDO_LOCALE } from './pseudo.js';
