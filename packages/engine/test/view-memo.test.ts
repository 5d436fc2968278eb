import type { Condition, Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import {
  advance,
  type CountryView,
  cloneState,
  conditionHolds,
  createEngine,
  type Event,
  evolve,
  type Request,
  requestDefaults,
  type State,
} from '../src/index.js';
import { bundled } from './support.js';

/**
 * Parts of a view are kept between changes and rebuilt only after a collection they are built
 * from changed (util/kept.ts). Each change here touches a collection, or a scalar of the state,
 * that a kept part reads besides its own: a part whose key forgot it would stay stale. Every view
 * is computed before the change, so that there is something kept to go stale.
 */
const source = { kind: 'start' } as const;

async function ransomware() {
  const engine = createEngine(await bundled('ransomware'));
  const state = engine.initialState();
  const [viewer = '', other = ''] = engine.ctx.countries;
  const views = () => engine.ctx.countries.map((country) => engine.view(state, country) as CountryView);
  /** Applies the event; then every view must equal one built from a fresh copy of the state. */
  const apply = (event: Event) => {
    views();
    evolve(state, event);
    const fresh = cloneState(state);
    for (const country of engine.ctx.countries)
      expect(engine.view(state, country), `${country}'s view`).toEqual(engine.view(fresh, country));
    return engine.view(state, viewer) as CountryView;
  };
  return { engine, state, viewer, other, views, apply };
}

describe('kept parts of views', () => {
  it('a device is shown where its holder is, once the viewer locates the holder (evidence reads suspects)', async () => {
    const { viewer, other, apply } = await ransomware();
    const before = apply({
      type: 'EvidenceDiscovered',
      at: 1,
      visibleTo: [viewer],
      evidenceId: 'quillon-laptop',
      country: viewer,
      source,
    });
    expect(before.evidence['quillon-laptop']?.country).toBeNull();
    const after = apply({
      type: 'SuspectLocated',
      at: 2,
      visibleTo: [viewer],
      suspectId: 'quillon',
      country: viewer,
      location: other,
      source,
    });
    expect(after.evidence['quillon-laptop']?.country).toBe(other);
  });

  it("another's prosecution shows once the viewer knows who the suspect is (prosecutions read suspects)", async () => {
    const { viewer, other, apply } = await ransomware();
    const hidden = apply({
      type: 'ProsecutionOpened',
      at: 1,
      visibleTo: [other],
      prosecution: {
        id: 'pros-1',
        country: other,
        suspect: 'quillon',
        caseId: 'case-1',
        evidence: [],
        reasoning: 'Secret reasoning',
        at: 1,
        onRequest: null,
      },
    });
    expect(hidden.prosecutions['pros-1']).toBeUndefined();
    const shown = apply({
      type: 'SuspectIdentified',
      at: 2,
      visibleTo: [viewer],
      suspectId: 'quillon',
      country: viewer,
      source,
    });
    expect(shown.prosecutions['pros-1']).toMatchObject({ country: other, reasoning: '', evidence: [] });
  });

  it("an award changes the country's score (the base and the score read awards)", async () => {
    const { viewer, apply } = await ransomware();
    const after = apply({
      type: 'PointsAwarded',
      at: 1,
      visibleTo: [viewer],
      awardId: 'award-1',
      award: { country: viewer, criterion: 'reasoning', level: 3, points: 7, feedback: 'Good', at: 1 },
    });
    expect(after.score.rubric).toBe(7);
  });

  it('a declared emergency shows in every base (a scalar of the state, not a collection)', async () => {
    const { engine, apply } = await ransomware();
    const after = apply({ type: 'EmergencyDeclared', at: 1, visibleTo: [...engine.ctx.countries] });
    expect(after.emergency).toBe(true);
  });

  it('an unchanged part is the very object of the previous view', async () => {
    const { viewer, state, engine } = await ransomware();
    const before = engine.view(state, viewer) as CountryView;
    evolve(state, {
      type: 'SuspectLocated',
      at: 2,
      visibleTo: [viewer],
      suspectId: 'quillon',
      country: viewer,
      location: viewer,
      source,
    });
    const after = engine.view(state, viewer) as CountryView;
    expect(after.facts).toBe(before.facts);
    expect(after.assets).toBe(before.assets);
    expect(after.suspects).not.toBe(before.suspects);
  });

  it('two countries are never given the same kept base, even if they share a scenario object', async () => {
    const scenario = await bundled('ransomware');
    const [first = '', second = ''] = Object.keys(scenario.countries);
    const shared: Scenario = {
      ...scenario,
      countries: {
        ...scenario.countries,
        [second]: scenario.countries[first] as Scenario['countries'][string],
      },
    };
    const engine = createEngine(shared);
    const state = engine.initialState();
    expect((engine.view(state, first) as CountryView).viewer).toBe(first);
    expect((engine.view(state, second) as CountryView).viewer).toBe(second);
  });
});

/** A request as `RequestSent` carries it. */
const request = (id: string, from: string, to: string, at: number, receivedAt: number): Request => ({
  ...requestDefaults(),
  id,
  kind: 'mla',
  from,
  to,
  caseId: 'case-1',
  offence: 'san-aurelio-attack',
  channel: 'central-authority',
  language: 'en',
  subject: { evidence: [], suspect: null, asset: null },
  contents: {},
  missing: [],
  urgent: false,
  confirmInWritingBy: null,
  emergency: false,
  confidential: false,
  suggestedDeadline: null,
  deadlineReason: '',
  underConvention: true,
  governedBy: { regime: 'convention', treaty: null, reason: 'convention' },
  sentAt: at,
  receivedAt,
  status: 'in-transit',
  statusAt: at,
});

describe('the index of requests with something due (advance/request-dues.ts)', () => {
  it('deals with requests due in the same minute in the order of the record, however the index learnt of them', async () => {
    const { engine, state, viewer, other } = await ransomware();
    const sent = (item: Request): Event => ({
      type: 'RequestSent',
      at: item.sentAt,
      visibleTo: [item.from],
      request: item,
    });
    // req-1 arrives first and waits; req-2 is then in transit, due at minute 100; only then does
    // req-1 start executing, due at minute 100 too. The index learnt of req-2 first.
    evolve(state, sent(request('req-1', viewer, other, 0, 5)));
    evolve(state, { type: 'RequestReceived', at: 5, visibleTo: [viewer, other], requestId: 'req-1' });
    expect(engine.nextDue(state)).not.toBe(100);
    evolve(state, sent(request('req-2', viewer, other, 6, 100)));
    expect(engine.nextDue(state)).toBe(100);
    evolve(state, {
      type: 'ExecutionStarted',
      at: 7,
      visibleTo: [viewer, other],
      requestId: 'req-1',
      dueAt: 100,
      partOnly: null,
      authorisedBy: null,
    });
    const order = (of: State) => {
      const events = advance(engine.ctx, of, 100);
      return events.map((event) => ('requestId' in event ? event.requestId : event.type));
    };
    const live = order(state);
    expect(live[0], 'the first request of the record is dealt with first').toBe('req-1');
    expect(live).toEqual(order(cloneState(state)));
  });
  it('is rebuilt from the whole record when it last looked too many changes ago', async () => {
    const { engine, state, viewer, other } = await ransomware();
    const sent = (item: Request): Event => ({
      type: 'RequestSent',
      at: item.sentAt,
      visibleTo: [item.from],
      request: item,
    });
    evolve(state, sent(request('req-1', viewer, other, 0, 50)));
    expect(engine.nextDue(state)).toBe(50);
    // More changes than the change feed keeps (model/changes.ts) before the next look.
    for (let index = 2; index <= 2200; index++)
      evolve(state, sent(request(`req-${index}`, viewer, other, 1, index === 2200 ? 20 : 9000)));
    expect(engine.nextDue(state)).toBe(20);
    expect(engine.nextDue(state)).toBe(engine.nextDue(cloneState(state)));
  });
});

describe('kept conditions (conditions.ts)', () => {
  it('are looked at again once the collection they read changes', async () => {
    const { engine, state, viewer, other } = await ransomware();
    const sentMla = { requestSent: 'mla' } as Condition;
    const identified = { suspectIdentified: 'quillon', by: viewer } as Condition;
    expect(conditionHolds(engine.ctx, state, sentMla)).toBe(false);
    expect(conditionHolds(engine.ctx, state, identified)).toBe(false);
    evolve(state, {
      type: 'RequestSent',
      at: 1,
      visibleTo: [viewer],
      request: request('req-1', viewer, other, 1, 50),
    });
    expect(conditionHolds(engine.ctx, state, sentMla)).toBe(true);
    expect(conditionHolds(engine.ctx, state, identified)).toBe(false);
    evolve(state, {
      type: 'SuspectIdentified',
      at: 2,
      visibleTo: [viewer],
      suspectId: 'quillon',
      country: viewer,
      source,
    });
    expect(conditionHolds(engine.ctx, state, identified)).toBe(true);
  });
});
