import { isDeepStrictEqual } from 'node:util';
import type { Condition, Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { undeclaredReads } from '../../test/declared-reads.js';
import { differences, play, randomPlays, type Step } from '../../test/random-play.js';
import { bundled } from '../../test/support.js';
import { botCommands } from '../bots/index.js';
import { conditionHolds } from '../conditions.js';
import { createEngine, type Engine } from '../engine.js';
import { cloneState } from '../evolve.js';
import type { Changes } from '../model/changes.js';
import type { Event } from '../model/events.js';
import { INSTRUCTOR, jurorId, OBSERVER } from '../model/ids.js';
import type { State } from '../model/state.js';
import { applyPatch } from './patch.js';
import { touches, type ViewStream } from './stream.js';
import type { CountryView, View, Viewer } from './types.js';

// A juror too: its view (every request's public row and reasoning) follows every event.
const viewersOf = (engine: Engine): Viewer[] => [...engine.ctx.countries, OBSERVER, INSTRUCTOR, jurorId(1)];

/** Every viewer's stream, and the view its receiver holds, kept up to date only by the patches. */
function receivers(engine: Engine, state: State) {
  const streams = new Map<Viewer, ViewStream>();
  const held = new Map<Viewer, View | undefined>();
  for (const viewer of viewersOf(engine)) {
    const stream = engine.viewStream(viewer);
    streams.set(viewer, stream);
    held.set(viewer, stream.reset(state));
  }
  /**
   * Sends each viewer the patch of a step, as a server does: not to a country that sees none of
   * the step's events. Returns how many operations were sent.
   */
  const send = (events: readonly Event[], changes: Changes): number => {
    let sent = 0;
    for (const [viewer, stream] of streams) {
      if (!touches(viewer, events)) continue;
      const ops = stream.update(state, changes, engine.viewBase(state, viewer));
      sent += ops.length;
      held.set(viewer, applyPatch(held.get(viewer), ops));
    }
    return sent;
  };
  return { held, send };
}

describe('view streams', () => {
  /**
   * A whole game played by bots, three hours at a time: after every step, each viewer's view, kept
   * up to date only by its stream's patches, equals the engine's full view of the state.
   */
  for (const id of ['tutorial', 'emergency', 'ransomware', 'fraud-ring', 'botnet']) {
    it(`${id}: patches from changed entities keep every receiver's view equal to the engine's`, async () => {
      const engine = createEngine(await bundled(id));
      const state = engine.initialState();
      const { held, send } = receivers(engine, state);
      let patched = 0;
      const end = engine.ctx.scenario.session.endsAfter;
      for (let now = 0; now <= end && !state.ended; now += 180) {
        const changes: Changes = new Map();
        const events = engine.catchUp(state, now, changes);
        for (const country of engine.ctx.countries) {
          for (const command of botCommands(engine.view(state, country) as CountryView, now))
            events.push(...engine.act(state, country, command, now, changes).events);
        }
        patched += send(events, changes);
        for (const viewer of viewersOf(engine))
          expect(held.get(viewer), `${viewer} at ${now}`).toEqual(engine.view(state, viewer));
      }
      expect(Object.keys(state.requests).length).toBeGreaterThan(0);
      expect(patched).toBeGreaterThan(50);
    });
  }

  it('start, before any reset, with the whole view (a receiver whose viewer changed, the board revealed)', async () => {
    const engine = createEngine(await bundled('tutorial'));
    const state = engine.initialState();
    const ops = engine.viewStream(INSTRUCTOR).update(state, new Map());
    expect(ops).toEqual([{ op: 'set', path: [], value: engine.view(state, INSTRUCTOR) }]);
  });

  it('are touched by the events a country sees, and by every event for the instructor and the observer', () => {
    const event = { type: 'EmergencyDeclared', at: 1, visibleTo: ['aldoria'] } as Event;
    expect(touches('aldoria', [event])).toBe(true);
    expect(touches('borealis', [event])).toBe(false);
    expect(touches('borealis', [])).toBe(false);
    expect(touches(INSTRUCTOR, [])).toBe(true);
    expect(touches(OBSERVER, [event])).toBe(true);
  });
});

/**
 * After every step of random plays, for every viewer: a country's view changed only if it sees
 * one of the step's events (servers update no other country's stream, `touches`); the view each
 * receiver holds, kept up to date by its stream alone, equals the view of a fresh copy of the
 * state, and so does the engine's view of the live state, whose parts are kept between steps
 * (a part kept too long would show there); and every kept part, of the views and of the
 * scenario's conditions, read only what it declares (test/declared-reads.ts).
 */
function checkStreams(scenario: Scenario, bots: number, plan: Step[]): void {
  let receiving: ReturnType<typeof receivers> | undefined;
  const conditions = scenarioConditions(scenario);
  play(scenario, bots, plan, (engine, state) => {
    receiving ??= receivers(engine, state);
    const { held, send } = receiving;
    return (events, changes) => {
      send(events, changes);
      const fresh = new Map<Viewer, View>();
      const undeclared = undeclaredReads(cloneState(state), (tracked) => {
        for (const viewer of viewersOf(engine)) fresh.set(viewer, engine.view(tracked, viewer));
        for (const condition of conditions) conditionHolds(engine.ctx, tracked, condition);
      });
      expect(undeclared, 'kept parts read only what they declare').toEqual([]);
      for (const viewer of viewersOf(engine)) {
        const expected = JSON.stringify(fresh.get(viewer));
        expect(JSON.stringify(engine.view(state, viewer)), `${viewer}'s view is stale`).toBe(expected);
        // Deep equality, not JSON: patches do not keep the order of keys (a template's come first).
        if (isDeepStrictEqual(held.get(viewer), fresh.get(viewer))) continue;
        if (!touches(viewer, events)) {
          const seen = events.map((event) => `${event.type} to [${event.visibleTo.join(', ')}]`).join('; ');
          const changed = differences(JSON.stringify(held.get(viewer)), expected);
          expect.fail(
            `${viewer}'s view changed with no event it sees (events: ${seen}): ${changed.join('; ')}`,
          );
        }
        expect(held.get(viewer), `${viewer}'s view, as its stream keeps it`).toEqual(fresh.get(viewer));
      }
    };
  });
}

/** The conditions of a scenario's objectives and injects: kept parts too (conditions.ts). */
function scenarioConditions(scenario: Scenario): Condition[] {
  const objectives = Object.values(scenario.objectives).map((objective) => objective.when);
  const injects = Object.values(scenario.injects).flatMap((inject) => (inject.when ? [inject.when] : []));
  return [...objectives, ...injects];
}

describe('view streams in random play', () => {
  randomPlays(
    'keep every view in step, through the events it sees, from what its parts declare',
    checkStreams,
  );
});
