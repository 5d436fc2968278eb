import { loadLocale } from './i18n.js';
import { askedLanguage, markDocument } from './language.js';

/**
 * Chooses the page's language before any screen is drawn (main.ts imports this first): the
 * catalogue for what the address, the seat's choice or the browser asks, and `lang`/`dir` to match.
 * A language other than English is fetched first (catalogues.ts): main.ts waits for this module, so
 * no screen is ever drawn in English and then redrawn.
 */
const asked = askedLanguage({
  search: location.search,
  pathname: location.pathname,
  languages: navigator.languages,
  storage: localStorage,
});
markDocument(document.documentElement, await loadLocale(asked), asked);
