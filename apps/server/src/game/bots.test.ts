import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, type CountryView, commandKey, createEngine } from '@crossborder/engine';
import { loadScenarioText } from '@crossborder/scenario';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../log.js';
import { openDatabase } from '../store/db.js';
import { SqliteStore } from '../store/sqlite.js';
import type { SessionSettings, Store } from '../store/store.js';
import { type BotOutcome, BotPlayers } from './bots.js';
import { Registry } from './registry.js';
import type { Session } from './session.js';

const source = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const loaded = loadScenarioText(source, 'tutorial.yaml');
if (!loaded.scenario) throw new Error('the tutorial does not load');
const tutorial = loaded.scenario;

let folder = '';
afterEach(() => {
  vi.useRealTimers();
  rmSync(folder, { recursive: true, force: true });
});

/** A registry over a database file of its own (a new one, or `path` again, as after a restart). */
function server(path?: string, wall: () => number = () => 1_000) {
  if (!path) {
    folder = mkdtempSync(join(tmpdir(), 'crossborder-bots-'));
    path = join(folder, 'db.sqlite');
  }
  const store = new SqliteStore(openDatabase(path));
  const registry = new Registry({ store, log: createLogger('silent'), wall });
  return { store, registry, path };
}

/** The tutorial with no team in it: pressing Start gives both countries to bots, who act at once. */
async function botsOnly(registry: Registry, settings: SessionSettings): Promise<Session> {
  const session = await registry.create(tutorial, source, settings);
  await session.control({ action: 'start' });
  return session;
}

/** How many events of the session's log happened at each game time. */
async function eventsAt(store: Store, session: Session): Promise<Record<number, number>> {
  const counts: Record<number, number> = {};
  for (const event of (await store.log(session.id)).events) counts[event.at] = (counts[event.at] ?? 0) + 1;
  return counts;
}

describe('bots of empty seats, at a pace like people’s', () => {
  it('answer at once with no thinking time, as they always did', async () => {
    const { store, registry } = server();
    const session = await botsOnly(registry, { botThink: 0 });
    await session.control({ action: 'advance', minutes: 60 });
    const counts = await eventsAt(store, session);
    // Case, claims, measure, consultation: a chain of decisions, all in the first minute.
    expect(counts[0]).toBeGreaterThanOrEqual(6);
    expect(counts[60]).toBeUndefined();
  });

  it('do not act again before their thinking time has passed, and act as soon as it has', async () => {
    const { store, registry } = server();
    const session = await botsOnly(registry, { botThink: 60 });
    const first = (await eventsAt(store, session))[0] ?? 0;
    // Each bot's first decision (its case) is made at once; the rest of the chain waits.
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(6);
    await session.control({ action: 'advance', minutes: 59 });
    expect((await store.log(session.id)).events.filter((event) => event.at > 0)).toEqual([]);
    await session.control({ action: 'advance', minutes: 1 });
    expect((await eventsAt(store, session))[60]).toBeGreaterThan(0);
    // Having decided again at 60, they wait until 120.
    await session.control({ action: 'advance', minutes: 59 });
    expect((await eventsAt(store, session))[119]).toBeUndefined();
    await session.control({ action: 'advance', minutes: 1 });
    expect((await eventsAt(store, session))[120]).toBeGreaterThan(0);
  });

  it('are woken by the session’s timer when their thinking is done, though nothing else falls due', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { store, registry } = server(undefined, () => Date.now());
    const session = await botsOnly(registry, { botThink: 60 });
    const started = Date.now();
    expect(session.clockState().running).toBe(true);
    // Nothing of the game itself falls due in the first hour: only the bots' thinking ends then.
    expect(session.engine.nextDue(session.stateForExport()) ?? Number.POSITIVE_INFINITY).toBeGreaterThan(60);
    const wallFor = (minutes: number) => Math.ceil((minutes * 60_000) / session.clockState().speed);
    vi.advanceTimersByTime(wallFor(59));
    expect(session.gameNow()).toBe(59);
    expect((await store.log(session.id)).events.filter((event) => event.at > 0)).toEqual([]);
    await vi.advanceTimersByTimeAsync(wallFor(60) - (Date.now() - started));
    expect(session.gameNow()).toBe(60);
    expect((await eventsAt(store, session))[60]).toBeGreaterThan(0);
  });

  it('keep their thinking time and their pace in a session brought back from the store', async () => {
    const { store, registry, path } = server();
    const session = await botsOnly(registry, { botThink: 60 });
    await session.control({ action: 'advance', minutes: 30 });
    await session.shutdown();

    const again = server(path);
    expect(await again.registry.restoreAll()).toBe(1);
    const restored = again.registry.get(session.id);
    if (!restored) throw new Error('the session is back');
    expect(restored.record.settings.botThink).toBe(60);
    expect(restored.gameNow()).toBe(30);
    await restored.control({ action: 'advance', minutes: 29 });
    expect((await again.store.log(session.id)).events.filter((event) => event.at > 0)).toEqual([]);
    await restored.control({ action: 'advance', minutes: 1 });
    expect((await eventsAt(again.store, restored))[60]).toBeGreaterThan(0);
    expect((await store.log(session.id)).events.length).toBe(
      (await again.store.log(session.id)).events.length,
    );
  });

  it('save their thinking times where the session saves anyway (pause, checkpoint), not at each decision', async () => {
    const { store, registry } = server();
    const session = await botsOnly(registry, { botThink: 60 });
    expect((await eventsAt(store, session))[0]).toBeGreaterThan(0);
    // The bots have decided and think until 60; the seats kept in the store do not say so yet.
    expect((await store.session(session.id))?.seats.thinking).toBeUndefined();
    session.checkpoint();
    expect((await store.session(session.id))?.seats.thinking).toEqual({ aldoria: 60, borealis: 60 });
    await session.control({ action: 'advance', minutes: 60 });
    expect((await store.session(session.id))?.seats.thinking).toEqual({ aldoria: 60, borealis: 60 });
    await session.control({ action: 'pause' });
    expect((await store.session(session.id))?.seats.thinking).toEqual({ aldoria: 120, borealis: 120 });
  });

  it('act at once after a crash that lost their thinking times: at worst one thinking time early', async () => {
    const { store, registry, path } = server();
    const session = await botsOnly(registry, { botThink: 60 });
    const first = (await store.log(session.id)).events.length;
    // No checkpoint, no shutdown: the server stops as in a crash.
    const again = server(path);
    await await again.registry.restoreAll();
    const restored = again.registry.get(session.id);
    if (!restored) throw new Error('the session is back');
    await restored.control({ action: 'start' });
    expect((await again.store.log(session.id)).events.length).toBeGreaterThan(first);
  });

  it('answer at once in a session created before bots had a pace (no thinking time kept)', async () => {
    const { store, registry } = server();
    const session = await botsOnly(registry, {});
    expect((await eventsAt(store, session))[0]).toBeGreaterThanOrEqual(6);
  });
});

describe('a bot whose command the rules rejected', () => {
  it('does not give that command again, though it still thinks it should', async () => {
    // Borealis's bot reads the game as it was when a request first reached it and never again,
    // so it keeps deciding to execute a request already executed: the rules reject that (the
    // request's status has moved on), and the bot must not try it again.
    const engine = createEngine(tutorial);
    const state = engine.initialState();
    const bots = new BotPlayers(0, {});
    const given: { at: number; country: string; key: string; outcome: BotOutcome }[] = [];
    let frozen: CountryView | undefined;
    const table = (now: number) => ({
      view: (country: string) => {
        const view = engine.view(state, country) as CountryView;
        if (country !== 'borealis') return view;
        frozen ??= Object.values(view.requests).some((request) => request.status === 'received')
          ? structuredClone(view)
          : undefined;
        return frozen ?? view;
      },
      ended: () => state.ended,
      act: (country: string, command: Command): BotOutcome => {
        const outcome = engine.act(state, country, command, now).rejection ? 'rejected' : 'accepted';
        given.push({ at: now, country, key: commandKey(command), outcome });
        return outcome;
      },
    });
    for (let now = 0; now <= 2 * 24 * 60; now += 60) {
      engine.catchUp(state, now);
      bots.play(['aldoria', 'borealis'], now, table(now));
    }
    const rejected = given.filter((command) => command.outcome === 'rejected');
    expect(frozen).toBeDefined();
    expect(rejected.length).toBeGreaterThan(0);
    for (const once of rejected) {
      const again = given.filter((command) => command.country === once.country && command.key === once.key);
      expect(again.filter((command) => command.at > once.at)).toEqual([]);
    }
  });
});

describe('the moments bots wake at', () => {
  it('is the end of the first thinking time still running, among the seats bots play', async () => {
    const seats = { thinking: { aldoria: 90, borealis: 40, cordia: 20 } };
    const bots = new BotPlayers(60, seats);
    expect(bots.nextWake(['aldoria', 'borealis', 'cordia'], 30)).toBe(40);
    expect(bots.nextWake(['aldoria'], 30)).toBe(90);
    expect(bots.nextWake(['aldoria', 'borealis'], 90)).toBeUndefined();
    expect(bots.nextWake([], 0)).toBeUndefined();
  });
});
