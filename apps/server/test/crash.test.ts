import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CountryView, createEngine, type InstructorView } from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, kill, killAll, startServerProcess } from './server-process.js';
import { Client, KEY, ROOT, until } from './support.js';

/**
 * The server as a child process, killed with SIGKILL at random moments while teams play, then
 * restarted: no acknowledged command is lost, none unacknowledged is half-applied, and clients
 * reconnect with their tokens to views equal to the server's.
 */
const database = join(mkdtempSync(join(tmpdir(), 'crossborder-crash-')), 'db.sqlite');
let child: ChildProcess | null = null;

async function start(port: number): Promise<void> {
  child = await startServerProcess('the server', port, [
    '--data',
    database,
    '--log-level',
    'silent',
    '--rate-limit',
    '1000',
  ]);
}

afterAll(killAll);

describe('a server killed at any moment', () => {
  it('restarts with every acknowledged command, and clients resume exactly', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await start(port);
    const created = (await (
      await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ scenario: 'tutorial' }),
      })
    ).json()) as { session: { code: string } };
    const code = created.session.code;
    const tokens: Record<string, string> = {};
    for (const country of ['aldoria', 'borealis']) {
      const client = new Client(url);
      const joined = await client.join(code, { kind: 'country', country }, `Team ${country}`);
      if (!joined.ok) throw new Error('join failed');
      tokens[country] = joined.token;
      client.close();
    }
    // The clock runs when the server dies; it must come back paused, where it had got to.
    const instructor = new Client(url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    // Moved on first, so "where it had got to" is past 0 however slowly this machine runs.
    await instructor.control({ action: 'advance', minutes: 60 });
    await instructor.control({ action: 'start' });
    instructor.close();
    const acknowledged = new Map<string, Set<string>>([
      ['aldoria', new Set()],
      ['borealis', new Set()],
    ]);
    const sent = new Map<string, Set<string>>([
      ['aldoria', new Set()],
      ['borealis', new Set()],
    ]);
    let counter = 0;

    for (let round = 0; round < 10; round++) {
      const clients = await Promise.all(
        Object.entries(tokens).map(async ([country, token]) => {
          const client = new Client(url);
          const resumed = await client.resume(token);
          expect(resumed.ok, `${country} resumes after restart ${round}`).toBe(true);
          return { country, client };
        }),
      );
      // Each team opens cases with unique titles as fast as it can; the kill comes at a random moment.
      let stop = false;
      const loops = clients.map(async ({ country, client }) => {
        while (!stop) {
          const title = `${country} ${counter++}`;
          sent.get(country)?.add(title);
          const ack = await client
            .command({ type: 'openCase', title, offences: ['credential-phishing'] })
            .catch(() => null);
          if (ack?.ok) acknowledged.get(country)?.add(title);
          if (!ack) break;
        }
      });
      // The kill comes after a random number of acknowledged commands (counted, not timed, so a
      // busy machine changes nothing), while both teams have more in flight.
      const before = acknowledged.get('aldoria')?.size ?? 0;
      const otherBefore = acknowledged.get('borealis')?.size ?? 0;
      const wanted = 2 + Math.floor(Math.random() * 3);
      await until(
        () =>
          (acknowledged.get('aldoria')?.size ?? 0) >= before + wanted &&
          (acknowledged.get('borealis')?.size ?? 0) > otherBefore,
      );
      if (child) await kill(child);
      stop = true;
      await Promise.all(loops);
      for (const { client } of clients) client.close();
      await start(port);
    }

    // After the last restart: every acknowledged case is there, nothing that was never sent is.
    const { scenario } = await loadScenarioFile(join(ROOT, 'scenarios/tutorial.yaml'));
    if (!scenario) throw new Error('tutorial does not load');
    const watcher = new Client(url);
    await watcher.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const state = (watcher.view as InstructorView).state;
    expect(watcher.clock?.running).toBe(false);
    expect(watcher.clock?.game).toBeGreaterThanOrEqual(60);
    const engine = createEngine(scenario);
    for (const [country, token] of Object.entries(tokens)) {
      const client = new Client(url);
      await client.resume(token);
      await until(() => client.view !== null);
      const titles = new Set(Object.values((client.view as CountryView).cases).map((found) => found.title));
      for (const title of acknowledged.get(country) ?? [])
        expect(titles.has(title), `acknowledged "${title}" survived`).toBe(true);
      for (const title of titles) expect(sent.get(country)?.has(title), `"${title}" was sent`).toBe(true);
      // The client's view is exactly the server's.
      expect(client.view).toEqual(engine.view(state, country));
      client.close();
    }
    expect(acknowledged.get('aldoria')?.size).toBeGreaterThanOrEqual(20);
    watcher.close();
  });
});
