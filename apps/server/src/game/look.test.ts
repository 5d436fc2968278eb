import { readFileSync } from 'node:fs';
import type { Command, CountryView } from '@crossborder/engine';
import { applyPatch, type Seat, type ServerMessages } from '@crossborder/protocol';
import { loadScenarioText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { openDatabase } from '../store/db.js';
import { SqliteStore } from '../store/sqlite.js';
import { newConnection } from './audience.js';
import { lookRefusal, takenWithKey } from './look.js';
import { Registry } from './registry.js';

const source = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const loaded = loadScenarioText(source, 'tutorial.yaml');
if (!loaded.scenario) throw new Error('the tutorial does not load');
const tutorial = loaded.scenario;

/** A client of the session: its view kept up to date from what it is sent, as a browser does. */
function client(seat: Seat) {
  const received: ServerMessages['update'][] = [];
  let view: CountryView | null = null;
  const connection = newConnection(
    `c-${seat.kind}`,
    seat,
    (event, payload) => {
      if (event !== 'update') return;
      const update = payload as ServerMessages['update'];
      received.push(update);
      view = applyPatch(view, update.patch) as CountryView;
    },
    () => {},
  );
  return {
    connection,
    received,
    get view() {
      return view;
    },
    set view(next) {
      view = next;
    },
  };
}

async function table() {
  const registry = new Registry({
    store: new SqliteStore(openDatabase(':memory:')),
    log: createLogger('silent'),
    wall: () => 0,
  });
  const session = await registry.create(tutorial, source);
  const team = client({ kind: 'country', country: 'aldoria' });
  const look = client({ kind: 'look', country: 'aldoria' });
  team.view = session.attach(team.connection, 'Table 1').view as CountryView;
  look.view = session.attach(look.connection, null).view as CountryView;
  return { session, team, look };
}

const openCase: Command = {
  type: 'openCase',
  title: 'Harbourline phishing',
  offences: ['credential-phishing'],
};

describe('a look through a country’s seat', () => {
  it('is taken with the instructor key, as the instructor’s own seat is, and no other seat is', async () => {
    expect(takenWithKey({ kind: 'look', country: 'aldoria' })).toBe(true);
    expect(takenWithKey({ kind: 'instructor' })).toBe(true);
    expect(takenWithKey({ kind: 'country', country: 'aldoria' })).toBe(false);
    expect(takenWithKey({ kind: 'observer' })).toBe(false);
  });

  it('ends with the instructor key it was taken with', async () => {
    const store = new SqliteStore(openDatabase(':memory:'));
    const session = await new Registry({ store, log: createLogger('silent'), wall: () => 0 }).create(
      tutorial,
      source,
    );
    const look = { sessionId: session.id, seat: { kind: 'look', country: 'aldoria' } as const, name: 'I' };
    const team = { sessionId: session.id, seat: { kind: 'country', country: 'aldoria' } as const, name: 'T' };
    await store.addToken('look', { ...look, keyEpoch: 'old' });
    await store.addToken('team', team);
    await store.revokeInstructorTokens('new');
    expect(await store.token('look')).toBeUndefined();
    expect(await store.token('team')).toMatchObject(team);
  });

  it('gets the team’s view, and every change of it with the same log lines, live', async () => {
    const { session, team, look } = await table();
    expect(look.view).toEqual(team.view);
    expect((await session.command(team.connection.seat, 'act-1', openCase)).ok).toBe(true);
    expect(Object.keys(look.view?.cases ?? {})).toHaveLength(1);
    expect(look.view).toEqual(team.view);
    expect(look.received.map((update) => update.log)).toEqual(team.received.map((update) => update.log));
    expect(look.received.at(-1)?.log.map((line) => line.key)).toContain('log.case-opened');
  });

  it('takes nothing from the team: the seat keeps its name, its bot, its count of clients online', async () => {
    const { session } = await table();
    expect(session.seatsInfo().countries.aldoria).toMatchObject({ team: 'Table 1', online: 1 });
    const lone = client({ kind: 'look', country: 'borealis' });
    session.attach(lone.connection, 'Instructor');
    expect(session.needsTeamName('borealis')).toBe(true);
    expect(session.seatsInfo().countries.borealis).toMatchObject({ team: null, online: 0 });
  });

  it('is refused every command, with a typed error that names the country, and nothing changes', async () => {
    const { session, team, look } = await table();
    const before = session.eventCount;
    const refused = await session.command(look.connection.seat, 'act-2', openCase);
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'look-read-only', params: { country: 'Aldoria' } }),
    });
    if (!refused.ok) expect(refused.error.message).toContain('read-only look at Aldoria');
    expect(session.eventCount).toBe(before);
    expect(Object.keys(team.view?.cases ?? {})).toEqual([]);
    expect(lookRefusal({ kind: 'country', country: 'aldoria' }, tutorial)).toBeNull();
  });

  it('may look through a locked seat, which still refuses a team; not through a country the session lacks', async () => {
    const { session } = await table();
    await session.control({ action: 'lock', country: 'borealis', locked: true });
    expect(session.admits({ kind: 'look', country: 'borealis' })).toBeNull();
    expect(session.admits({ kind: 'country', country: 'borealis' })?.code).toBe('seat-locked');
    expect(session.admits({ kind: 'look', country: 'nowhere' })?.code).toBe('unknown-country');
  });

  it('stops being sent anything once closed', async () => {
    const { session, team, look } = await table();
    session.detach(look.connection);
    await session.command(team.connection.seat, 'act-3', openCase);
    expect(team.received).toHaveLength(1);
    expect(look.received).toEqual([]);
  });
});
