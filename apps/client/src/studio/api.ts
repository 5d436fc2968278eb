import type { UploadAnswer } from '@crossborder/protocol';
import { z } from 'zod';
import { read } from '../instructor/api.js';
import { sendScenario } from '../instructor/upload-api.js';
import { t } from './words.js';

/**
 * The studio's calls to the server (`/api/studio/...`, with the instructor key as every
 * instructor call): the templates, the text of a scenario offered (to copy), and saving a draft.
 * Answers are read with their schemas, as the console reads its own.
 */
const Templates = z.object({ templates: z.array(z.object({ name: z.string(), source: z.string() })) });
const Source = z.object({ file: z.string(), source: z.string() });

type Answer<T> = { ok: true; body: T } | { ok: false; status: number; message: string };

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
  const sent = await sendScenario(key, {
    method: 'PUT',
    url: `/api/studio/drafts/${encodeURIComponent(name)}${replace ? '?replace=1' : ''}`,
    route: '/api/studio/drafts',
    body: text,
    failed: (reason) => t('ui.studio.save-failed', { reason }),
  });
  return sent.ok
    ? { ok: true, body: sent.answer }
    : { ok: false, status: sent.status, message: sent.message };
}
