import { type Catalogue, EN, fill, type Params } from '@crossborder/i18n';
import { STUDIO, type StudioKey } from '@crossborder/i18n/studio';
import { tDynamic, t as tScreens, type UiKey } from '../i18n.js';

/**
 * The studio's words: its own catalogue (loaded with the studio's code only, so that the players'
 * first JavaScript does not carry it), else the screens' shared one. A translation of a studio key
 * in the active language's catalogue wins; the studio's own English is the fallback.
 */
export function t(key: UiKey | StudioKey, params: Params = {}): string {
  if (!Object.hasOwn(STUDIO, key)) return tScreens(key as UiKey, params);
  const translated = tDynamic(key, params, '');
  return translated !== ''
    ? translated
    : fill(STUDIO[key as StudioKey], params, (id) => (EN as Catalogue)[id]);
}
