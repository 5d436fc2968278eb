import { readFileSync } from 'node:fs';
import type { Command } from '@crossborder/engine';
import type { Progress, Seat } from '@crossborder/protocol';
import { loadScenarioText } from '@crossborder/scenario';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../log.js';
import { openDatabase } from '../store/db.js';
import { SqliteStore } from '../store/sqlite.js';
import { newConnection } from './audience.js';
import { Registry } from './registry.js';
import { PROGRESS_EVERY_MS } from './session.js';

/** Only says when a hung wait has failed: out of reach of a busy machine. */
const UNTIL_HUNG = { timeout: 60_000, interval: 10 };

/**
 * The instructor's progress message as teams play: the teams' last commands are gathered and sent
 * at most once every PROGRESS_EVERY_MS, not once per command. Timers are faked (only setTimeout),
 * so the test says when a second has passed, whatever the machine's load.
 */
const source = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const loaded = loadScenarioText(source, 'tutorial.yaml');
if (!loaded.scenario) throw new Error('the tutorial does not load');
const tutorial = loaded.scenario;

const openCase = (title: string): Command => ({
  type: 'openCase',
  title,
  offences: ['credential-phishing'],
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** What a seat's client was sent as progress, in order. */
function seat(kind: Seat) {
  const progress: Progress[] = [];
  const connection = newConnection(
    `c-${kind.kind}-${'country' in kind ? kind.country : ''}`,
    kind,
    (event, payload) => {
      if (event === 'progress') progress.push(payload as Progress);
    },
    () => {},
  );
  return { connection, progress };
}

async function table() {
  const registry = new Registry({
    store: new SqliteStore(openDatabase(':memory:')),
    log: createLogger('silent'),
    wall: () => 0,
    // The bots' game is not what this test is about: an answer at once.
    models: { compute: async () => ({ 'preserve-logs': 45 }) },
  });
  const session = await registry.create(tutorial, source);
  const instructor = seat({ kind: 'instructor' });
  const aldoria = seat({ kind: 'country', country: 'aldoria' });
  const borealis = seat({ kind: 'country', country: 'borealis' });
  session.attach(instructor.connection, 'Instructor');
  session.attach(aldoria.connection, 'Table 1');
  session.attach(borealis.connection, 'Table 2');
  // The progress on attaching, then again once the model answer came.
  await vi.waitFor(
    () => expect(instructor.progress.at(-1)?.model).toEqual({ 'preserve-logs': 45 }),
    UNTIL_HUNG,
  );
  return { session, instructor, aldoria, borealis };
}

describe("the teams' last commands on the instructor's progress", () => {
  it('gathers the commands of a second into one message with every team’s latest', async () => {
    const { session, instructor, aldoria, borealis } = await table();
    const before = instructor.progress.length;

    expect((await session.command(aldoria.connection.seat, 'a1', openCase('Harbourline'))).ok).toBe(true);
    expect((await session.command(borealis.connection.seat, 'b1', openCase('Harbour mail'))).ok).toBe(true);
    expect(instructor.progress).toHaveLength(before);

    vi.advanceTimersByTime(PROGRESS_EVERY_MS - 1);
    expect(instructor.progress).toHaveLength(before);
    vi.advanceTimersByTime(1);
    expect(instructor.progress).toHaveLength(before + 1);
    expect(Object.keys(instructor.progress.at(-1)?.lastCommandAt ?? {}).sort()).toEqual([
      'aldoria',
      'borealis',
    ]);
    // The objectives and the model answer still come with it.
    expect(instructor.progress.at(-1)?.objectives['preserve-logs']?.for).toEqual(['aldoria']);
    expect(instructor.progress.at(-1)?.model).toEqual({ 'preserve-logs': 45 });

    // Nothing new: nothing sent.
    vi.advanceTimersByTime(5 * PROGRESS_EVERY_MS);
    expect(instructor.progress).toHaveLength(before + 1);
    // The teams never get it.
    expect(aldoria.progress).toEqual([]);
    expect(borealis.progress).toEqual([]);
  });

  it('sends a later command in its own message, and nothing once the session is archived', async () => {
    const { session, instructor, aldoria } = await table();
    await session.command(aldoria.connection.seat, 'a1', openCase('Harbourline'));
    vi.advanceTimersByTime(PROGRESS_EVERY_MS);
    expect(instructor.progress.at(-1)?.lastCommandAt).toEqual({ aldoria: 0 });

    const advanced = await session.control({ action: 'advance', minutes: 30 });
    expect(advanced.ok).toBe(true);
    expect((await session.command(aldoria.connection.seat, 'a2', openCase('Harbourline, the mule'))).ok).toBe(
      true,
    );
    vi.advanceTimersByTime(PROGRESS_EVERY_MS);
    expect(instructor.progress.at(-1)?.lastCommandAt).toEqual({ aldoria: 30 });

    const sent = instructor.progress.length;
    expect((await session.command(aldoria.connection.seat, 'a3', openCase('Harbourline, the kit'))).ok).toBe(
      true,
    );
    await session.retire('archived');
    vi.advanceTimersByTime(PROGRESS_EVERY_MS);
    expect(instructor.progress).toHaveLength(sent);
  });

  it('asks for the model answer again when an instructor comes back after it could not be played', async () => {
    let asked = 0;
    const registry = new Registry({
      store: new SqliteStore(openDatabase(':memory:')),
      log: createLogger('silent'),
      wall: () => 0,
      models: {
        compute: async () => {
          asked += 1;
          if (asked === 1) throw new Error('the model answer worker stopped');
          return { 'preserve-logs': 45 };
        },
      },
    });
    const session = await registry.create(tutorial, source);
    const first = seat({ kind: 'instructor' });
    session.attach(first.connection, 'Instructor');
    await vi.waitFor(() => expect(asked).toBe(1), UNTIL_HUNG);
    expect(first.progress.every((progress) => progress.model === null)).toBe(true);
    session.detach(first.connection);

    const again = seat({ kind: 'instructor' });
    session.attach(again.connection, 'Instructor');
    await vi.waitFor(() => expect(again.progress.at(-1)?.model).toEqual({ 'preserve-logs': 45 }), UNTIL_HUNG);
    expect(asked).toBe(2);
  });
});
