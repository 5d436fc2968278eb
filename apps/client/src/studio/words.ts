import { type Catalogue, EN, fill, type Params, PSEUDO_LOCALE, pseudoMessage } from '@crossborder/i18n';
import { STUDIO, type StudioKey } from '@crossborder/i18n/studio';
import { currentLocale, tDynamic, t as tScreens, type UiKey } from '../i18n.js';

/**
 * The studio's words: its own catalogue (loaded with the studio's code only, so that the players'
 * first JavaScript does not carry it), else the screens' shared one. A translation of a studio key
 * in the active language's catalogue wins; the studio's own English is the fallback.
 */
export function t(key: UiKey | StudioKey, params: Params = {}): string {
  if (!Object.hasOwn(STUDIO, key)) return tScreens(key as UiKey, params);
  const translated = tDynamic(key, params, '');
  if (translated !== '') return translated;
  // The pseudo-locale is made from English: the studio's words are wrapped here, as they are not
  // in the screens' catalogue.
  const english = STUDIO[key as StudioKey];
  const message = currentLocale() === PSEUDO_LOCALE ? pseudoMessage(english) : english;
  return fill(message, params, (id) => (EN as Catalogue)[id]);
}
