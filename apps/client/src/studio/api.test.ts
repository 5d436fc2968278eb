import type { ScenarioListEntry } from '@crossborder/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listTemplates, saveDraft, scenarioSource } from './api.js';
import { TEMPLATE } from './fixtures.js';

const KEPT: ScenarioListEntry = {
  file: 'uploaded/my-case.yaml',
  id: 'my-case',
  title: 'My case: a two-country draft',
  summary: null,
  countries: [],
  valid: true,
  issues: [],
  origin: 'uploaded',
};

/** The server answering every call with `response`; the calls recorded. */
function serve(response: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, init });
      return response();
    }),
  );
  return calls;
}

const refusal = (status: number, code: string, params: Record<string, string | number>) =>
  Response.json({ error: { code, message: 'in English', params } }, { status });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the studio’s calls to the server', () => {
  it('reads the templates, with the instructor key', async () => {
    const calls = serve(() => Response.json({ templates: [{ name: 'minimal.yaml', source: TEMPLATE }] }));
    expect(await listTemplates('key')).toEqual({
      ok: true,
      body: { templates: [{ name: 'minimal.yaml', source: TEMPLATE }] },
    });
    expect(calls[0]?.url).toBe('/api/studio/templates');
    expect((calls[0]?.init.headers as Record<string, string> | undefined)?.authorization).toBe('Bearer key');
  });

  it('says so when an answer is not what the contract says, naming the route and the field', async () => {
    serve(() => Response.json({ templates: [{ name: 'minimal.yaml' }] }));
    const answer = await listTemplates('key');
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.status).toBe(200);
    expect(answer.message).toMatch(
      /^The server’s answer to \/api\/studio\/templates is not what this page expects \(templates\.0\.source: /,
    );
    expect(answer.message).toContain('Reload the page');
  });

  it('asks for a scenario’s text by its file name, written safely into the address', async () => {
    const calls = serve(() => Response.json({ file: 'uploaded/my case.yaml', source: TEMPLATE }));
    expect(await scenarioSource('key', 'uploaded/my case.yaml')).toEqual({
      ok: true,
      body: { file: 'uploaded/my case.yaml', source: TEMPLATE },
    });
    expect(calls[0]?.url).toBe('/api/studio/source?file=uploaded%2Fmy%20case.yaml');
  });

  it('gives the server’s refusal of a copy in the catalogue’s words, with its status', async () => {
    serve(() => refusal(404, 'unknown-scenario', { scenario: 'gone.yaml' }));
    expect(await scenarioSource('key', 'gone.yaml')).toEqual({
      ok: false,
      status: 404,
      message: 'No bundled scenario "gone.yaml".',
    });
  });
});

describe('saving a draft', () => {
  it('puts the draft’s text under its name, replacing only when asked', async () => {
    const calls = serve(() => Response.json({ kept: KEPT, replaced: false, problems: [] }, { status: 201 }));
    expect(await saveDraft('key', 'my-case.yaml', TEMPLATE, false)).toEqual({
      ok: true,
      body: { kept: KEPT, replaced: false, problems: [] },
    });
    await saveDraft('key', 'my case.yaml', TEMPLATE, true);
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ['PUT', '/api/studio/drafts/my-case.yaml'],
      ['PUT', '/api/studio/drafts/my%20case.yaml?replace=1'],
    ]);
    expect(calls[0]?.init.body).toBe(TEMPLATE);
    expect(calls[0]?.init.headers).toEqual({
      authorization: 'Bearer key',
      'content-type': 'application/octet-stream',
    });
  });

  it('says so when the server’s yes is not what the contract says, and where', async () => {
    serve(() => Response.json({ kept: { ...KEPT, valid: 'yes' }, replaced: false, problems: [] }));
    const answer = await saveDraft('key', 'my-case.yaml', TEMPLATE, false);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.status).toBe(200);
    expect(answer.message).toMatch(
      /^The server’s answer to \/api\/studio\/drafts is not what this page expects \(kept\.valid: /,
    );
  });

  it('gives a refusal in the catalogue’s words: a name taken, a draft too big', async () => {
    serve(() => refusal(409, 'draft-exists', { name: 'my-case.yaml' }));
    const taken = await saveDraft('key', 'my-case.yaml', TEMPLATE, false);
    expect(taken).toMatchObject({ ok: false, status: 409 });
    expect(!taken.ok && taken.message).toMatch(/^A scenario file named “my-case.yaml” is already/);
    serve(() => refusal(413, 'upload-too-large', { bytes: 300000, max: 262144 }));
    const big = await saveDraft('key', 'my-case.yaml', TEMPLATE, false);
    expect(big).toMatchObject({ ok: false, status: 413 });
    // Numbers as the catalogue writes them (grouped by the language's custom, or not).
    expect(!big.ok && big.message).toMatch(
      /^The file is 300,?000 bytes; a scenario may have at most 262,?144 bytes, so that checking it stays fast and safe\. Remove what it does not need/,
    );
  });

  it('gives the status’s own words for a refusal that is not the server’s (a proxy’s page)', async () => {
    serve(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(await saveDraft('key', 'my-case.yaml', TEMPLATE, false)).toEqual({
      ok: false,
      status: 502,
      message: 'Bad Gateway',
    });
  });

  it('says the draft could not be sent when the network fails, and to save again', async () => {
    serve(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await saveDraft('key', 'my-case.yaml', TEMPLATE, false)).toEqual({
      ok: false,
      status: 0,
      message:
        'The draft could not be sent to the server (TypeError: Failed to fetch). Check the network and save again.',
    });
  });
});
