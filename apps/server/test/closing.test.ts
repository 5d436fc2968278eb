import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { CountryView } from '@crossborder/engine';
import type { ServerMessages } from '@crossborder/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, ROOT, startTestServer, until } from './support.js';

/**
 * A session that is archived, deleted, ended, or a seat the instructor revoked, stays closed:
 * its clients are told why and disconnected, later commands are refused with a typed error,
 * and nothing more is written for it.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const api = (path: string, method = 'POST', body?: unknown) =>
  fetch(`${server.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const notices = (client: Client) =>
  client.received
    .filter((message) => message.event === 'notice')
    .map((message) => message.payload as ServerMessages['notice']);

function logRows(sessionId: string): number {
  const db = new DatabaseSync(server.database, { readOnly: true });
  const row = db.prepare('SELECT count(*) AS n FROM log WHERE session_id = ?').get(sessionId) as {
    n: number;
  };
  db.close();
  return Number(row.n);
}

async function seatedTeam(code: string, country = 'aldoria'): Promise<Client> {
  const team = new Client(server.url);
  const joined = await team.join(code, { kind: 'country', country }, `Team ${country}`);
  if (!joined.ok) throw new Error(joined.error.message);
  return team;
}

describe('a closed session stays closed', () => {
  for (const how of ['archive', 'delete'] as const) {
    it(`after ${how === 'archive' ? 'archiving' : 'deleting'}, a seated team is told, disconnected, and can neither act nor come back`, async () => {
      const session = await server.createSession('tutorial');
      const team = await seatedTeam(session.code);
      expect(
        (await team.command({ type: 'openCase', title: 'Before', offences: ['credential-phishing'] })).ok,
      ).toBe(true);
      const rowsBefore = logRows(session.id);
      const answer =
        how === 'archive'
          ? await api(`/sessions/${session.id}/archive`)
          : await api(`/sessions/${session.id}`, 'DELETE');
      expect(answer.status).toBe(200);
      await until(() => !team.socket.connected);
      expect(notices(team).at(-1)).toEqual({
        kind: 'closed',
        message:
          how === 'archive'
            ? 'The instructor archived this session: it can no longer be played.'
            : 'The instructor deleted this session.',
      });
      // The seat cannot be taken back, and nothing more is written for the session.
      const back = new Client(server.url);
      const resumed = await back.resume(team.token ?? '');
      expect(resumed.ok ? 'resumed' : resumed.error.code).toBe('unknown-token');
      const rejoined = await back.join(session.code, { kind: 'country', country: 'aldoria' });
      expect(rejoined.ok ? 'joined' : rejoined.error.code).toBe('unknown-code');
      expect(logRows(session.id)).toBe(how === 'archive' ? rowsBefore : 0);
      back.close();
      team.close();
    });
  }

  it('after the end, every command and every control that moves the game is refused; the board can still be revealed', async () => {
    const { code } = await server.createSession('tutorial');
    const instructor = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const team = await seatedTeam(code);
    expect((await instructor.control({ action: 'end' })).ok).toBe(true);
    await until(() => notices(team).some((notice) => notice.kind === 'ended'));
    const command = await team.command({
      type: 'openCase',
      title: 'Late',
      offences: ['credential-phishing'],
    });
    expect(command.ok ? 'accepted' : command.error.code).toBe('session-ended');
    for (const control of [
      { action: 'start' },
      { action: 'advance', minutes: 60 },
      { action: 'speed', speed: 100 },
      { action: 'bot', country: 'borealis', on: true },
    ]) {
      const refused = await instructor.control(control);
      expect(refused.ok ? 'accepted' : refused.error.code, control.action).toBe('session-ended-control');
    }
    expect((await instructor.control({ action: 'reveal', observers: true })).ok).toBe(true);
    // The team keeps its seat to read the final state.
    expect(team.socket.connected).toBe(true);
    instructor.close();
    team.close();
  });
});

describe('the instructor removes a seat', () => {
  it('a removed team is told and disconnected, its token ends, and its country is freed and locked', async () => {
    const { code } = await server.createSession('tutorial');
    const instructor = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const first = await seatedTeam(code);
    const second = new Client(server.url);
    expect((await second.resume(first.token ?? '')).ok).toBe(true);
    const borealis = await seatedTeam(code, 'borealis');

    const removed = await instructor.control({
      action: 'revoke',
      seat: { kind: 'country', country: 'aldoria' },
    });
    expect(removed.ok).toBe(true);
    await until(() => !first.socket.connected && !second.socket.connected);
    for (const laptop of [first, second]) expect(notices(laptop).at(-1)?.kind).toBe('revoked');
    expect(borealis.socket.connected).toBe(true);

    const back = new Client(server.url);
    const resumed = await back.resume(first.token ?? '');
    expect(resumed.ok ? 'resumed' : resumed.error.code).toBe('unknown-token');
    const walkIn = await back.join(code, { kind: 'country', country: 'aldoria' }, 'Someone');
    expect(walkIn.ok ? 'joined' : walkIn.error.code).toBe('seat-locked');
    // The instructor lets the right team in.
    expect((await instructor.control({ action: 'lock', country: 'aldoria', locked: false })).ok).toBe(true);
    const right = await back.join(code, { kind: 'country', country: 'aldoria' }, 'The right team');
    expect(right.ok).toBe(true);
    await until(() =>
      instructor.received.some(
        (m) => m.event === 'seats' && JSON.stringify(m.payload).includes('The right team'),
      ),
    );
    for (const client of [instructor, first, second, borealis, back]) client.close();
  });

  it('the instructor can remove every observer; a team cannot remove anyone', async () => {
    const { code } = await server.createSession('tutorial');
    const instructor = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const projector = new Client(server.url);
    await projector.join(code, { kind: 'observer' }, 'Projector');
    const team = await seatedTeam(code);
    const refused = await team.control({ action: 'revoke', seat: { kind: 'observer' } });
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('not-instructor');
    expect((await instructor.control({ action: 'revoke', seat: { kind: 'observer' } })).ok).toBe(true);
    await until(() => !projector.socket.connected);
    expect(notices(projector).at(-1)?.kind).toBe('revoked');
    expect(team.socket.connected).toBe(true);
    for (const client of [instructor, projector, team]) client.close();
  });
});

describe('seats are what they claim', () => {
  it('a scenario with a country called "instructor" is refused at upload, with its line and column', async () => {
    const source = readFileSync(`${ROOT}scenarios/tutorial.yaml`, 'utf8').replaceAll(
      'borealis',
      'instructor',
    );
    const answer = await api('/sessions', 'POST', { source });
    expect(answer.status).toBe(422);
    const body = (await answer.json()) as { error: { code: string; issues: string[] } };
    expect(body.error.code).toBe('invalid-scenario');
    expect(body.error.issues).toEqual([
      expect.stringMatching(
        /^uploaded\.yaml:\d+:3 countries\.instructor: "instructor" is reserved for a seat of the game/,
      ),
    ]);
  });

  it('no country seat is the instructor or the observer', async () => {
    const { code } = await server.createSession('tutorial');
    for (const country of ['instructor', 'observer']) {
      const client = new Client(server.url);
      const joined = await client.join(code, { kind: 'country', country });
      expect(joined.ok ? 'joined' : joined.error.code).toBe('unknown-country');
      client.close();
    }
    const team = await seatedTeam(code);
    const note = await team.command({ type: 'addNote', text: 'I run this now.' });
    expect(note.ok ? 'accepted' : note.error).toEqual({
      code: 'actor.instructor-only',
      // The engine says it with a key; the server puts it into English for the wire.
      message: 'Only the instructor can do this.',
      ruleId: null,
      article: null,
      params: {},
    });
    expect((team.view as CountryView).role).toBe('country');
    team.close();
  });

  it("a team name that looks like another team's is refused; a second laptop of the same team is welcome", async () => {
    const { code } = await server.createSession('tutorial');
    const aldoria = new Client(server.url);
    expect((await aldoria.join(code, { kind: 'country', country: 'aldoria' }, 'Table 3')).ok).toBe(true);
    const impostor = new Client(server.url);
    // A Cyrillic "Т" in place of the Latin one.
    const refused = await impostor.join(code, { kind: 'country', country: 'borealis' }, 'Тable 3');
    expect(refused.ok ? 'joined' : refused.error.code).toBe('name-confusable');
    if (!refused.ok) expect(refused.error.message).toContain('looks like “Table 3”');
    expect((await impostor.join(code, { kind: 'country', country: 'borealis' }, 'Table 4')).ok).toBe(true);
    const laptop = new Client(server.url);
    expect((await laptop.join(code, { kind: 'country', country: 'aldoria' }, 'Table 3')).ok).toBe(true);
    for (const client of [aldoria, impostor, laptop]) client.close();
  });
});
