import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
