import { botCommands, type CountryView, createEngine, type InstructorView } from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, ROOT, startTestServer } from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('seats and secrets', () => {
  it('a team acts only as its own country, whatever its command says', async () => {
    const { code } = await server.createSession('tutorial');
    const borealis = new Client(server.url);
    await borealis.join(code, { kind: 'country', country: 'borealis' });
    // Borealis opens a case: it is Borealis's, never Aldoria's.
    await borealis.command({ type: 'openCase', title: 'Mine', offences: ['credential-phishing'] });
    const aldoria = new Client(server.url);
    await aldoria.join(code, { kind: 'country', country: 'aldoria' });
    expect(Object.keys((aldoria.view as CountryView).cases)).toEqual([]);
    expect(Object.keys((borealis.view as CountryView).cases)).toHaveLength(1);
    // A command naming another country's request is refused for not being Borealis's to act on.
    const refused = await borealis.command({ type: 'declareNoLongerNeeded', requestId: 'req-1' });
    expect(refused.ok).toBe(false);
    aldoria.close();
    borealis.close();
  });

  it('a team cannot use the instructor controls nor the instructor seat without the key', async () => {
    const { code } = await server.createSession('tutorial');
    const team = new Client(server.url);
    await team.join(code, { kind: 'country', country: 'aldoria' });
    const control = await team.control({ action: 'start' });
    expect(control.ok).toBe(false);
    if (!control.ok) expect(control.error.code).toBe('not-instructor');
    const fireInject = await team.command({ type: 'fireInject', injectId: 'takedown' });
    expect(fireInject.ok).toBe(false);
    const impostor = new Client(server.url);
    const joined = await impostor.join(code, { kind: 'instructor' }, 'Me', 'guess-guess-guess');
    expect(joined.ok).toBe(false);
    team.close();
    impostor.close();
  });

  it('a seat token belongs to its session and seat: it cannot join another session or change seat', async () => {
    const first = await server.createSession('tutorial');
    const second = await server.createSession('tutorial');
    const team = new Client(server.url);
    const joined = await team.join(first.code, { kind: 'country', country: 'aldoria' });
    if (!joined.ok) throw new Error('join failed');
    team.close();
    const back = new Client(server.url);
    const resumed = await back.resume(joined.token);
    expect(resumed.ok && resumed.session.id).toBe(first.id);
    expect(resumed.ok && resumed.seat).toEqual({ kind: 'country', country: 'aldoria' });
    expect(resumed.ok && resumed.session.code).not.toBe(second.code);
    const forged = new Client(server.url);
    expect((await forged.resume('A'.repeat(22))).ok).toBe(false);
    back.close();
    forged.close();
  });

  it('the instructor locks a country; a new team cannot take it', async () => {
    const { code } = await server.createSession('tutorial');
    const instructor = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    await instructor.control({ action: 'lock', country: 'borealis', locked: true });
    const late = new Client(server.url);
    const joined = await late.join(code, { kind: 'country', country: 'borealis' });
    expect(joined.ok).toBe(false);
    if (!joined.ok) expect(joined.error.code).toBe('seat-locked');
    instructor.close();
    late.close();
  });

  it('the HTTP API needs the instructor key, and errors leak no stack trace', async () => {
    const denied = await fetch(`${server.url}/api/sessions`);
    expect(denied.status).toBe(401);
    const broken = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    const text = await broken.text();
    expect(text).not.toMatch(/at .*\.js|node_modules|Error:/);
    const invalid = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'id: x\ntitle: broken' }),
    });
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as { error: { issues: string[] } };
    expect(body.error.issues.some((issue) => issue.includes('missing required field'))).toBe(true);
    const headers = (await fetch(`${server.url}/health`)).headers;
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it('the public join page says only what a join code opens: the title and the countries', async () => {
    const { code } = await server.createSession('tutorial');
    const team = new Client(server.url);
    await team.join(code, { kind: 'country', country: 'aldoria' });
    const response = await fetch(`${server.url}/api/join/${code.toLowerCase()}`);
    expect(response.status).toBe(200);
    const door = (await response.json()) as Record<string, unknown>;
    expect(door).toEqual({
      title: 'Tutorial: the Harbourline phishing kit',
      status: 'open',
      countries: {
        aldoria: { name: 'Aldoria', color: '#2b6cb0', taken: true, locked: false },
        borealis: { name: 'Borealis', color: '#c05621', taken: false, locked: false },
      },
    });
    // No briefing, no team name, no scenario text.
    expect(JSON.stringify(door)).not.toMatch(/Harbourline Bank have lost|Table|hosting industry/);
    const unknown = await fetch(`${server.url}/api/join/ZZZZZZ`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('unknown-code');
    team.close();
  });

  it('a browser on another origin cannot open a socket', async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(response.status).toBe(403);
    const same = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: server.url },
    });
    expect(same.status).toBe(200);
  });

  it('every message a team receives during multi-team play holds only what its country knows', async () => {
    const { code } = await server.createSession('ransomware');
    const instructor = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const teams = ['veltria', 'lorvane', 'sahrun', 'orvalho'].map((country) => ({
      country,
      client: new Client(server.url),
    }));
    for (const { country, client } of teams.slice(0, 2))
      await client.join(code, { kind: 'country', country });
    // The other two are played by the server's bots; the two teams here play like bots too, but
    // from their client's view and over the socket, as a real client does.
    await instructor.control({ action: 'start' });
    await instructor.control({ action: 'pause' });
    for (let turn = 0; turn < 40; turn++) {
      for (const { client } of teams.slice(0, 2)) {
        const now = client.clock?.game ?? 0;
        for (const command of botCommands(client.view as CountryView, now)) await client.command(command);
      }
      await instructor.control({ action: 'advance', minutes: 360 });
    }
    const state = (instructor.view as InstructorView).state;
    expect(Object.keys(state.requests).length).toBeGreaterThan(3);
    const { scenario } = await loadScenarioFile(`${ROOT}scenarios/ransomware.yaml`);
    if (!scenario) throw new Error('ransomware does not load');
    const engine = createEngine(scenario);
    for (const { country, client } of teams.slice(0, 2)) {
      const view = client.view as CountryView;
      // What the client assembled from patches is exactly what the engine shows that country.
      expect(view).toEqual(engine.view(state, country));
      const secrets = Object.entries(state.facts)
        .filter(([, fact]) => !fact.knownBy[country])
        .map(([id]) => id);
      const everything = JSON.stringify(client.received);
      for (const id of secrets)
        expect(everything.includes(`"${id}"`), `${country} received fact id ${id}`).toBe(false);
      expect(Object.keys(view.facts).sort()).toEqual(
        Object.entries(state.facts)
          .filter(([, fact]) => fact.knownBy[country])
          .map(([id]) => id)
          .sort(),
      );
      const otherRequests = Object.values(state.requests)
        .filter((request) => request.from !== country && request.to !== country)
        .map((request) => request.id);
      for (const id of otherRequests) {
        const at = everything.indexOf(`"${id}"`);
        expect(at, `${country} heard of ${id}: ${everything.slice(Math.max(0, at - 300), at + 60)}`).toBe(-1);
      }
    }
    instructor.close();
    for (const { client } of teams) client.close();
  });
});
