import { type Catalogue, EN, type Params, translate, translateOr } from '@crossborder/i18n';
import { REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';

/**
 * Every string the screens show comes from the message catalogue. The language is the browser's
 * when a catalogue exists for it, else English; translators add catalogues, not code.
 */
const CATALOGUES: Record<string, Catalogue> = { en: EN };

function pickLanguage(): Catalogue {
  const wanted = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of wanted) {
    const found = CATALOGUES[tag.slice(0, 2).toLowerCase()];
    if (found) return found;
  }
  return EN;
}

const active = pickLanguage();

export type UiKey = keyof typeof EN;

export function t(key: UiKey, params: Params = {}): string {
  return translate(active, EN, key, params);
}

/** A message by a key known only at run time (a ruling's code from the server): falls back to `fallback`. */
export function tDynamic(key: string, params: Params = {}, fallback = key): string {
  return translateOr(active, EN, key, params, fallback);
}

/**
 * What went wrong, in the reader's language: a ruling by its code, the server's own errors by
 * `server.<code>`, else the English text the server sent.
 */
export function errorText(error: { code: string; message: string; params?: Params }): string {
  const params = error.params ?? {};
  return tDynamic(error.code, params, tDynamic(`server.${error.code}`, params, error.message));
}

/** A request kind's name: the catalogue's `kind.<id>` if a translation has it, else the rules' English name. */
export function kindName(kind: string): string {
  return tDynamic(`kind.${kind}`, {}, REQUEST_KINDS[kind as RequestKind]?.name ?? kind);
}

/**
 * A rule's title, summary or teaching note: the catalogue's `rule.<id>.<part>` if a translation
 * has it, else the rules catalogue's English text.
 */
export function ruleText(ruleId: string, part: 'title' | 'summary' | 'teaching', english: string): string {
  return tDynamic(`rule.${ruleId}.${part}`, {}, english);
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
