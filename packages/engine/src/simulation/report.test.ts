import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/support.js';
import { createEngine } from '../engine.js';
import { createContext } from '../model/context.js';
import { simulate } from '../simulate.js';
import { injectRuns } from './injects.js';
import { teamLoad } from './load.js';
import { whyNotMet } from './missing.js';

describe('which injects fired and what they did', () => {
  it('says when each fired, and which effects the world had already overtaken', async () => {
    const botnet = await bundled('botnet');
    const runs = Object.fromEntries(
      injectRuns(botnet, simulate(botnet).events).map((run) => [run.inject, run]),
    );
    // The bots obtained the C2 data on day 9 by the emergency path; the server itself is wiped on day 14.
    expect(runs['c2-migration']).toEqual({
      inject: 'c2-migration',
      firedAt: 14 * 24 * 60,
      effects: [{ kind: 'deleteEvidence', evidence: 'c2-server', done: true }],
    });
    expect(runs['mako-travels']?.effects).toEqual([
      { kind: 'moveSuspect', suspect: 'mako', to: 'sendara', done: true },
    ]);
    expect(runs['portal-down']?.effects).toEqual([
      { kind: 'revealFact', fact: 'portal-attack', countries: ['ostmere'] },
    ]);
    // Overtaken: in the fraud ring the bots' game has already settled Ledger's fate by day 18: his flight moves nobody.
    const ring = await bundled('fraud-ring');
    const flight = injectRuns(ring, simulate(ring).events).find((run) => run.inject === 'ledger-travels');
    expect(flight?.effects).toEqual([
      { kind: 'moveSuspect', suspect: 'ledger', to: 'tarsenia', done: false },
    ]);
  });
});

describe("each team's load", () => {
  it('counts commands per team and finds the longest idle stretch while objectives were open', async () => {
    const tutorial = await bundled('tutorial');
    const simulation = simulate(tutorial);
    const loads = teamLoad(tutorial, simulation);
    expect(loads.map((load) => load.country)).toEqual(Object.keys(tutorial.countries));
    for (const load of loads) {
      const given = simulation.commands.filter((command) => command.country === load.country);
      expect(load.commands + load.rejected).toBe(given.length);
      expect(load.longestIdle?.to).toBeGreaterThan(load.longestIdle?.from ?? Number.POSITIVE_INFINITY);
    }
  });

  it('shows a team that never acts idle from the start', async () => {
    const tutorial = await bundled('tutorial');
    const simulation = simulate(tutorial);
    const silent = {
      ...simulation,
      commands: simulation.commands.filter((command) => command.country !== 'borealis'),
    };
    const load = teamLoad(tutorial, silent).find((found) => found.country === 'borealis');
    expect(load?.commands).toBe(0);
    expect(load?.longestIdle?.from).toBe(0);
  });
});

describe('why an objective was missed', () => {
  it('says it became true only after its deadline', async () => {
    const tutorial = await bundled('tutorial');
    const late = { ...tutorial, objectives: { ...tutorial.objectives } };
    const preserve = late.objectives['preserve-logs'];
    if (!preserve) throw new Error('the tutorial has preserve-logs');
    late.objectives['preserve-logs'] = { ...preserve, deadline: 60 };
    const { state, commands } = simulate(late);
    const causes = whyNotMet(createContext(late), state, commands, preserve.when);
    expect(causes).toEqual([{ kind: 'late', at: expect.any(Number) }]);
    expect(causes[0]?.kind === 'late' && causes[0].at).toBeGreaterThan(60);
    expect(state.objectives['preserve-logs']?.missedAt).toBe(61);
  });

  it('says a time window never opened when what it starts from never happened', async () => {
    const tutorial = await bundled('tutorial');
    const { state, commands } = simulate(tutorial);
    const condition = { evidenceObtained: 'hosting-logs', within: 60, of: { suspectSurrendered: 'kite' } };
    expect(whyNotMet(createContext(tutorial), state, commands, condition)).toEqual([
      {
        kind: 'window',
        condition: { evidenceObtained: 'hosting-logs' },
        opened: null,
        within: 60,
        causes: [{ kind: 'not-met', condition: { suspectSurrendered: 'kite' }, causes: expect.any(Array) }],
      },
    ]);
  });

  it('names a request that had not delivered by its kind, countries and time, never by its id', async () => {
    const tutorial = await bundled('tutorial');
    const { events, commands } = simulate(tutorial);
    // The game as it was when Aldoria had just sent its request for the logs.
    const sent = events.findIndex(
      (event) => event.type === 'RequestSent' && event.request.kind === 'stored-data',
    );
    const state = createEngine(tutorial).replay(events.slice(0, sent + 1));
    const condition = { evidenceObtained: 'hosting-logs', by: 'aldoria' };
    const causes = whyNotMet(createContext(tutorial), state, commands, condition);
    expect(causes).toEqual([
      {
        kind: 'not-met',
        condition: { evidenceObtained: 'hosting-logs', by: 'aldoria' },
        causes: expect.arrayContaining([
          {
            kind: 'request',
            requestKind: 'stored-data',
            from: 'aldoria',
            to: 'borealis',
            status: 'in-transit',
            ground: null,
            sentAt: state.now,
            dueAt: null,
          },
        ]),
      },
    ]);
    expect(JSON.stringify(causes)).not.toMatch(/req-\d/);
  });

  it('names the thing a not excluded, and when it happened', async () => {
    const tutorial = await bundled('tutorial');
    const { state, commands } = simulate(tutorial);
    const arrested = state.suspects.kite?.arrestedAt.aldoria;
    expect(whyNotMet(createContext(tutorial), state, commands, { not: { suspectArrested: 'kite' } })).toEqual(
      [{ kind: 'happened', condition: { suspectArrested: 'kite' }, at: arrested }],
    );
  });
});
