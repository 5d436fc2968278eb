/**
 * The instructor's HTTP API (the key goes as a Bearer token). The key is kept for this browser
 * tab only (sessionStorage), so that closing the tab forgets it.
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

export interface ScenarioEntry {
  file: string;
  id: string | null;
  title: string | null;
  summary: string | null;
  countries: { id: string; name: string }[];
  valid: boolean;
  /** The problems, formatted as the check command prints them (file:line: message). */
  issues: string[];
}

export interface SessionEntry {
  id: string;
  code: string;
  title: string;
  status: 'open' | 'ended';
  createdAt: number;
  events: number;
}

export interface Created {
  session: { id: string; code: string; title: string };
  links: Record<string, string>;
  observer: string;
}

export async function api<T>(
  key: string,
  path: string,
  init: RequestInit = {},
): Promise<{ ok: true; body: T } | { ok: false; message: string; status: number }> {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: { message: string } };
  if (!response.ok)
    return { ok: false, status: response.status, message: body.error?.message ?? response.statusText };
  return { ok: true, body };
}
