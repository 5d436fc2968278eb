import { AsyncLocalStorage } from 'node:async_hooks';
import { type Catalogue, DEFAULT_LOCALE, PSEUDO_LOCALE } from '@crossborder/i18n';
import { catalogueFor, LOCALES, localeTag } from '@crossborder/i18n/node';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';

/**
 * The language the server answers a request in: its HTTP error messages and the exports it
 * produces (a report, a case file, a timeline) are in the reader's language. `?lang=<tag>` (what
 * the page passes: the seat's choice) wins, then the browser's `Accept-Language`, else English.
 * The pseudo-locale is only ever reached by `?lang=en-XA`. Every language of packages/i18n/locales
 * is known here with no code (`LOCALES`).
 */
const requestLocale = new AsyncLocalStorage<string>();

/** The languages a browser may be answered in by its Accept-Language: all but the pseudo-locale. */
const OFFERED = Object.keys(LOCALES).filter((tag) => tag !== PSEUDO_LOCALE);

/** The tag of the catalogue a request asks for (by `?lang=`, else Accept-Language). */
function localeOf(request: Pick<Request, 'query' | 'acceptsLanguages'>): string {
  const asked = request.query.lang;
  if (typeof asked === 'string' && asked !== '') return localeTag(asked);
  const accepted = request.acceptsLanguages(...OFFERED);
  return typeof accepted === 'string' ? localeTag(accepted) : DEFAULT_LOCALE;
}

/** A language tag as a page sends it (BCP 47 in its usual shapes: `fr`, `pt-BR`, `zh-Hant-TW`). */
const LanguageTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/);

/**
 * The language a socket's page reads, from its handshake (`?lang=`, game-client.ts): the scenario's
 * own texts in its views are in it where the scenario translates them. Anything else than a
 * language tag (absent, a list, a long or odd string) is English.
 */
export function handshakeLocale(query: Record<string, unknown>): string {
  const parsed = LanguageTag.safeParse(query.lang);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}

/** Express middleware: the rest of the request is answered in its language (`currentLocale`). */
export function withRequestLocale(request: Request, _response: Response, next: NextFunction): void {
  requestLocale.run(localeOf(request), next);
}

/**
 * The catalogue of the request being answered, and its tag (for plurals and lists): English
 * outside a request (a socket's message, which the client says again in the seat's language).
 */
export function currentCatalogue(): { catalogue: Catalogue; locale: string } {
  const locale = requestLocale.getStore() ?? DEFAULT_LOCALE;
  return { catalogue: catalogueFor(locale), locale };
}
