import { EN, type Params, translate } from '@crossborder/i18n';
import type { ErrorBody } from '@crossborder/protocol';
import { currentCatalogue } from './locale.js';

type ServerKey = Extract<keyof typeof EN, `server.${string}`>;
/** The server's own error codes (PROTOCOL.md): each has its English message under `server.<code>`. */
export type ServerErrorCode = ServerKey extends `server.${infer Code}` ? Code : never;

/**
 * A typed error of the server: the stable code, the message and its parameters. The message is in
 * the language of the HTTP request being answered (locale.ts: `?lang=`, else Accept-Language),
 * English elsewhere; the client says it again by its code in the seat's language.
 */
export function serverError(code: ServerErrorCode, params: Params = {}): ErrorBody {
  const { catalogue, locale } = currentCatalogue();
  return {
    code: code.replace(/^http\./, ''),
    message: translate(catalogue, EN, `server.${code}`, params, locale),
    params: { ...params },
  };
}

/** A refused message's answer. */
export function failure(code: ServerErrorCode, params: Params = {}): { ok: false; error: ErrorBody } {
  return { ok: false, error: serverError(code, params) };
}
