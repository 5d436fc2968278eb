import { readAnswer, UploadAnswer, UploadRefusal } from '@crossborder/protocol';
import { z } from 'zod';
import { errorText, tDynamic } from '../i18n.js';
import { api } from '../instructor/api.js';
import { t } from './words.js';

/**
 * The studio's calls to the server (`/api/studio/...`, with the instructor key as every
 * instructor call): the templates, the text of a scenario offered (to copy), and saving a draft.
 * Answers are read with their schemas.
 */
const Templates = z.object({ templates: z.array(z.object({ name: z.string(), source: z.string() })) });
const Source = z.object({ file: z.string(), source: z.string() });

type Answer<T> = { ok: true; body: T } | { ok: false; status: number; message: string };

async function read<T>(schema: z.ZodType<T>, key: string, path: string): Promise<Answer<T>> {
  const answer = await api<unknown>(key, path);
  if (!answer.ok) return answer;
  const parsed = schema.safeParse(answer.body);
  if (parsed.success) return { ok: true, body: parsed.data };
  return {
    ok: false,
    status: 200,
    message: t('ui.console.bad-answer', { path: `/api${path}`, where: '—', problem: parsed.error.message }),
  };
}

export const listTemplates = (key: string) => read(Templates, key, '/studio/templates');

export const scenarioSource = (key: string, file: string) =>
  read(Source, key, `/studio/source?file=${encodeURIComponent(file)}`);

/** Saves the draft as `name` in the server's scenario folder, errors and all (`PUT /api/studio/drafts/<name>`). */
export async function saveDraft(
  key: string,
  name: string,
  text: string,
  replace: boolean,
): Promise<Answer<UploadAnswer>> {
  let response: Response;
  try {
    response = await fetch(`/api/studio/drafts/${encodeURIComponent(name)}${replace ? '?replace=1' : ''}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' },
      body: text,
    });
  } catch (cause) {
    return { ok: false, status: 0, message: t('ui.studio.save-failed', { reason: String(cause) }) };
  }
  const body: unknown = await response.json().catch(() => ({}));
  if (response.ok) {
    const answer = readAnswer(UploadAnswer, body);
    if (answer.ok) return { ok: true, body: answer.value };
    return {
      ok: false,
      status: 200,
      message: t('ui.console.bad-answer', {
        path: '/api/studio/drafts',
        where: answer.path || '—',
        problem: answer.problem,
      }),
    };
  }
  const refusal = UploadRefusal.safeParse(body);
  if (!refusal.success) return { ok: false, status: response.status, message: response.statusText };
  const { error } = refusal.data;
  return {
    ok: false,
    status: response.status,
    message: tDynamic(`server.http.${error.code}`, error.params ?? {}, errorText(error)),
  };
}
