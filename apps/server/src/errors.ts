import { EN, type Params, translate } from '@crossborder/i18n';
import type { ErrorBody } from '@crossborder/protocol';

type ServerKey = Extract<keyof typeof EN, `server.${string}`>;
/** The server's own error codes (PROTOCOL.md): each has its English message under `server.<code>`. */
export type ServerErrorCode = ServerKey extends `server.${infer Code}` ? Code : never;

/** A typed error of the server: the stable code, the English message and its parameters. */
export function serverError(code: ServerErrorCode, params: Params = {}): ErrorBody {
  return {
    code: code.replace(/^http\./, ''),
    message: translate(EN, EN, `server.${code}`, params),
    params: { ...params },
  };
}

/** A refused message's answer. */
export function failure(code: ServerErrorCode, params: Params = {}): { ok: false; error: ErrorBody } {
  return { ok: false, error: serverError(code, params) };
}
