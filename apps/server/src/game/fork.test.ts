import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, createEngine } from '@crossborder/engine';
import { loadScenarioText } from '@crossborder/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { openDatabase } from '../store/db.js';
import { SqliteStore } from '../store/sqlite.js';
import { Registry } from './registry.js';
import type { Session } from './session.js';

const source = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const loaded = loadScenarioText(source, 'tutorial.yaml');
if (!loaded.scenario) throw new Error('the tutorial does not load');
const tutorial = loaded.scenario;
const DAY = 24 * 60;

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A registry over a database file of its own (a new one, or `path` again, as after a restart). */
function server(path?: string) {
  if (!path) {
    folder = mkdtempSync(join(tmpdir(), 'crossborder-fork-'));
    path = join(folder, 'db.sqlite');
  }
  const db = openDatabase(path);
  const store = new SqliteStore(db);
  const registry = new Registry({ store, log: createLogger('silent'), wall: () => 1_000 });
  return { db, store, registry, path };
}

const openCase = (title: string): Command => ({ type: 'openCase', title, offences: ['credential-phishing'] });

async function act(session: Session, country: string, command: Command): Promise<void> {
  const answer = await session.command({ kind: 'country', country }, `a-${session.eventCount}`, command);
  if (!answer.ok) throw new Error(answer.error.message);
}

/** The tutorial played to day 4: Aldoria opens a case on day 1, Borealis one on day 3. */
async function played(registry: Registry): Promise<Session> {
  const session = await registry.create(tutorial, source);
  await act(session, 'aldoria', openCase('Harbourline'));
  await session.control({ action: 'advance', minutes: 2 * DAY });
  await act(session, 'borealis', openCase('Kite'));
  await session.control({ action: 'advance', minutes: DAY });
  return session;
}

describe('a fork of a session at a game time', () => {
  it('starts a new session where the original stood, its log the original’s prefix, marked as copied', async () => {
    const { store, registry } = server();
    const original = await played(registry);
    const before = (await store.log(original.id)).events;
    const at = DAY;
    const forked = await registry.fork(original.id, at);
    if (!forked.ok) throw new Error(forked.error.message);
    const fork = forked.session;

    const prefix = before.filter((event) => event.at <= at);
    expect(prefix.length).toBeGreaterThan(0);
    expect(prefix.length).toBeLessThan(before.length);
    expect((await store.log(fork.id)).events).toEqual(prefix);
    expect(fork.record.settings.fork).toEqual({
      sessionId: original.id,
      code: original.record.code,
      title: tutorial.title,
      at,
      events: prefix.length,
    });
    // Its own join code and free seats; its clock paused at the time it was forked at.
    expect(fork.record.code).not.toBe(original.record.code);
    expect(registry.byJoinCode(fork.record.code)).toBe(fork);
    expect(Object.values(fork.seatsInfo().countries).map((seat) => seat.team)).toEqual([null, null]);
    expect(fork.clockState()).toMatchObject({ running: false, game: at });
    // The original's scenario, as it was stored (an uploaded one as well as a bundled one).
    expect(fork.record.scenarioSource).toBe(original.record.scenarioSource);
    // Every country's state as it was then: the original's log folded up to that time.
    const engine = createEngine(tutorial);
    const then = engine.replay(prefix);
    expect(fork.stateForExport()).toEqual(then);
    expect(fork.engine.view(fork.stateForExport(), 'aldoria')).toEqual(engine.view(then, 'aldoria'));
    // Aldoria's case is there; Borealis's, opened on day 3, is not.
    const titles = (session: Session) =>
      Object.values(session.stateForExport().cases).map((found) => found.title);
    expect(titles(fork)).toEqual(['Harbourline']);
    expect(titles(original)).toEqual(['Harbourline', 'Kite']);
    // The original is untouched.
    expect((await store.log(original.id)).events).toEqual(before);
  });

  it('diverges: what is done in the fork is not in the original, and the other way round', async () => {
    const { store, registry } = server();
    const original = await played(registry);
    const forked = await registry.fork(original.id, DAY);
    if (!forked.ok) throw new Error(forked.error.message);
    const fork = forked.session;
    const originalLength = (await store.log(original.id)).events.length;
    await act(fork, 'borealis', openCase('Another way'));
    await act(original, 'aldoria', openCase('Second case'));
    const cases = async (session: Session) =>
      (await store.log(session.id)).events.flatMap((event) =>
        event.type === 'CaseOpened' ? [event.case.title] : [],
      );
    expect(await cases(fork)).toEqual(['Harbourline', 'Another way']);
    expect(await cases(original)).toEqual(['Harbourline', 'Kite', 'Second case']);
    expect((await store.log(original.id)).events.length).toBeGreaterThan(originalLength);
  });

  it('comes back after a restart as it was, still marked, and a fork of a fork names its own parent', async () => {
    const { db, registry, path } = server();
    const original = await played(registry);
    const forked = await registry.fork(original.id, DAY);
    if (!forked.ok) throw new Error(forked.error.message);
    const again = await registry.fork(forked.session.id, DAY);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.session.record.settings.fork?.code).toBe(forked.session.record.code);
    const state = forked.session.stateForExport();
    // The process ends without a goodbye: what was committed is what a restart finds.
    db.close();
    const restarted = server(path);
    expect(await restarted.registry.restoreAll()).toBe(3);
    const back = restarted.registry.get(forked.session.id);
    expect(back?.stateForExport()).toEqual(state);
    expect(back?.record.settings.fork).toEqual(forked.session.record.settings.fork);
    expect(back?.clockState()).toMatchObject({ running: false, game: DAY });
    restarted.db.close();
  });

  it('is refused, and nothing is created, for an unknown or deleted session and a time outside its play', async () => {
    const { store, registry } = server();
    const original = await played(registry);
    const doomed = await registry.create(tutorial, source);
    await registry.remove(doomed.id, 'deleted');
    const count = (await store.sessions()).length;
    const refusals = [
      await registry.fork('no-such-session', DAY),
      await registry.fork(doomed.id, 0),
      await registry.fork(original.id, -1),
      await registry.fork(original.id, 3 * DAY + 1),
    ];
    expect(refusals.map((answer) => (answer.ok ? 'ok' : `${answer.status} ${answer.error.code}`))).toEqual([
      '404 fork-unknown-session',
      '404 fork-unknown-session',
      '422 fork-before-start',
      '422 fork-after-end',
    ]);
    const late = refusals[3];
    expect(late?.ok ? '' : late?.error.message).toBe(
      `Session ${original.record.code} cannot be forked at Day 4, 00:01: it has not been played that far. Choose a time between Day 1, 00:00 and Day 4, 00:00.`,
    );
    expect(await store.sessions()).toHaveLength(count);
    expect(registry.all()).toHaveLength(1);
  });

  it('keeps the original’s clock setting: a moot court’s fork is played in rounds too', async () => {
    const { registry } = server();
    const moot = await registry.create(tutorial, source, { clock: 'rounds' });
    await moot.control({ action: 'advance', minutes: DAY });
    const forked = await registry.fork(moot.id, 60);
    if (!forked.ok) throw new Error(forked.error.message);
    expect(forked.session.record.settings.clock).toBe('rounds');
    expect(forked.session.scenario.session.clock).toBe('rounds');
    expect(forked.session.clockState()).toMatchObject({ mode: 'rounds', game: 60 });
  });

  it('of an ended session stops before its end, so that the fork can be played', async () => {
    const { registry } = server();
    const original = await played(registry);
    await original.control({ action: 'end' });
    const end = original.stateForExport().now;
    const atEnd = await registry.fork(original.id, end);
    expect(atEnd.ok ? 'ok' : atEnd.error.code).toBe('fork-after-end');
    const before = await registry.fork(original.id, end - 1);
    if (!before.ok) throw new Error(before.error.message);
    expect(before.session.info.status).toBe('open');
    expect(before.session.stateForExport().ended).toBe(false);
  });
});
