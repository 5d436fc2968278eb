import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HttpError, UploadAnswer } from '@crossborder/protocol';
import { isId } from '@crossborder/scenario';
import type { Router } from 'express';
import type { Config } from '../config.js';
import { serverError } from '../errors.js';
import { type ScenarioLibrary, scenarioFiles } from '../library.js';
import type { Logger } from '../log.js';
import { listed } from '../scenarios.js';
import { readScenarioBody } from './scenario-body.js';

/** The name of a draft: a slug and `.yaml`, so that it is a plain file name in the uploads folder. */
export function draftStem(name: string): string | null {
  const match = /^(.+)\.yaml$/.exec(name);
  return match?.[1] && isId(match[1]) ? match[1] : null;
}

/** A studio template: its file name and text (the studio starts a draft from it). */
interface StudioTemplate {
  name: string;
  source: string;
}

/**
 * The scenario studio's routes (`/api/studio/...`, behind the instructor key as the console's;
 * its page `/studio` is one of the client's page routes in app.ts): the templates (`scenarios/templates/`, which the library never offers,
 * as it reads only the files directly in its folders); the text of any scenario offered, to copy;
 * and saving a draft into the uploads folder (ScenarioLibrary.saveDraft: whatever its problems,
 * in turn with the console's uploads).
 */
export function studioRoutes(
  api: Router,
  deps: { config: Config; library: ScenarioLibrary; log: Logger },
): void {
  api.get('/studio/templates', async (_request, response) => {
    response.json({ templates: await templates(join(deps.config.scenarios, 'templates')) });
  });

  api.get('/studio/source', (request, response) => {
    const file = typeof request.query.file === 'string' ? request.query.file : '';
    const entry = deps.library.list().find((found) => found.file === file);
    if (!entry) {
      response
        .status(404)
        .json({ error: serverError('http.unknown-scenario', { scenario: file }) } satisfies HttpError);
      return;
    }
    response.json({ file: entry.file, source: entry.source });
  });

  api.put('/studio/drafts/:name', readScenarioBody, async (request, response) => {
    const name = String(request.params.name);
    const stem = draftStem(name);
    if (!stem) {
      response.status(400).json({ error: serverError('http.draft-name', { name }) } satisfies HttpError);
      return;
    }
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const kept = await deps.library.saveDraft(stem, bytes, request.query.replace === '1');
    if (!kept.ok) {
      response.status(kept.status).json({ error: serverError(kept.code, kept.params) } satisfies HttpError);
      return;
    }
    deps.log.info({ draft: name, valid: kept.entry.valid }, 'studio draft saved');
    response.status(kept.replaced ? 200 : 201).json({
      kept: listed(kept.entry),
      replaced: kept.replaced,
      problems: kept.entry.problems,
    } satisfies UploadAnswer);
  });
}

/** The templates in a folder, by name; none when it does not exist. */
async function templates(folder: string): Promise<StudioTemplate[]> {
  const names = await scenarioFiles(folder);
  return Promise.all(
    names.map(async (name) => ({ name, source: await readFile(join(folder, name), 'utf8') })),
  );
}
