import { readFileSync } from 'node:fs';
import {
  botCommands,
  type Changes,
  type CountryView,
  createEngine,
  INSTRUCTOR,
  OBSERVER,
  type View,
  type Viewer,
} from '@crossborder/engine';
import { applyPatch } from '@crossborder/protocol';
import { loadScenarioText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { ViewStream } from './view-stream.js';

const scenario = (id: string) => {
  const file = new URL(`../../../../scenarios/${id}.yaml`, import.meta.url);
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), `${id}.yaml`);
  if (!loaded.scenario) throw new Error(`scenario ${id} does not load`);
  return loaded.scenario;
};

/**
 * A whole game played by bots, three hours at a time: after every step, each viewer's client view, kept
 * up to date only by the stream's patches, equals the engine's full view of the state.
 */
describe('view streams', () => {
  for (const id of ['tutorial', 'ransomware', 'fraud-ring', 'botnet']) {
    it(`${id}: patches from changed entities keep every client's view equal to the engine's`, () => {
      const engine = createEngine(scenario(id));
      const state = engine.initialState();
      const viewers: Viewer[] = [...engine.ctx.countries, OBSERVER, INSTRUCTOR];
      const streams = new Map(viewers.map((viewer) => [viewer, new ViewStream()]));
      const clients = new Map<Viewer, View | undefined>(
        viewers.map((viewer) => [viewer, streams.get(viewer)?.reset(engine, state, viewer)]),
      );
      let patched = 0;
      const end = engine.ctx.scenario.session.endsAfter;
      for (let now = 0; now <= end && !state.ended; now += 180) {
        const changes: Changes = new Set();
        engine.catchUp(state, now, changes);
        for (const country of engine.ctx.countries) {
          for (const command of botCommands(engine.view(state, country) as CountryView, now))
            engine.act(state, country, command, now, changes);
        }
        for (const viewer of viewers) {
          const ops =
            streams.get(viewer)?.update(engine, state, viewer, engine.viewBase(state, viewer), changes) ?? [];
          patched += ops.length;
          const client = applyPatch(clients.get(viewer), ops);
          clients.set(viewer, client);
          expect(client, `${viewer} at ${now}`).toEqual(engine.view(state, viewer));
        }
      }
      expect(Object.keys(state.requests).length).toBeGreaterThan(0);
      expect(patched).toBeGreaterThan(50);
    });
  }

  it('sends a client its whole view when its viewer changes (the board revealed)', () => {
    const engine = createEngine(scenario('tutorial'));
    const state = engine.initialState();
    const stream = new ViewStream();
    stream.reset(engine, state, OBSERVER);
    const ops = stream.update(engine, state, INSTRUCTOR, engine.viewBase(state, INSTRUCTOR), new Set());
    expect(ops).toEqual([{ op: 'set', path: [], value: engine.view(state, INSTRUCTOR) }]);
  });
});
