import type { Event } from '@crossborder/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer } from './support.js';

/**
 * Forks over HTTP (issue 15, part 8): `POST /api/sessions/:id/fork` starts a new session from a
 * moment of another; its typed errors; `GET /api/sessions/:id/original` for the fork's debrief;
 * the fork's report compares the branches.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const DAY = 24 * 60;

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text.startsWith('<') ? '{}' : text) };
}

describe('POST /api/sessions/:id/fork', () => {
  it('starts a new session with its own join links from the original at that time', async () => {
    const { id, code } = await server.createSession('tutorial');
    const instructor = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const aldoria = new Client(server.url);
    await aldoria.join(code, { kind: 'country', country: 'aldoria' }, 'Table 1');
    await aldoria.command({ type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] });
    await instructor.control({ action: 'advance', minutes: 2 * DAY });

    const forked = await call('POST', `/sessions/${id}/fork`, { at: DAY });
    expect(forked.status).toBe(201);
    const fork = forked.body.session as { id: string; code: string };
    expect(fork.code).not.toBe(code);
    expect(forked.body.links.aldoria).toBe(`/join/${fork.code}/aldoria`);

    const original = await call('GET', `/sessions/${fork.id}/original`);
    expect(original.status).toBe(200);
    expect(original.body.origin).toMatchObject({ sessionId: id, code, at: DAY });
    const copied = (await call('GET', `/sessions/${fork.id}/export`)).body.events as Event[];
    expect(copied).toEqual((original.body.events as Event[]).slice(0, original.body.origin.events));

    const report = await call('GET', `/sessions/${fork.id}/report`);
    expect(report.text).toContain('Two branches: this session and the one it was started from');
    expect(report.text).toContain(`Session ${code} (the original)`);
    for (const client of [instructor, aldoria]) client.close();
  });

  it('says why nothing was started: a bad body, an unknown session, a time outside its play', async () => {
    const { id, code } = await server.createSession('tutorial');
    const answers = await Promise.all([
      call('POST', `/sessions/${id}/fork`, { at: 'day 2' }),
      call('POST', '/sessions/no-such-session/fork', { at: 0 }),
      call('POST', `/sessions/${id}/fork`, { at: -5 }),
      call('POST', `/sessions/${id}/fork`, { at: DAY }),
      call('GET', `/sessions/${id}/original`),
    ]);
    expect(answers.map((answer) => `${answer.status} ${answer.body.error.code}`)).toEqual([
      '400 fork-bad-request',
      '404 fork-unknown-session',
      '422 fork-before-start',
      '422 fork-after-end',
      '404 not-a-fork',
    ]);
    expect(answers[3]?.body.error.message).toContain(`Session ${code} cannot be forked at Day 2, 00:00`);
    const sessions = (await call('GET', '/sessions')).body as { id: string }[];
    expect(sessions.filter((session) => session.id === id)).toHaveLength(1);
  });
});
