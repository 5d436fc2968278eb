import { readFileSync } from 'node:fs';
import { createEngine, type Event, INSTRUCTOR } from '@crossborder/engine';
import type { Seat, ServerMessages } from '@crossborder/protocol';
import { loadScenarioText, translateScenario } from '@crossborder/scenario';
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
    broadcast(() => engine, state, [observer], [declared], new Map(), true);
    expect(updates.map((update) => update.patch)).toEqual([
      [{ op: 'set', path: [], value: engine.view(state, INSTRUCTOR) }],
    ]);
  });

  it('skip a country that sees none of the events', () => {
    const teams = engine.ctx.countries.map((country) => connection({ kind: 'country', country }));
    for (const team of teams)
      streamOf(engine, team.connection, viewerOf(team.connection.seat, false)).reset(state);
    broadcast(
      () => engine,
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

  it('say the scenario’s texts in each client’s language: its view and its log lines, and nobody else’s', () => {
    const french = createEngine(translateScenario(engine.ctx.scenario, 'fr'));
    const readers = (locale: string) => (locale === 'fr' ? french : engine);
    const live = engine.initialState();
    const inFrench = connection({ kind: 'country', country: aldoria });
    inFrench.connection.locale = 'fr';
    const inEnglish = connection({ kind: 'country', country: aldoria });
    const fired = engine.act(live, INSTRUCTOR, { type: 'fireInject', injectId: 'takedown' }, 0, new Map());
    expect(fired.rejection).toBeNull();
    broadcast(readers, live, [inFrench.connection, inEnglish.connection], fired.events, new Map(), false);
    const [french1] = inFrench.updates;
    const [english1] = inEnglish.updates;
    expect(JSON.stringify(french1)).toContain('La page est mise hors ligne');
    expect(JSON.stringify(french1)).not.toContain('The page goes down');
    expect(JSON.stringify(english1)).toContain('The page goes down');
    expect(JSON.stringify(english1)).not.toContain('La page est mise hors ligne');
    expect(french1?.log.map((line) => line.params.title)).toEqual(['La page est mise hors ligne']);
  });
});
