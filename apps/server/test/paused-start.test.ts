import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, ROOT, startTestServer } from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/** Creates a session from a scenario's text, as the console's upload does. */
async function createFromSource(source: string): Promise<string> {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ source }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { code: string } }).session.code;
}

async function instructorOf(code: string): Promise<Client> {
  const instructor = new Client(server.url);
  expect((await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY)).ok).toBe(true);
  return instructor;
}

const tutorial = readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8');

describe('a session starts as its scenario says (session.startPaused)', () => {
  it('the tutorial waits, paused on its briefing, until the instructor starts the clock', async () => {
    const { code } = await server.createSession('tutorial');
    const instructor = await instructorOf(code);
    expect(instructor.clock).toMatchObject({ running: false, game: 0 });
    const started = await instructor.control({ action: 'start' });
    expect(started.ok && started.clock.running).toBe(true);
    instructor.close();
  });

  it('a scenario with startPaused: false runs from its creation', async () => {
    expect(tutorial).toMatch(/startPaused: true/);
    const code = await createFromSource(tutorial.replace(/startPaused: true/, 'startPaused: false'));
    const instructor = await instructorOf(code);
    expect(instructor.clock).toMatchObject({ running: true, mode: 'realtime' });
    instructor.close();
  });
});
