import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY, startTestServer } from './support.js';

/** A server whose default thinking time for bots is two game hours. */
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer(undefined, ['--bot-think', '2h']);
});
afterAll(async () => {
  await server.stop();
});

async function create(request: unknown) {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const answer = (await response.json()) as {
    session: { id: string };
    error: { code: string; message: string };
  };
  return { status: response.status, body: answer };
}

async function settingsOf(id: string) {
  const response = await fetch(`${server.url}/api/sessions/${id}/export`, {
    headers: { authorization: `Bearer ${KEY}` },
  });
  return ((await response.json()) as { settings: Record<string, unknown> }).settings;
}

describe('the bots’ thinking time of a new session', () => {
  it('is the one asked for, or the server’s default, kept with the session', async () => {
    const asked = await create({ scenario: 'tutorial', botThink: '45m' });
    expect(asked.status).toBe(201);
    expect(await settingsOf(asked.body.session.id)).toEqual({ botThink: 45 });
    const instant = await create({ scenario: 'tutorial', botThink: '0m', clock: 'rounds' });
    expect(await settingsOf(instant.body.session.id)).toEqual({ clock: 'rounds', botThink: 0 });
    const unsaid = await create({ scenario: 'tutorial' });
    expect(await settingsOf(unsaid.body.session.id)).toEqual({ botThink: 120 });
  });

  it('is refused when it is not a duration, saying what to write, and no session is created', async () => {
    const before = await (
      await fetch(`${server.url}/api/sessions`, { headers: { authorization: `Bearer ${KEY}` } })
    ).json();
    const refused = await create({ scenario: 'tutorial', botThink: '30' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('bad-bot-think');
    expect(refused.body.error.message).toContain('“30” is not a bot thinking time');
    const after = await (
      await fetch(`${server.url}/api/sessions`, { headers: { authorization: `Bearer ${KEY}` } })
    ).json();
    expect(after).toHaveLength((before as unknown[]).length);
  });
});
