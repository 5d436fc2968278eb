import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_SCENARIO_BYTES } from '@crossborder/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, ROOT, startTestServer } from '../../test/support.js';
import { draftStem } from './studio.js';

const template = readFileSync(join(ROOT, 'scenarios/templates/minimal.yaml'), 'utf8');
/** The template with a broken reference: its evidence held by a provider that does not exist. */
const broken = template.replace('holder: eastgate-hosting', 'holder: eastgate-hostin');
const AUTH = { authorization: `Bearer ${KEY}` };

// biome-ignore lint/suspicious/noExplicitAny: a test reads whatever field it asserts on.
type Answer = Record<string, any>;
type Server = Awaited<ReturnType<typeof startTestServer>>;
let servers: Server[] = [];
afterEach(async () => {
  for (const server of servers) await server.stop();
  servers = [];
});

async function start(): Promise<Server> {
  const server = await startTestServer();
  servers.push(server);
  return server;
}

async function call(server: Server, path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${path}`, { ...init, headers: { ...AUTH, ...init.headers } });
  return { status: response.status, body: (await response.json()) as Answer };
}

const save = (server: Server, name: string, text: string, query = '') =>
  call(server, `/api/studio/drafts/${name}${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: text,
  });

const play = (server: Server, scenario: string) =>
  call(server, '/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario }),
  });

describe('a draft’s file name', () => {
  it('is a slug ending in .yaml, nothing that could leave the folder', () => {
    expect(draftStem('my-case.yaml')).toBe('my-case');
    for (const name of [
      '../my-case.yaml',
      'a/b.yaml',
      'My-Case.yaml',
      'my case.yaml',
      'my-case.yml',
      '.yaml',
      'my-case',
    ])
      expect(draftStem(name)).toBeNull();
  });
});

describe('the scenario studio’s routes', () => {
  it('offers the template, never as a playable scenario, and the text of a bundled one to copy', async () => {
    const server = await start();
    const templates = await call(server, '/api/studio/templates');
    expect(templates.body.templates).toEqual([{ name: 'minimal.yaml', source: template }]);
    const listed = await call(server, '/api/scenarios');
    expect(listed.body.map((entry: Answer) => entry.id)).not.toContain('my-case');
    const copy = await call(server, '/api/studio/source?file=tutorial.yaml');
    expect(copy.body.source).toBe(readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8'));
    expect((await call(server, '/api/studio/source?file=nothing.yaml')).status).toBe(404);
  });

  it('saves a valid draft, which can be played at once', async () => {
    const server = await start();
    const saved = await save(server, 'my-case.yaml', template);
    expect(saved.status).toBe(201);
    expect(saved.body.kept).toMatchObject({ file: 'uploaded/my-case.yaml', id: 'my-case', valid: true });
    const uploads = join(dirname(server.database), 'uploaded-scenarios');
    expect(readFileSync(join(uploads, 'my-case.yaml'), 'utf8')).toBe(template);
    expect((await play(server, 'my-case')).status).toBe(201);
  });

  it('saves a draft with errors, with its problems at their lines, but does not play it', async () => {
    const server = await start();
    const saved = await save(server, 'my-case.yaml', broken);
    expect(saved.status).toBe(201);
    expect(saved.body.kept.valid).toBe(false);
    const line = broken.split('\n').findIndex((text) => text.endsWith('holder: eastgate-hostin')) + 1;
    expect(saved.body.problems).toContainEqual(
      expect.objectContaining({ line, severity: 'error', path: 'case.evidence.hosting-logs.holder' }),
    );
    expect((await play(server, 'my-case')).status).toBe(404);
  });

  it('replaces a file of the same name only when asked', async () => {
    const server = await start();
    expect((await save(server, 'my-case.yaml', broken)).status).toBe(201);
    const again = await save(server, 'my-case.yaml', template);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('draft-exists');
    const replaced = await save(server, 'my-case.yaml', template, '?replace=1');
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ replaced: true, kept: { valid: true } });
  });

  it('refuses a name that is not a slug, and never writes outside the scenario folder', async () => {
    const server = await start();
    const data = dirname(server.database);
    for (const name of ['..%2Fescape.yaml', 'Escape.yaml', 'escape.txt', '%2E%2E%2F%2E%2E%2Fescape.yaml']) {
      const refused = await save(server, name, template);
      expect(refused.status, name).toBe(400);
      expect(refused.body.error.code).toBe('draft-name');
    }
    expect(readdirSync(data).filter((file) => file.includes('escape'))).toEqual([]);
    expect(existsSync(join(data, 'uploaded-scenarios', 'escape.yaml'))).toBe(false);
    expect(existsSync(join(dirname(data), 'escape.yaml'))).toBe(false);
  });

  it('refuses an empty draft, and every route without the instructor key', async () => {
    const server = await start();
    expect((await save(server, 'empty.yaml', '')).body.error.code).toBe('upload-empty');
    const anonymous = await fetch(`${server.url}/api/studio/templates`);
    expect(anonymous.status).toBe(401);
    const put = await fetch(`${server.url}/api/studio/drafts/my-case.yaml`, {
      method: 'PUT',
      body: template,
    });
    expect(put.status).toBe(401);
  });
});

describe('copies and templates', () => {
  it('gives the text of every bundled scenario as it is on disk, and never a template’s or a file outside', async () => {
    const server = await start();
    const bundled = (await call(server, '/api/scenarios')).body.filter(
      (entry: Answer) => entry.origin === 'bundled',
    );
    expect(bundled.map((entry: Answer) => entry.file).sort()).toEqual(
      readdirSync(join(ROOT, 'scenarios'))
        .filter((file) => file.endsWith('.yaml'))
        .sort(),
    );
    for (const entry of bundled) {
      const copy = await call(server, `/api/studio/source?file=${encodeURIComponent(entry.file)}`);
      expect(copy.status, entry.file).toBe(200);
      expect(copy.body).toEqual({
        file: entry.file,
        source: readFileSync(join(ROOT, 'scenarios', entry.file), 'utf8'),
      });
    }
    for (const file of ['templates/minimal.yaml', '../package.json', '', 'README.md']) {
      const refused = await call(server, `/api/studio/source?file=${encodeURIComponent(file)}`);
      expect(refused.status, file).toBe(404);
      expect(refused.body.error).toMatchObject({ code: 'unknown-scenario', params: { scenario: file } });
    }
  });

  it('gives the text of a saved draft to copy, under its uploaded name', async () => {
    const server = await start();
    await save(server, 'my-case.yaml', broken);
    const copy = await call(server, '/api/studio/source?file=uploaded%2Fmy-case.yaml');
    expect(copy.body).toEqual({ file: 'uploaded/my-case.yaml', source: broken });
  });
});

describe('a draft too big to check', () => {
  it('is refused with 413 and its size, a little too big or far too big, and nothing is kept', async () => {
    const server = await start();
    const uploads = join(dirname(server.database), 'uploaded-scenarios');
    const over = `${template}${'#'.repeat(MAX_SCENARIO_BYTES)}\n`;
    const refused = await save(server, 'big.yaml', over);
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatchObject({
      code: 'upload-too-large',
      params: { bytes: Buffer.byteLength(over), max: MAX_SCENARIO_BYTES },
    });
    const huge = '#'.repeat(MAX_SCENARIO_BYTES * 2 + 10);
    const refusedHuge = await save(server, 'big.yaml', huge);
    expect(refusedHuge.status).toBe(413);
    expect(refusedHuge.body.error).toMatchObject({
      code: 'upload-too-large',
      params: { bytes: huge.length, max: MAX_SCENARIO_BYTES },
    });
    expect(existsSync(join(uploads, 'big.yaml'))).toBe(false);
    // Exactly at the cap is not too big.
    const at = `${template}${'#'.repeat(MAX_SCENARIO_BYTES - Buffer.byteLength(template))}`;
    expect((await save(server, 'big.yaml', at)).status).toBe(201);
  });
});

describe('saves of the same name at the same time', () => {
  /** What is left in the uploads folder: the kept files, and no temporary one. */
  const left = (server: Server) => readdirSync(join(dirname(server.database), 'uploaded-scenarios'));

  it('keep one draft whole and refuse the others, none replacing a file it was not asked to', async () => {
    const server = await start();
    const texts = Array.from({ length: 6 }, (_, index) => `${template}# draft ${index}\n`);
    const answers = await Promise.all(texts.map((text) => save(server, 'my-case.yaml', text)));
    const kept = answers.filter((answer) => answer.status === 201);
    expect(kept).toHaveLength(1);
    for (const answer of answers.filter((found) => found.status !== 201)) {
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('draft-exists');
    }
    const on = readFileSync(join(dirname(server.database), 'uploaded-scenarios', 'my-case.yaml'), 'utf8');
    expect(texts).toContain(on);
    expect(left(server)).toEqual(['my-case.yaml']);
  });

  it('replace one another when asked, the last kept whole, every one told it was kept', async () => {
    const server = await start();
    const texts = Array.from({ length: 6 }, (_, index) => `${template}# draft ${index}\n`);
    const answers = await Promise.all(texts.map((text) => save(server, 'my-case.yaml', text, '?replace=1')));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    const on = readFileSync(join(dirname(server.database), 'uploaded-scenarios', 'my-case.yaml'), 'utf8');
    expect(texts).toContain(on);
    expect(left(server)).toEqual(['my-case.yaml']);
  });
});
