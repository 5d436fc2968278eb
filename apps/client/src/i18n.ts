import {
  type Catalogue,
  DEFAULT_LOCALE,
  EN,
  localeFor,
  type Params,
  translate,
  translateOr,
} from '@crossborder/i18n';
import { loadCatalogue, loadedCatalogue, TAGS } from './catalogues.js';

/**
 * Every string the screens show comes from the message catalogue, in the language chosen when the
 * page starts (language.ts: the address's `?lang=`, the seat's stored choice, the browser's
 * languages, else English); translators add catalogues, not code.
 */
let active: Catalogue = EN;
let activeLocale = 'en';

/**
 * Shows the screens in the catalogue for `tag` (or its fallback: `fr-CA` -> `fr` -> English), if
 * that catalogue is at hand (English and the pseudo-locale always are; another language once
 * `loadLocale` has fetched it), else in English; returns the tag whose catalogue is shown.
 */
export function setLocale(tag: string | undefined): string {
  const wanted = localeFor(tag, TAGS);
  const catalogue = loadedCatalogue(wanted);
  activeLocale = catalogue === undefined ? DEFAULT_LOCALE : wanted;
  active = catalogue ?? EN;
  return activeLocale;
}

/**
 * Fetches the catalogue for `tag` (its fallback as for `setLocale`) and shows the screens in it:
 * called once as the page starts, before any screen is drawn. A catalogue that cannot be had (the
 * network, a translator's broken file) leaves the page in English, and the console says why.
 */
export async function loadLocale(tag: string | undefined): Promise<string> {
  const wanted = localeFor(tag, TAGS);
  try {
    await loadCatalogue(wanted);
  } catch (error) {
    console.error(`The ${wanted} catalogue could not be loaded; the page stays in English.`, error);
  }
  return setLocale(wanted);
}

/** The tag of the catalogue the screens are shown in. */
export function currentLocale(): string {
  return activeLocale;
}

export type UiKey = keyof typeof EN;

export function t(key: UiKey, params: Params = {}): string {
  return translate(active, EN, key, params, activeLocale);
}

/** A message by a key known only at run time (a ruling's code from the server): falls back to `fallback`. */
export function tDynamic(key: string, params: Params = {}, fallback = key): string {
  return translateOr(active, EN, key, params, fallback, activeLocale);
}

/**
 * What went wrong, in the reader's language: a ruling by its code, the server's own errors by
 * `server.<code>`, else the English text the server sent.
 */
export function errorText(error: { code: string; message: string; params?: Params }): string {
  const params = error.params ?? {};
  return tDynamic(error.code, params, tDynamic(`server.${error.code}`, params, error.message));
}

/** A request kind's name: the catalogue's `kind.<id>` (an unknown kind as it is). */
export function kindName(kind: string): string {
  return tDynamic(`kind.${kind}`, {}, kind);
}

/** A recorded violation's message: its catalogue key and parameters, in the reader's language. */
/** A request's namer: what a person recognises a request by, from its id, if the reader's view holds it. */
export type RequestNamer = (id: string) => string | undefined;

/**
 * A line, ruling or note whose parameters name a request by its id (the engine keeps ids): the id
 * is replaced by what a person recognises the request by, when the namer knows it.
 */
export function namedParams(params: Params, name?: RequestNamer): Params {
  const id = params.request;
  const named = typeof id === 'string' ? name?.(id) : undefined;
  return named === undefined ? params : { ...params, request: named };
}

export function violationMessage(
  violation: { line: { key: string; params: Params } },
  name?: RequestNamer,
): string {
  return tDynamic(violation.line.key, namedParams(violation.line.params, name));
}

/** Items as one list, as the screens' language writes a list of measures ("a, b, c" in English). */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(activeLocale, { style: 'short', type: 'unit' }).format(items);
}
