import {
  type CreateSessionRequest,
  CreateSessionResponse,
  type ForkSessionRequest,
  HttpError,
  RoomAddresses,
  readAnswer,
  ScenarioList,
  SessionList,
} from '@crossborder/protocol';
import { errorText, t, tDynamic } from '../i18n.js';

/**
 * The instructor's HTTP API (the key goes as a Bearer token). The key is kept for this browser
 * tab only (sessionStorage), so that closing the tab forgets it.
 *
 * The answers' shapes are the protocol's (`packages/protocol/src/http.ts`), shared with the
 * server: each answer is parsed with its schema, so one that is not what the contract says is an
 * error that says so, never a screen that breaks further on.
 */
const KEY = 'crossborder.instructor-key';

export function storedKey(): string | null {
  const fromUrl = new URLSearchParams(location.search).get('key');
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl);
    // The key should not stay in the address bar (or the browser history).
    history.replaceState(null, '', location.pathname);
  }
  return sessionStorage.getItem(KEY);
}

export function keepKey(key: string): void {
  sessionStorage.setItem(KEY, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(KEY);
}

type Answer<T> = { ok: true; body: T } | { ok: false; message: string; status: number };

/**
 * A call to the API whose answer is taken as it comes (an export, passed on as a file). A
 * failure's message is the server's error in the reader's language (`HttpError`: the HTTP
 * routes' own under `server.http.<code>`), else the status text.
 */
export async function api<T>(key: string, path: string, init: RequestInit = {}): Promise<Answer<T>> {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const refused = HttpError.safeParse(body);
    const error = refused.success ? refused.data.error : null;
    const message = error
      ? tDynamic(`server.http.${error.code}`, error.params ?? {}, errorText(error))
      : response.statusText;
    return { ok: false, status: response.status, message };
  }
  return { ok: true, body: body as T };
}

/** A call whose answer is read with its schema: a malformed one is a failure that says where. */
export async function read<T>(
  schema: Parameters<typeof readAnswer<T>>[0],
  key: string,
  path: string,
  init: RequestInit = {},
): Promise<Answer<T>> {
  const answer = await api<unknown>(key, path, init);
  if (!answer.ok) return answer;
  const checked = readAnswer(schema, answer.body);
  if (checked.ok) return { ok: true, body: checked.value };
  return {
    ok: false,
    // The server said yes; what it said is not what the contract says.
    status: 200,
    message: t('ui.console.bad-answer', {
      path: `/api${path}`,
      where: checked.path || '—',
      problem: checked.problem,
    }),
  };
}

/** The bundled scenarios, each with its validation status (`GET /api/scenarios`). */
export function listScenarios(key: string) {
  return read(ScenarioList, key, '/scenarios');
}

/** The sessions the server holds (`GET /api/sessions`). */
export function listSessions(key: string) {
  return read(SessionList, key, '/sessions');
}

/** A new session from a bundled scenario (`POST /api/sessions`). */
export function createSession(key: string, request: CreateSessionRequest) {
  return read(CreateSessionResponse, key, '/sessions', { method: 'POST', body: JSON.stringify(request) });
}

/** A new session from session `sessionId` as it stood at game time `at` (`POST /api/sessions/:id/fork`). */
export function forkSession(key: string, sessionId: string, at: number) {
  return read(CreateSessionResponse, key, `/sessions/${sessionId}/fork`, {
    method: 'POST',
    body: JSON.stringify({ at } satisfies ForkSessionRequest),
  });
}

/** Where the room reaches the server (`GET /api/addresses`), best first: never this browser's own address. */
export function roomAddresses(key: string) {
  return read(RoomAddresses, key, '/addresses');
}
