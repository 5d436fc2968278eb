import { readFileSync } from 'node:fs';
import type { Seat } from '@crossborder/protocol';
import { loadScenarioText } from '@crossborder/scenario';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../log.js';
import { openDatabase } from '../store/db.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Listed, Presence, SeatSettings } from '../store/store.js';
import { newConnection } from './audience.js';
import { presenceOf, seatsInfoOf, storedEntry } from './listing.js';
import { Registry } from './registry.js';

const source = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const loaded = loadScenarioText(source, 'tutorial.yaml');
if (!loaded.scenario) throw new Error('the tutorial does not load');
const tutorial = loaded.scenario;

const connection = (id: string, seat: Seat) =>
  newConnection(
    id,
    seat,
    () => {},
    () => {},
  );

const seats: SeatSettings = {
  countries: {
    aldoria: { bot: false, locked: false, team: 'Harbour Unit' },
    borealis: { bot: true, locked: true, team: null },
  },
  observersSeeAll: true,
  jury: {
    key: 'jury-key',
    jurors: { '@juror-1': { name: 'Judge Amara' }, '@juror-2': { name: 'Prof. Lind' } },
  },
  thinking: { borealis: 30 },
};

/** A session as the store lists it, held elsewhere (or by no node when `held` is false). */
const listed = (held: boolean, status: 'open' | 'ended' = 'open'): Listed => ({
  record: {
    id: 's1',
    code: 'ABC234',
    createdAt: 5,
    scenarioId: 'tutorial',
    settings: {},
    clock: { mode: 'realtime', running: true, speed: 2, game: 100, wall: 60_000, roundLength: 60 },
    seats,
    status,
    title: 'Tutorial',
  },
  events: 42,
  held,
  online: held ? { countries: { aldoria: 2 }, jurors: { '@juror-2': 1 } } : { countries: {}, jurors: {} },
});

describe('the instructor’s list of sessions', () => {
  it('counts the devices online of each team and each juror; observers, instructors and looks are not seats', () => {
    const online = presenceOf([
      connection('c1', { kind: 'country', country: 'aldoria' }),
      connection('c2', { kind: 'country', country: 'aldoria' }),
      connection('c3', { kind: 'juror', juror: '@juror-2' }),
      connection('c4', { kind: 'observer' }),
      connection('c5', { kind: 'instructor' }),
      connection('c6', { kind: 'look', country: 'borealis' }),
    ]);
    expect(online).toEqual({ countries: { aldoria: 2 }, jurors: { '@juror-2': 1 } });
    // The console sees every seat, with the bots' thinking times left out.
    expect(seatsInfoOf(seats, online)).toEqual({
      countries: {
        aldoria: { bot: false, locked: false, team: 'Harbour Unit', online: 2 },
        borealis: { bot: true, locked: true, team: null, online: 0 },
      },
      observersSeeAll: true,
      jury: {
        key: 'jury-key',
        jurors: {
          '@juror-1': { name: 'Judge Amara', online: 0 },
          '@juror-2': { name: 'Prof. Lind', online: 1 },
        },
      },
    });
  });

  it('shows a session held on another node with its clock run on to now, and who is online there', () => {
    // Two wall minutes later at speed 2: four game minutes on.
    expect(storedEntry(listed(true), 'Tutorial: the Harbourline phishing kit', 180_000)).toEqual({
      id: 's1',
      code: 'ABC234',
      scenarioId: 'tutorial',
      title: 'Tutorial: the Harbourline phishing kit',
      status: 'open',
      createdAt: 5,
      clock: { mode: 'realtime', running: true, speed: 2, game: 104, wall: 180_000, roundLength: 60 },
      seats: seatsInfoOf(seats, { countries: { aldoria: 2 }, jurors: { '@juror-2': 1 } }),
      events: 42,
    });
  });

  it('shows a session no node holds paused where its clock was saved, with nobody online', () => {
    const entry = storedEntry(listed(false, 'ended'), 'Tutorial', 180_000);
    expect(entry.clock).toEqual({
      mode: 'realtime',
      running: false,
      speed: 2,
      game: 100,
      wall: 180_000,
      roundLength: 60,
    });
    expect(entry.status).toBe('ended');
    expect(Object.values(entry.seats.countries).map((seat) => seat.online)).toEqual([0, 0]);
    expect(Object.values(entry.seats.jury?.jurors ?? {}).map((juror) => juror.online)).toEqual([0, 0]);
  });

  it('writes who is online to the store when a team comes or goes, never per command, and one node lists it', async () => {
    const store = new SqliteStore(openDatabase(':memory:'));
    const written: Presence[] = [];
    const save = store.savePresence.bind(store);
    store.savePresence = (id, online) => {
      written.push(structuredClone(online));
      return save(id, online);
    };
    const registry = new Registry({ store, log: createLogger('silent'), wall: () => 0 });
    const session = await registry.create(tutorial, source);
    const team = connection('c1', { kind: 'country', country: 'aldoria' });
    session.attach(team, 'Harbour Unit');
    // A projector changes nobody's count: nothing is written for it.
    const projector = connection('c2', { kind: 'observer' });
    session.attach(projector, null);
    for (const title of ['One', 'Two', 'Three'])
      expect(
        (
          await session.command(team.seat, title, {
            type: 'openCase',
            title,
            offences: ['credential-phishing'],
          })
        ).ok,
      ).toBe(true);
    expect((await store.listing())[0]?.online).toEqual({ countries: { aldoria: 1 }, jurors: {} });
    expect((await registry.listed())[0]?.seats.countries.aldoria).toMatchObject({
      team: 'Harbour Unit',
      online: 1,
    });
    session.detach(projector);
    session.detach(team);
    expect(written).toEqual([
      { countries: { aldoria: 1 }, jurors: {} },
      { countries: {}, jurors: {} },
    ]);
    expect((await store.listing())[0]?.online).toEqual({ countries: {}, jurors: {} });
    await store.close();
  });

  it('writes who is online again at the next checkpoint when a write failed, and not when nothing changed', async () => {
    const store = new SqliteStore(openDatabase(':memory:'));
    const written: Presence[] = [];
    let failNext = false;
    const save = store.savePresence.bind(store);
    store.savePresence = async (id, online) => {
      written.push(structuredClone(online));
      if (failNext) {
        failNext = false;
        throw new Error('the database did not answer');
      }
      return save(id, online);
    };
    const registry = new Registry({ store, log: createLogger('silent'), wall: () => 0 });
    const session = await registry.create(tutorial, source);
    const team = connection('c1', { kind: 'country', country: 'aldoria' });
    session.attach(team, 'Harbour Unit');
    failNext = true;
    session.detach(team);
    await vi.waitFor(() => expect(written).toHaveLength(2), { timeout: 60_000, interval: 10 });
    // The team left but the store still has it online, until the checkpoint writes again.
    expect((await store.listing())[0]?.online).toEqual({ countries: { aldoria: 1 }, jurors: {} });
    session.checkpoint();
    await vi.waitFor(() => expect(written).toHaveLength(3), { timeout: 60_000, interval: 10 });
    expect((await store.listing())[0]?.online).toEqual({ countries: {}, jurors: {} });
    session.checkpoint();
    expect(written).toHaveLength(3);
    await store.close();
  });
});
