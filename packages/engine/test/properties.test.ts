import type { Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
  type CountryView,
  cloneState,
  type Engine,
  type Event,
  type State,
} from '../src/index.js';
import { play, randomPlays, type Step, type Watch } from './random-play.js';

/**
 * Random play (random-play.ts): whatever happens, the engine keeps its invariants, replays
 * exactly, and never lets a country see what it may not know. What views show after each step
 * is checked beside the views' stream (src/view/stream.test.ts).
 */

/**
 * After each batch of events: entities are replaced, never changed in place, and every
 * replacement is noted in the batch's changes; and the index of requests with something due is
 * kept up to date, not rebuilt: it agrees with one built from a fresh copy of the state.
 */
const noted: Watch = (engine: Engine, state: State) => {
  // Shallow copies of the records: the entities as they were, by identity.
  const before = COLLECTIONS.map((collection): Record<string, object> => ({ ...state[collection] }));
  return (_events, changes) => {
    COLLECTIONS.forEach((collection, index) => {
      for (const [id, entity] of Object.entries(state[collection])) {
        if (before[index]?.[id] !== entity)
          expect(changes.get(collection)?.has(id), `${collection}/${id} changed unnoted`).toBe(true);
      }
    });
    expect(engine.nextDue(state), 'next due time').toBe(engine.nextDue(cloneState(state)));
  };
};

/** How often the invariants below that need a rare state found one (asserted at the end). */
const checked = { frozenFunds: 0, surrenderedSuspects: 0 };

function invariants(state: State, log: readonly Event[]): void {
  let previous = 0;
  for (const event of log) {
    expect(event.at, `${event.type} goes forward in time`).toBeGreaterThanOrEqual(previous);
    previous = event.at;
  }
  const ids = [
    ...Object.keys(state.cases),
    ...Object.keys(state.requests),
    ...Object.keys(state.violations),
    ...Object.keys(state.consultations),
  ];
  for (const id of ids) expect(Number(id.split('-').pop())).toBeLessThan(state.nextNumber);
  for (const item of Object.values(state.evidence)) {
    if (item.status === 'lost') expect(item.preservations).toEqual({});
  }
  for (const [id, asset] of Object.entries(state.assets)) {
    if (asset.frozen) {
      checked.frozenFunds += 1;
      const movedAfter = log.some(
        (event) => event.type === 'AssetMoved' && event.assetId === id && event.at > (asset.frozen?.at ?? 0),
      );
      expect(movedAfter, 'frozen funds never move').toBe(false);
    }
  }
  for (const suspect of Object.values(state.suspects)) {
    if (suspect.surrenderedTo && suspect.custody?.by === suspect.surrenderedTo) {
      checked.surrenderedSuspects += 1;
      expect(suspect.location, 'a surrendered suspect is where he was surrendered').toBe(
        suspect.surrenderedTo,
      );
    }
  }
  for (const objective of Object.values(state.objectives))
    expect(objective.metAt !== null && objective.missedAt !== null).toBe(false);
  for (const request of Object.values(state.requests)) {
    if (request.status === 'executing') expect(request.dueAt).not.toBeNull();
    if (request.outcome) expect(['executed', 'partially-executed']).toContain(request.status);
  }
}

/**
 * What each country may know, computed from the log alone (not from the engine's own state):
 * the start, and every event addressed to it.
 */
function oracle(scenario: Scenario, log: readonly Event[], country: string) {
  const facts = new Set(
    Object.entries(scenario.case.facts)
      .filter(([, fact]) => fact.knownBy.includes(country))
      .map(([id]) => id),
  );
  const evidence = new Set(
    Object.entries(scenario.case.evidence)
      .filter(([, item]) => item.knownBy.includes(country))
      .map(([id]) => id),
  );
  const requests = new Set<string>();
  const consultations = new Set<string>();
  const violations = new Set<string>();
  // Whose name it knows: as declared, and from any fact it knows at the start that names him.
  const names = new Set(
    Object.entries(scenario.case.suspects)
      .filter(
        ([, suspect]) =>
          suspect.identityKnownBy.includes(country) ||
          Object.values(scenario.case.facts).some(
            (fact) => fact.knownBy.includes(country) && fact.text.includes(suspect.name),
          ),
      )
      .map(([id]) => id),
  );
  for (const event of log) {
    if (event.type === 'FactLearned' && event.country === country) facts.add(event.factId);
    if (
      (event.type === 'EvidenceDiscovered' || event.type === 'EvidenceObtained') &&
      event.country === country
    )
      evidence.add(event.evidenceId);
    // A request is the requesting State's from the start, the requested State's once it arrives.
    if (event.type === 'RequestSent' && event.request.from === country) requests.add(event.request.id);
    if (event.type === 'RequestReceived' && event.visibleTo.includes(country)) requests.add(event.requestId);
    if (event.type === 'ConsultationOpened' && event.consultation.participants.includes(country))
      consultations.add(event.consultation.id);
    if (event.type === 'ViolationRecorded' && event.violation.country === country)
      violations.add(event.violation.id);
    if (event.type === 'SuspectIdentified' && event.country === country) names.add(event.suspectId);
    if (!event.visibleTo.includes(country)) {
      const mentions = JSON.stringify(event);
      expect(
        mentions.includes(`"country":"${country}"`) && event.type.startsWith('Fact'),
        'knowledge events go to the country that learns',
      ).toBe(false);
    }
  }
  return { facts, evidence, requests, consultations, violations, names };
}

const seen = new Map<string, number>();

/** Plays the plan and checks everything: invariants, exact replay, and every country's secrets. */
function checkPlay(scenario: Scenario, bots: number, plan: Step[]): void {
  const { engine, state, log } = play(scenario, bots, plan, noted);
  for (const event of log) seen.set(event.type, (seen.get(event.type) ?? 0) + 1);
  invariants(state, log);
  expect(JSON.stringify(engine.replay(log)), 'replay equals live state').toBe(JSON.stringify(state));
  for (const country of engine.ctx.countries) {
    const view = engine.view(state, country) as CountryView;
    const allowed = oracle(scenario, log, country);
    expect(Object.keys(view.facts).sort()).toEqual([...allowed.facts].sort());
    expect(Object.keys(view.evidence).sort()).toEqual([...allowed.evidence].sort());
    expect(Object.keys(view.requests).sort()).toEqual([...allowed.requests].sort());
    expect(Object.keys(view.consultations).sort()).toEqual([...allowed.consultations].sort());
    expect(Object.keys(view.violations).sort()).toEqual([...allowed.violations].sort());
    for (const [id, suspect] of Object.entries(view.suspects)) {
      expect(suspect.name !== null, `${country} knows the name of ${id}`).toBe(allowed.names.has(id));
    }
    // Nothing secret of the scenario leaks into the view's text (what other players chose
    // to write to this country, in requests, consultations and shares, is theirs to tell).
    const { requests: _requests, consultations: _consultations, shares: _shares, ...own } = view;
    const text = JSON.stringify(own);
    for (const [id, fact] of Object.entries(scenario.case.facts)) {
      if (!allowed.facts.has(id)) expect(text.includes(fact.text), `${country} sees fact ${id}`).toBe(false);
    }
    for (const [id, suspect] of Object.entries(scenario.case.suspects)) {
      if (!allowed.names.has(id))
        expect(text.includes(suspect.name), `${country} sees the name of ${id}`).toBe(false);
    }
    // Nor the id of a request between other countries, anywhere in the view.
    const whole = JSON.stringify(view);
    for (const id of Object.keys(state.requests)) {
      if (!allowed.requests.has(id))
        expect(whole.includes(`"${id}"`), `${country} sees request ${id}`).toBe(false);
    }
  }
}

describe('random play', () => {
  randomPlays('keeps its invariants, replays exactly, and keeps secrets', checkPlay);

  it('exercised the engine: requests were sent, answered and refused, evidence obtained', () => {
    const types = [
      'RequestSent',
      'ExecutionStarted',
      'RequestRefused',
      'EvidenceObtained',
      'EvidenceLost',
      'ConsultationOpened',
      'AgreementConcluded',
      'ViolationRecorded',
      'AssetFrozen',
      'SuspectSurrendered',
    ];
    for (const type of types) {
      expect(seen.get(type) ?? 0, type).toBeGreaterThan(0);
    }
    expect(checked.frozenFunds, 'plays ended with funds frozen').toBeGreaterThan(0);
    expect(checked.surrenderedSuspects, 'plays ended with a suspect surrendered').toBeGreaterThan(0);
  });
});
