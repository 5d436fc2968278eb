import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundled } from '../test/support.js';
import { commandKey } from './bots/index.js';
import { type Simulation, seeded, simulate } from './simulate.js';

describe('the simulator', () => {
  it('plays the same game from the same seed, and records every command', async () => {
    const tutorial = await bundled('tutorial');
    const first = simulate(tutorial, { seed: 7 });
    const again = simulate(tutorial, { seed: 7 });
    expect(again.events).toEqual(first.events);
    expect(first.commands.length).toBeGreaterThan(0);
    expect(first.commands.filter((command) => command.rejection !== null)).toHaveLength(
      first.rejections.length,
    );
  });

  it('varies the play between seeds through the bots, not the engine: order and thinking time', async () => {
    const tutorial = await bundled('tutorial');
    const plain = simulate(tutorial);
    const seeds = [1, 2, 3].map((seed) => simulate(tutorial, { seed, thinkMinutes: 12 * 60 }));
    // Thinking takes time: a bot never decides twice within its thinking time... and so the
    // games differ from the plain run, each won all the same.
    for (const run of seeds) {
      expect(run.won).toBe(true);
      expect(run.events).not.toEqual(plain.events);
    }
    const times = seeds.map((run) => run.state.objectives['preserve-logs']?.metAt);
    expect(new Set(times).size).toBeGreaterThan(1);
  });

  it('with seed 0 is the plain run: fixed order, no thinking time', async () => {
    const tutorial = await bundled('tutorial');
    expect(simulate(tutorial, { seed: 0, thinkMinutes: 600 }).events).toEqual(simulate(tutorial).events);
  });

  it('draws from a seeded generator that repeats exactly', () => {
    const a = seeded(42);
    const b = seeded(42);
    const drawn = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(drawn);
    for (const value of drawn) expect(value >= 0 && value < 1).toBe(true);
    expect(seeded(43)()).not.toBe(drawn[0]);
  });
});

/** Every scenario bundled with the game, by name. */
const BUNDLED = readdirSync(fileURLToPath(new URL('../../../scenarios/', import.meta.url)))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));

/** Commands that ask for or do something once: cases, claims, consultations, agreements, requests, measures, prosecutions. */
const ONCE = new Set([
  'openCase',
  'claimJurisdiction',
  'openConsultation',
  'proposeAgreement',
  'sendRequest',
  'requestProsecution',
  'takeMeasure',
  'openProsecution',
]);

/** What a country said twice in a run: `country: command` for each repeat, in order. */
function repeats(run: Simulation): string[] {
  const accepted = new Set<string>();
  const rejected = new Set<string>();
  const given = new Map<string, Set<string>>();
  const found: string[] = [];
  for (const { country, command, rejection } of run.commands) {
    const key = `${country}: ${commandKey(command)}`;
    // Tried again after the rules rejected it: it would be rejected again.
    if (rejected.has(key)) found.push(`retried ${key}`);
    if (rejection) {
      rejected.add(key);
      continue;
    }
    if (ONCE.has(command.type)) {
      if (accepted.has(key)) found.push(key);
      accepted.add(key);
    }
    // One prosecution of a person per State: it answers every State that asked for it (Art. 37).
    if (command.type === 'openProsecution') {
      const person = `${country}: prosecution of ${command.suspect}`;
      if (accepted.has(person)) found.push(`${person} opened again`);
      accepted.add(person);
    }
    if (command.type === 'shareInformation') {
      const items = given.get(`${country} ${command.to}`) ?? new Set<string>();
      for (const id of [...command.facts, ...command.evidence, ...(command.suspects ?? [])]) {
        if (items.has(id)) found.push(`${country}: ${id} shared again with ${command.to}`);
        items.add(id);
      }
      given.set(`${country} ${command.to}`, items);
    }
  }
  return found;
}

/** Prosecutions asked of a State that already prosecutes the person (Art. 37): `country: suspect`. */
function needlessProsecutionRequests(run: Simulation): string[] {
  const prosecuting = new Set<string>();
  const found: string[] = [];
  for (const { country, command, rejection } of run.commands) {
    if (rejection) continue;
    if (command.type === 'openProsecution') prosecuting.add(`${country} ${command.suspect}`);
    if (command.type === 'requestProsecution') {
      const request = run.state.requests[command.requestId];
      if (prosecuting.has(`${request?.to} ${request?.subject.suspect}`))
        found.push(`${country}: ${request?.subject.suspect}`);
    }
  }
  return found;
}

describe('bots never repeat themselves', () => {
  // The rule: a bot never has the same case, claim, consultation, proposal, request, measure or
  // prosecution accepted twice (same command key: what it asks, whatever the wording), never
  // shares an item again with a partner it gave it to, and never retries a command the rules
  // rejected. Nor does a State open a second prosecution of a person it already prosecutes: one
  // answers every State that asked for it (Art. 37). Nor does it ask a State to prosecute a person that State already prosecutes.
  it.each(BUNDLED)('in %s, in the plain run and three seeded runs', async (name) => {
    const scenario = await bundled(name);
    for (const seed of [0, 1, 2, 3]) {
      const run = simulate(scenario, { seed });
      const found = repeats(run);
      expect({ seed, repeats: found.length, first: found.slice(0, 3) }).toEqual({
        seed,
        repeats: 0,
        first: [],
      });
      expect({ seed, needless: needlessProsecutionRequests(run) }).toEqual({ seed, needless: [] });
    }
  });
});
