import type { CountryView } from '@crossborder/engine';
import type { ServerMessages } from '@crossborder/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer, tutorialTable, until } from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const ALDORIA = { kind: 'look', country: 'aldoria' } as const;
const openCase = { type: 'openCase', title: 'Harbourline phishing', offences: ['credential-phishing'] };

/** The log lines a client was sent, in order. */
const logOf = (client: Client) =>
  client.received
    .filter((message) => message.event === 'update')
    .flatMap((message) => (message.payload as ServerMessages['update']).log);

describe('the instructor looks through a country’s seat', () => {
  it('sees exactly that country’s view, live, and nothing another country knows', async () => {
    const { code, instructor, aldoria, borealis } = await tutorialTable(server);
    const look = new Client(server.url);
    const joined = await look.join(code, ALDORIA, 'Instructor', KEY);
    expect(joined.ok && joined.seat).toEqual(ALDORIA);
    expect(joined.ok && joined.seats).toBeUndefined();
    expect(look.view).toEqual(aldoria.view);
    expect(look.view).not.toEqual(borealis.view);
    // The team acts: the look follows, update by update, with the team's own log lines.
    const lines = logOf(look).length;
    expect((await aldoria.command(openCase)).ok).toBe(true);
    await until(() => Object.keys((look.view as CountryView).cases).length === 1);
    await until(() => logOf(look).length > lines);
    expect(look.view).toEqual(aldoria.view);
    expect(logOf(look)).toEqual(logOf(aldoria).slice(-logOf(look).length));
    // What Borealis does alone is not in Aldoria's view, so not in the look either.
    expect((await borealis.command({ ...openCase, title: 'Kept in Borealis' })).ok).toBe(true);
    await until(() => Object.keys((borealis.view as CountryView).cases).length === 1);
    expect((look.view as CountryView).cases).toEqual((aldoria.view as CountryView).cases);
    expect(JSON.stringify(look.view)).not.toContain('Kept in Borealis');
    for (const client of [instructor, aldoria, borealis, look]) client.close();
  });

  it('cannot act for the team nor steer the session: every command and control is refused, typed', async () => {
    const { code, instructor, aldoria, borealis } = await tutorialTable(server);
    const look = new Client(server.url);
    await look.join(code, ALDORIA, 'Instructor', KEY);
    const command = await look.command(openCase);
    expect(command.ok).toBe(false);
    if (!command.ok) {
      expect(command.error.code).toBe('look-read-only');
      expect(command.error.message).toContain('read-only look at Aldoria');
    }
    const instructorOnly = await look.command({ type: 'fireInject', injectId: 'takedown' });
    expect(!instructorOnly.ok && instructorOnly.error.code).toBe('look-read-only');
    for (const control of [{ action: 'start' }, { action: 'bot', country: 'aldoria', on: true }]) {
      const answer = await look.control(control);
      expect(!answer.ok && answer.error.code).toBe('look-read-only');
    }
    expect((aldoria.view as CountryView).cases).toEqual({});
    for (const client of [instructor, aldoria, borealis, look]) client.close();
  });

  it('is closed to anyone without the instructor key: a stranger, a team, a wrong key', async () => {
    const { code, instructor, aldoria, borealis } = await tutorialTable(server);
    const stranger = new Client(server.url);
    const anonymous = await stranger.join(code, ALDORIA, 'Me');
    expect(!anonymous.ok && anonymous.error.code).toBe('wrong-key');
    const guessed = await stranger.join(code, ALDORIA, 'Me', 'guess-guess-guess');
    expect(!guessed.ok && guessed.error.code).toBe('wrong-key');
    // A team already seated cannot turn its socket into a look through another team's seat.
    const spying = await borealis.join(code, ALDORIA, 'Team borealis');
    expect(!spying.ok && spying.error.code).toBe('wrong-key');
    expect(stranger.view).toBeNull();
    for (const client of [instructor, aldoria, borealis, stranger]) client.close();
  });

  it('comes back after a dropped connection with its token, still read-only', async () => {
    const { code, instructor, aldoria, borealis } = await tutorialTable(server);
    const look = new Client(server.url);
    const joined = await look.join(code, ALDORIA, 'Instructor', KEY);
    if (!joined.ok) throw new Error('the look was refused');
    look.close();
    const back = new Client(server.url);
    const resumed = await back.resume(joined.token);
    expect(resumed.ok && resumed.seat).toEqual(ALDORIA);
    expect(back.view).toEqual(aldoria.view);
    const command = await back.command(openCase);
    expect(!command.ok && command.error.code).toBe('look-read-only');
    for (const client of [instructor, aldoria, borealis, back]) client.close();
  });
});
