import { readFileSync } from 'node:fs';
import { createEngine, type Event, INSTRUCTOR } from '@crossborder/engine';
import type { Seat, ServerMessages } from '@crossborder/protocol';
import { loadScenarioText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { broadcast, type Connection, newConnection, streamOf, viewerOf } from './audience.js';

const scenario = (id: string) => {
  const file = new URL(`../../../../scenarios/${id}.yaml`, import.meta.url);
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), `${id}.yaml`);
  if (!loaded.scenario) throw new Error(`scenario ${id} does not load`);
  return loaded.scenario;
};

/** A connection that keeps what it is sent. */
function connection(seat: Seat) {
  const updates: ServerMessages['update'][] = [];
  const send: Connection['send'] = (event, payload) => {
    if (event === 'update') updates.push(payload as ServerMessages['update']);
  };
  return { connection: newConnection('c', seat, send, () => {}), updates };
}

/**
 * What the server adds to the engine's view streams (packages/engine/src/view/stream.ts, tested
 * there): which stream each client follows, and which clients an update is for.
 */
describe('broadcasts', () => {
  const engine = createEngine(scenario('tutorial'));
  const state = engine.initialState();
  const [aldoria = ''] = engine.ctx.countries;
  const declared = { type: 'EmergencyDeclared', at: 1, visibleTo: [aldoria] } as Event;

  it('send a client its whole view when its viewer changes (the board revealed)', () => {
    const { connection: observer, updates } = connection({ kind: 'observer' });
    streamOf(engine, observer, viewerOf(observer.seat, false)).reset(state);
    broadcast(engine, state, [observer], [declared], new Map(), true);
    expect(updates.map((update) => update.patch)).toEqual([
      [{ op: 'set', path: [], value: engine.view(state, INSTRUCTOR) }],
    ]);
  });

  it('skip a country that sees none of the events', () => {
    const teams = engine.ctx.countries.map((country) => connection({ kind: 'country', country }));
    for (const team of teams)
      streamOf(engine, team.connection, viewerOf(team.connection.seat, false)).reset(state);
    broadcast(
      engine,
      state,
      teams.map((team) => team.connection),
      [declared],
      new Map(),
      false,
    );
    expect(teams.map((team) => team.updates.length)).toEqual(
      engine.ctx.countries.map((country) => (country === aldoria ? 1 : 0)),
    );
  });
});
