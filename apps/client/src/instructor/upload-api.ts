import { readAnswer, type ScenarioProblem, UploadAnswer, UploadRefusal } from '@crossborder/protocol';
import { MAX_SCENARIO_BYTES } from '@crossborder/scenario';
import { errorText, t, tDynamic } from '../i18n.js';

/** An upload's outcome: kept, or refused with what the server said and the file's problems (if any). */
export type Uploaded =
  | { ok: true; answer: UploadAnswer }
  | { ok: false; status: number; message: string; problems: ScenarioProblem[] };

/**
 * Uploads a scenario file (`POST /api/scenarios`): its bytes as they are on disk, so that the
 * server judges them (text or not, UTF-8 or not) exactly as it judges a file in its folders. A
 * file over the size cap is refused here, with the server's own words, without sending it.
 */
export async function uploadScenario(key: string, file: File, replace: boolean): Promise<Uploaded> {
  if (file.size > MAX_SCENARIO_BYTES)
    return {
      ok: false,
      status: 413,
      message: t('server.http.upload-too-large', { bytes: file.size, max: MAX_SCENARIO_BYTES }),
      problems: [],
    };
  return sendScenario(key, {
    method: 'POST',
    url: `/api/scenarios?name=${encodeURIComponent(file.name)}${replace ? '&replace=1' : ''}`,
    route: '/api/scenarios',
    body: file,
    failed: (reason) => t('ui.upload.failed', { reason }),
  });
}

/** Where and how a scenario's text goes to the server, and what to say when it cannot be sent. */
interface Sending {
  method: 'POST' | 'PUT';
  url: string;
  /** The route as an error names it (without its query). */
  route: string;
  body: BodyInit;
  /** The words for a network failure, with its reason. */
  failed: (reason: string) => string;
}

/**
 * Sends a scenario's text (an upload, a studio draft) with the instructor key as raw bytes, and
 * reads the server's answer with its schema: kept, or refused in the catalogue's
 * `server.http.<code>` words with the file's problems (if any).
 */
export async function sendScenario(key: string, sending: Sending): Promise<Uploaded> {
  let response: Response;
  try {
    response = await fetch(sending.url, {
      method: sending.method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' },
      body: sending.body,
    });
  } catch (cause) {
    return { ok: false, status: 0, message: sending.failed(String(cause)), problems: [] };
  }
  const body: unknown = await response.json().catch(() => ({}));
  if (response.ok) {
    const read = readAnswer(UploadAnswer, body);
    if (read.ok) return { ok: true, answer: read.value };
    return {
      ok: false,
      status: 200,
      message: t('ui.console.bad-answer', {
        path: sending.route,
        where: read.path || '—',
        problem: read.problem,
      }),
      problems: [],
    };
  }
  const refusal = UploadRefusal.safeParse(body);
  if (!refusal.success)
    return { ok: false, status: response.status, message: response.statusText, problems: [] };
  const { error } = refusal.data;
  // The HTTP routes' errors are the catalogue's `server.http.<code>`.
  const message = tDynamic(`server.http.${error.code}`, error.params ?? {}, errorText(error));
  return { ok: false, status: response.status, message, problems: error.problems ?? [] };
}
