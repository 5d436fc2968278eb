import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HttpError, UploadAnswer } from '@crossborder/protocol';
import { isId } from '@crossborder/scenario';
import type { Express, Response, Router } from 'express';
import type { Config } from '../config.js';
import { serverError } from '../errors.js';
import type { ScenarioLibrary } from '../library.js';
import type { Logger } from '../log.js';
import { listed } from '../scenarios.js';
import { SCENARIO_FILE, scenarioText, temporaryPath, uploadPath } from '../upload.js';
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
 * The scenario studio's routes (`/studio` and `/api/studio/...`, behind the instructor key as the
 * console's): its page; the templates (`scenarios/templates/`, which the library never offers,
 * as it reads only the files directly in its folders); the text of any scenario offered, to copy;
 * and saving a draft into the uploads folder. A draft is saved whatever its problems: the library
 * then lists it with them, and offers it for play only if it has none.
 */
export function studioRoutes(
  app: Express,
  api: Router,
  deps: { config: Config; library: ScenarioLibrary; log: Logger },
): void {
  if (existsSync(deps.config.client))
    app.get('/studio', (_request, response) => {
      response.sendFile(join(deps.config.client, 'index.html'));
    });

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

  /** The save under way of each draft name, which the next save of that name waits for. */
  const saving = new Map<string, Promise<void>>();

  api.put('/studio/drafts/:name', readScenarioBody, async (request, response) => {
    const name = String(request.params.name);
    const stem = draftStem(name);
    if (!stem) {
      response.status(400).json({ error: serverError('http.draft-name', { name }) } satisfies HttpError);
      return;
    }
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const text = scenarioText(name, bytes);
    if (!('text' in text)) {
      const status = text.code === 'http.upload-too-large' ? 413 : 422;
      response.status(status).json({ error: serverError(text.code, text.params) } satisfies HttpError);
      return;
    }
    // Never outside the uploads folder: uploadPath checks the slug again and where it resolves.
    const target = uploadPath(deps.config.uploads, stem);
    const replace = request.query.replace === '1';
    // Saves of one name wait for each other: each then finds the file as the one before left it
    // (whether it replaced a file, which saved version the library lists).
    const before = saving.get(stem) ?? Promise.resolve();
    let done = () => {};
    const turn = new Promise<void>((resolve) => {
      done = resolve;
    });
    saving.set(stem, turn);
    await before;
    try {
      await keep(target, stem, name, text.text, replace, response);
    } finally {
      done();
      if (saving.get(stem) === turn) saving.delete(stem);
    }
  });

  /** Writes a draft as `target` and answers, unless the file is there and not to be replaced. */
  async function keep(
    target: string,
    stem: string,
    name: string,
    text: string,
    replace: boolean,
    response: Response,
  ): Promise<void> {
    const existed = await stat(target).then(
      () => true,
      () => false,
    );
    if (existed && !replace) {
      response.status(409).json({ error: serverError('http.draft-exists', { name }) } satisfies HttpError);
      return;
    }
    // Unique to this save (a time in milliseconds is not: two saves come in the same one).
    const temporary = temporaryPath(deps.config.uploads, stem, `${process.pid}-${randomUUID()}`);
    try {
      // Written beside, then renamed: the library's watcher never reads half a file.
      await writeFile(temporary, text, { flag: 'wx' });
      await rename(temporary, target);
    } catch (cause) {
      await rm(temporary, { force: true });
      deps.log.error({ err: cause }, 'could not save a studio draft');
      response.status(500).json({
        error: serverError('http.draft-not-kept', {
          reason: (cause as NodeJS.ErrnoException).code ?? 'error',
        }),
      } satisfies HttpError);
      return;
    }
    await deps.library.reload();
    const entry = deps.library
      .list()
      .find((found) => found.origin === 'uploaded' && found.file === `uploaded/${name}`);
    if (!entry) {
      response.status(500).json({
        error: serverError('http.draft-not-kept', { reason: 'not found after saving' }),
      } satisfies HttpError);
      return;
    }
    deps.log.info({ draft: name, valid: entry.valid }, 'studio draft saved');
    response
      .status(existed ? 200 : 201)
      .json({ kept: listed(entry), replaced: existed, problems: entry.problems } satisfies UploadAnswer);
  }
}

/** The templates in a folder, by name; none when it does not exist. */
async function templates(folder: string): Promise<StudioTemplate[]> {
  let names: string[];
  try {
    names = (await readdir(folder))
      .filter((name) => SCENARIO_FILE.test(name) && !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => ({ name, source: await readFile(join(folder, name), 'utf8') })),
  );
}
