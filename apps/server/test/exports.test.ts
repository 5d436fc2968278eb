import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer } from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const get = (path: string, bearer?: string) =>
  fetch(`${server.url}${path}`, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});

/** A tutorial session where Borealis opened a case whose title only Borealis may read. */
async function played() {
  const { id, code } = await server.createSession('tutorial');
  const aldoria = new Client(server.url);
  const borealis = new Client(server.url);
  const seatA = await aldoria.join(code, { kind: 'country', country: 'aldoria' }, 'Table one');
  const seatB = await borealis.join(code, { kind: 'country', country: 'borealis' }, 'Table two');
  if (!seatA.ok || !seatB.ok) throw new Error('the teams join');
  const opened = await borealis.command({
    type: 'openCase',
    title: 'Borealis secret <b>case</b>',
    offences: ['credential-phishing'],
  });
  expect(opened.ok).toBe(true);
  return { id, code, aldoria, borealis, tokenA: seatA.token, tokenB: seatB.token };
}

describe('the exports', () => {
  it('a team’s report needs the instructor key, and holds only its country’s knowledge', async () => {
    const game = await played();
    const path = `/api/sessions/${game.id}/teams/aldoria/report`;
    expect((await get(path)).status).toBe(401);
    // A team's own seat token is not the instructor key.
    expect((await get(path, game.tokenA)).status).toBe(401);
    const own = await get(path, KEY);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toMatch(/^text\/html/);
    expect(own.headers.get('content-disposition')).toMatch(
      /attachment; filename="crossborder-\w+-aldoria\.html"/,
    );
    const html = await own.text();
    expect(html).toContain('The session as Aldoria saw it');
    expect(html).toContain('Table one');
    expect(html).not.toContain('Borealis secret');
    const borealis = await (await get(`/api/sessions/${game.id}/teams/borealis/report`, KEY)).text();
    expect(borealis).toContain('Borealis secret &#60;b&#62;case');
    const full = await (await get(`${path}?full=1`, KEY)).text();
    expect(full).toContain('Borealis secret &#60;b&#62;case');
    const unknown = await get(`/api/sessions/${game.id}/teams/atlantis/report`, KEY);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('unknown-team');
    expect((await get('/api/sessions/nope/teams/aldoria/report', KEY)).status).toBe(404);
    game.aldoria.close();
    game.borealis.close();
  });

  it('the timeline CSV needs the instructor key; a team’s holds only what it saw', async () => {
    const game = await played();
    const path = `/api/sessions/${game.id}/timeline.csv`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, game.tokenB)).status).toBe(401);
    const whole = await get(path, KEY);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(whole.headers.get('content-disposition')).toMatch(/filename="crossborder-\w+-timeline\.csv"/);
    const bytes = new Uint8Array(await whole.arrayBuffer());
    // The UTF-8 byte-order mark, then the header row.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('time,minute,country,kind,item,rule,article');
    expect(text).toContain('Borealis secret <b>case</b>');
    const aldoria = await (await get(`${path}?team=aldoria`, KEY)).text();
    expect(aldoria).not.toContain('Borealis secret');
    expect((await get(`${path}?team=atlantis`, KEY)).status).toBe(404);
    game.aldoria.close();
    game.borealis.close();
  });

  it('a case file goes to its own team’s seat only', async () => {
    const game = await played();
    const path = (country: string) => `/api/team/${country}/casefile`;
    const own = await get(path('borealis'), game.tokenB);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('no-store');
    expect(own.headers.get('content-disposition')).toMatch(
      /filename="crossborder-\w+-borealis-casefile\.html"/,
    );
    const html = await own.text();
    expect(html).toContain('Case file of Borealis');
    expect(html).toContain('Borealis secret &#60;b&#62;case');
    // Another team's seat, an observer's, none, a made-up token or the instructor key: refused.
    const other = await get(path('borealis'), game.tokenA);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('not-your-casefile');
    expect((await get(path('borealis'))).status).toBe(401);
    expect((await get(path('borealis'), 'made-up-token')).status).toBe(401);
    expect((await get(path('borealis'), KEY)).status).toBe(401);
    const observer = new Client(server.url);
    const watching = await observer.join(game.code, { kind: 'observer' }, 'Projector');
    if (!watching.ok) throw new Error('the observer joins');
    expect((await get(path('borealis'), watching.token)).status).toBe(403);
    // Aldoria's own case file has nothing of Borealis's case.
    const aldoria = await (await get(path('aldoria'), game.tokenA)).text();
    expect(aldoria).toContain('Case file of Aldoria');
    expect(aldoria).not.toContain('Borealis secret');
    observer.close();
    game.aldoria.close();
    game.borealis.close();
  });
});
