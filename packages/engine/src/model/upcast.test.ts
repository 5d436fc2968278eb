import { EN, translate } from '@crossborder/i18n';
import { describe, expect, it } from 'vitest';
import { bundled, DAY } from '../../test/support.js';
import { describeEvent } from '../assess/describe.js';
import { createEngine, type Engine } from '../engine.js';
import { simulate } from '../simulate.js';
import type { Event } from './events.js';
import type { Preservation, State } from './state.js';
import { EVENT_SCHEMA, upcast } from './upcast.js';

const tutorial = await bundled('tutorial');
const engine = createEngine(tutorial);

/** An event as a log of schema 1 may hold it: any shape. */
type Old = Record<string, unknown> & { type: string; at: number };

/**
 * `evolve` as it was before logs were upcast: a `PreservationReleased` or `PreservationEnded`
 * without `by` applied to every preservation of the evidence (`event.by ?? by`). Other events go to
 * today's `evolve`.
 */
function evolveAsBefore(on: Engine, state: State, old: Old): void {
  const legacy = (old.type === 'PreservationReleased' || old.type === 'PreservationEnded') && !('by' in old);
  if (!legacy) {
    on.evolve(state, old as unknown as Event);
    return;
  }
  const id = old.evidenceId as string;
  const found = state.evidence[id];
  if (found) {
    const item = structuredClone(found);
    if (old.type === 'PreservationReleased') {
      for (const preservation of Object.values(item.preservations))
        if (preservation.until === null) preservation.until = old.until as number;
    } else {
      const ended = ({ until }: Preservation) => until !== null && until <= old.at;
      item.preservations = Object.fromEntries(
        Object.entries(item.preservations).filter(([, preservation]) => !ended(preservation)),
      );
    }
    state.evidence[id] = item;
  }
  state.seq += 1;
  if (old.at > state.now) state.now = old.at;
}

function replayAsBefore(on: Engine, log: readonly Old[]): State {
  const state = on.initialState();
  for (const old of log) evolveAsBefore(on, state, old);
  return state;
}

/** The state but its event count, which upcasting changes (one old event may become several). */
const withoutSeq = (state: State) => JSON.stringify({ ...state, seq: 0 });

const preserved = (by: string, evidenceId: string, since: number, until: number | null): Old => ({
  type: 'EvidencePreserved',
  at: since,
  visibleTo: [by],
  evidenceId,
  preservation: { by, via: { kind: 'measure', measure: `measure-${since}` }, since, until },
});

const ALDORIA_UNTIL = 2 * DAY;
const RELEASED = 3 * DAY;
const SECOND_UNTIL = 9 * DAY;

/**
 * A log of schema 1: preservations of one piece of evidence by two countries, ended and released
 * by events that name no country, beside an event of the newer shape and an end of evidence that
 * nobody preserved.
 */
const OLD_LOG: Old[] = [
  preserved('aldoria', 'hosting-logs', 60, ALDORIA_UNTIL),
  // Borealis's awaits a follow-up request: it runs until that is decided.
  preserved('borealis', 'hosting-logs', 120, null),
  preserved('aldoria', 'fraud-reports', 180, DAY),
  // Ends Aldoria's, which is due, and not Borealis's, which is held.
  { type: 'PreservationEnded', at: ALDORIA_UNTIL, visibleTo: ['aldoria'], evidenceId: 'hosting-logs' },
  // Nobody preserved the laptop: nothing to end.
  { type: 'PreservationEnded', at: ALDORIA_UNTIL, visibleTo: ['aldoria'], evidenceId: 'kite-laptop' },
  // Releases Borealis's (Aldoria has none left).
  {
    type: 'PreservationReleased',
    at: RELEASED,
    visibleTo: ['borealis'],
    evidenceId: 'hosting-logs',
    until: RELEASED,
  },
  // Aldoria preserves the logs again, beyond Borealis's end.
  preserved('aldoria', 'hosting-logs', RELEASED + 60, SECOND_UNTIL),
  // Ends Borealis's, not Aldoria's new one.
  { type: 'PreservationEnded', at: RELEASED + 120, visibleTo: ['borealis'], evidenceId: 'hosting-logs' },
  // Of the newer shape already: whose it is.
  {
    type: 'PreservationEnded',
    at: DAY + 240,
    visibleTo: ['aldoria'],
    evidenceId: 'fraud-reports',
    by: 'aldoria',
  },
  { type: 'SessionEnded', at: 10 * DAY, visibleTo: ['aldoria', 'borealis'] },
];

describe('upcasting a log of schema 1', () => {
  it('gives each preservation event without `by` one event per country that had preserved the evidence', () => {
    const events = upcast(OLD_LOG, 1);
    const ends = events.flatMap((event) =>
      event.type === 'PreservationEnded' || event.type === 'PreservationReleased'
        ? [[event.type, event.evidenceId, event.by, event.at]]
        : [],
    );
    expect(ends).toEqual([
      ['PreservationEnded', 'hosting-logs', 'aldoria', ALDORIA_UNTIL],
      ['PreservationEnded', 'hosting-logs', 'borealis', ALDORIA_UNTIL],
      ['PreservationReleased', 'hosting-logs', 'aldoria', RELEASED],
      ['PreservationReleased', 'hosting-logs', 'borealis', RELEASED],
      ['PreservationEnded', 'hosting-logs', 'aldoria', RELEASED + 120],
      ['PreservationEnded', 'hosting-logs', 'borealis', RELEASED + 120],
      ['PreservationEnded', 'fraud-reports', 'aldoria', DAY + 240],
    ]);
    // Everything else as it was, in order; the end of what nobody preserved is gone.
    expect(events.filter((event) => !event.type.startsWith('Preservation'))).toEqual(
      OLD_LOG.filter((old) => !old.type.startsWith('Preservation')),
    );
    expect(events).toHaveLength(OLD_LOG.length - 5 + 7);
  });

  it('replays to the very state the old events gave, at every point of the log', () => {
    for (let length = 1; length <= OLD_LOG.length; length++) {
      const prefix = OLD_LOG.slice(0, length);
      const before = replayAsBefore(engine, prefix);
      const events = upcast(prefix, 1);
      const after = engine.replay(events);
      expect(withoutSeq(after), `after ${length} old events`).toBe(withoutSeq(before));
      expect(after.seq).toBe(events.length);
    }
    // And what that state is, written by hand.
    const state = engine.replay(upcast(OLD_LOG, 1));
    expect(state.evidence['hosting-logs']?.preservations).toEqual({
      aldoria: {
        by: 'aldoria',
        via: { kind: 'measure', measure: `measure-${RELEASED + 60}` },
        since: RELEASED + 60,
        until: SECOND_UNTIL,
      },
    });
    expect(state.evidence['fraud-reports']?.preservations).toEqual({});
    const halfway = engine.replay(upcast(OLD_LOG.slice(0, 4), 1));
    expect(halfway.evidence['hosting-logs']?.preservations).toEqual({
      borealis: {
        by: 'borealis',
        via: { kind: 'measure', measure: 'measure-120' },
        since: 120,
        until: null,
      },
    });
  });

  it('replays a whole game whose preservation events name no country as the old events did', async () => {
    const scenario = await bundled('ransomware');
    const played = createEngine(scenario);
    const { events } = simulate(scenario);
    // As a log of schema 1 wrote them.
    const old = events.map((event): Old => {
      if (event.type !== 'PreservationEnded' && event.type !== 'PreservationReleased') return { ...event };
      const { by: _by, ...unnamed } = event;
      return unnamed;
    });
    expect(old.filter((event) => event.type === 'PreservationEnded').length).toBeGreaterThan(0);
    const upcasted = upcast(old, 1);
    expect(upcasted.length).toBeGreaterThanOrEqual(old.length);
    expect(withoutSeq(played.replay(upcasted))).toBe(withoutSeq(replayAsBefore(played, old)));
  });

  it('says a violation recorded as English text by a key of its own, and drops the text', () => {
    const message = 'Request req-4 does not state the summary of facts.';
    const violation = {
      id: 'viol-5',
      ruleId: 'mla.contents.summary-of-facts',
      country: 'aldoria',
      at: 600,
      message,
      penalty: 2,
      refs: { request: 'req-4' },
    };
    const line = { key: 'violation.missing-content', params: { request: 'req-4', item: 'the facts' } };
    const [asText, withLine] = upcast(
      [
        { type: 'ViolationRecorded', at: 600, visibleTo: ['aldoria'], violation },
        { type: 'ViolationRecorded', at: 600, visibleTo: ['aldoria'], violation: { ...violation, line } },
      ],
      1,
    );
    if (asText?.type !== 'ViolationRecorded' || withLine?.type !== 'ViolationRecorded')
      throw new Error('two violations');
    const { message: _message, ...rest } = violation;
    expect(asText.violation).toEqual({
      ...rest,
      line: { key: 'violation.as-recorded', params: { text: message } },
    });
    expect(translate(EN, EN, asText.violation.line.key, asText.violation.line.params)).toBe(message);
    expect(withLine.violation).toEqual({ ...rest, line });
    expect(describeEvent(engine.ctx, asText)).toEqual({
      key: 'violation.as-recorded',
      params: { text: message },
    });
    const state = engine.replay([asText]);
    expect(state.violations['viol-5']).not.toHaveProperty('message');
  });
});

describe('upcasting', () => {
  it('leaves a log of today’s schema as it is', () => {
    const { events } = simulate(tutorial);
    const read = upcast(events, EVENT_SCHEMA);
    expect(read).toEqual(events);
    expect(read.every((event, index) => event === events[index])).toBe(true);
  });

  it('refuses a log of a schema it does not know, saying why', () => {
    expect(() => upcast([], EVENT_SCHEMA + 1)).toThrow(/newer version of Crossborder \(event schema 5/);
    expect(() => upcast([], 0)).toThrow(/unknown event schema 0/);
  });
});

describe('schema 2 to 3: the regime of a request', () => {
  it('a request sent before treaties existed went under the convention between parties, under no rule otherwise', () => {
    const { events } = simulate(tutorial);
    const sent = events.filter((event) => event.type === 'RequestSent');
    expect(sent.length).toBeGreaterThan(0);
    // As schema 2 wrote them: no regime on the request; one sent to a State outside the convention.
    const old = events.map((event) => {
      if (event.type !== 'RequestSent') return event;
      const { governedBy: _governedBy, ...request } = event.request;
      return { ...event, request };
    });
    const outside = old.findIndex((event) => event.type === 'RequestSent');
    const first = old[outside];
    if (first?.type !== 'RequestSent') throw new Error('no request');
    old[outside] = { ...first, request: { ...first.request, underConvention: false } } as Event;
    const read = upcast(old, 2);
    const regimes = read.flatMap((event) => (event.type === 'RequestSent' ? [event.request.governedBy] : []));
    expect(regimes[0]).toEqual({ regime: 'none', treaty: null, reason: 'none' });
    expect(regimes.slice(1)).toEqual(
      regimes.slice(1).map(() => ({ regime: 'convention', treaty: null, reason: 'convention' })),
    );
    // Today's replay of the rewritten log is the replay of the log as written today.
    expect(
      JSON.stringify(
        engine.replay(
          upcast(
            events.map((event) => event),
            2,
          ),
        ),
      ),
    ).toBe(JSON.stringify(engine.replay(events)));
  });

  it('a log of schema 1 passes through both steps', () => {
    const { events } = simulate(tutorial);
    const old = events.map((event) => {
      if (event.type !== 'RequestSent') return event;
      const { governedBy: _governedBy, ...request } = event.request;
      return { ...event, request };
    });
    const read = upcast(old, 1);
    expect(
      read.filter((event) => event.type === 'RequestSent').every((event) => 'governedBy' in event.request),
    ).toBe(true);
  });
});

describe('schema 3 to 4: who authorised an execution, and confidential measures', () => {
  it('an execution logged before named no authority; a measure was never confidential', () => {
    const { events } = simulate(tutorial);
    // As schema 3 wrote them: no authority on a request or its execution, no confidentiality on a measure.
    const old = events.map((event): Event => {
      if (event.type === 'RequestSent') {
        const { executionAuthorisedBy: _by, ...request } = event.request;
        return { ...event, request } as Event;
      }
      if (event.type === 'ExecutionStarted') {
        const { authorisedBy: _by, ...rest } = event;
        return rest as Event;
      }
      if (event.type === 'MeasureTaken') {
        const { confidential: _confidential, ...measure } = event.measure;
        return { ...event, measure } as Event;
      }
      return event;
    });
    expect(old.some((event) => event.type === 'ExecutionStarted')).toBe(true);
    const read = upcast(old, 3);
    for (const event of read) {
      if (event.type === 'RequestSent') expect(event.request.executionAuthorisedBy).toBeNull();
      if (event.type === 'ExecutionStarted') expect(event.authorisedBy).toBeNull();
      if (event.type === 'MeasureTaken') expect(event.measure.confidential).toBe(false);
    }
    const state = engine.replay(read);
    expect(Object.values(state.requests).every((request) => request.status !== undefined)).toBe(true);
    expect(
      describeEvent(engine.ctx, read.find((event) => event.type === 'ExecutionStarted') as Event)?.key,
    ).toBe('log.execution-started');
  });
});
