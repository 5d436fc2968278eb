import { CONDITION_KINDS, type Condition, type ConditionOf } from '@crossborder/scenario';
import { fulfils } from './law/agreements.js';
import type { Collection } from './model/changes.js';
import type { Ctx } from './model/context.js';
import type { CountryId, GameTime } from './model/ids.js';
import type { State } from './model/state.js';
import { kept, type Read } from './util/kept.js';

type Kind = (typeof CONDITION_KINDS)[number];

/** Who made a simple condition true, and when each did: the earliest time for each country. */
type Makers = Map<CountryId | null, GameTime>;

/** Marks what became true without anyone in particular having made it so. */
const ANYONE = null;

function earliest(makers: Makers, country: CountryId | null, at: GameTime): void {
  const before = makers.get(country);
  if (before === undefined || at < before) makers.set(country, at);
}

function fromRecord<T>(record: Record<CountryId, T> | undefined, at: (value: T) => GameTime): Makers {
  const makers: Makers = new Map();
  for (const country in record) earliest(makers, country, at(record[country] as T));
  return makers;
}

const nobody = (): Makers => new Map();
const anyoneAt = (at: GameTime | null | undefined): Makers =>
  at === null || at === undefined ? nobody() : new Map([[ANYONE, at]]);

/**
 * For each kind of simple condition, the one collection of the state it reads and who made it
 * true when (empty: not true), side by side so that they cannot disagree: what a condition reads
 * is what decides when it is looked at again. The times come from the state, never a clock.
 */
const READERS: Record<Kind, { reads: Collection; makers(state: State, target: string, ctx: Ctx): Makers }> = {
  evidencePreserved: {
    reads: 'evidence',
    makers: (state, id) => fromRecord(state.evidence[id]?.preservedAt, (at) => at),
  },
  evidenceObtained: {
    reads: 'evidence',
    makers: (state, id) => fromRecord(state.evidence[id]?.obtainedBy, (copy) => copy.at),
  },
  evidenceLost: {
    reads: 'evidence',
    makers: (state, id) =>
      anyoneAt(state.evidence[id]?.status === 'lost' ? (state.evidence[id]?.lostAt ?? 0) : null),
  },
  suspectIdentified: {
    reads: 'suspects',
    makers: (state, id) => fromRecord(state.suspects[id]?.identityKnownBy, (known) => known.at),
  },
  suspectLocated: {
    reads: 'suspects',
    makers: (state, id) => {
      const suspect = state.suspects[id];
      const makers: Makers = new Map();
      if (!suspect) return makers;
      for (const [country, known] of Object.entries(suspect.locationKnownBy))
        if (known.location === suspect.location) earliest(makers, country, known.at);
      return makers;
    },
  },
  suspectArrested: {
    reads: 'suspects',
    makers: (state, id) => fromRecord(state.suspects[id]?.arrestedAt, (at) => at),
  },
  suspectSurrendered: {
    reads: 'suspects',
    makers: (state, id) => {
      const suspect = state.suspects[id];
      return suspect?.surrenderedTo
        ? new Map([[suspect.surrenderedTo, suspect.surrenderedAt ?? 0]])
        : nobody();
    },
  },
  prosecutionOpened: {
    reads: 'prosecutions',
    makers: (state, suspect) => {
      const makers: Makers = new Map();
      for (const prosecution of Object.values(state.prosecutions))
        if (prosecution.suspect === suspect) earliest(makers, prosecution.country, prosecution.at);
      return makers;
    },
  },
  assetFrozen: {
    reads: 'assets',
    makers: (state, id) => {
      const frozen = state.assets[id]?.frozen;
      return frozen ? new Map([[frozen.by, frozen.at]]) : nobody();
    },
  },
  assetMoved: {
    reads: 'assets',
    makers: (state, id) => anyoneAt(state.assets[id]?.movedAt[0]),
  },
  agreementReached: {
    reads: 'agreements',
    makers: (state, kind) => {
      const makers: Makers = new Map();
      for (const agreement of Object.values(state.agreements)) {
        if (agreement.kind !== kind || agreement.concludedAt === null) continue;
        for (const party of agreement.parties) earliest(makers, party, agreement.concludedAt);
      }
      return makers;
    },
  },
  agreementSigned: {
    reads: 'agreements',
    makers: (state, planId, ctx) => {
      const makers: Makers = new Map();
      const plan = ctx.scenario.case.agreements[planId];
      if (!plan) return makers;
      for (const agreement of Object.values(state.agreements)) {
        if (agreement.concludedAt === null || !fulfils(plan, agreement)) continue;
        for (const party of agreement.parties) earliest(makers, party, agreement.concludedAt);
      }
      return makers;
    },
  },
  requestSent: {
    reads: 'requests',
    makers: (state, kind) => {
      // A loop, not filter and map: requests are the largest collection.
      const makers: Makers = new Map();
      for (const id in state.requests) {
        const request = state.requests[id];
        if (request?.kind === kind) earliest(makers, request.from, request.sentAt);
      }
      return makers;
    },
  },
  suspectTippedOff: {
    reads: 'suspects',
    makers: (state, id) => {
      const tipOff = state.suspects[id]?.tippedOff;
      return tipOff ? new Map([[tipOff.by, tipOff.at]]) : nobody();
    },
  },
  informationShared: {
    reads: 'shares',
    makers: (state, recipient) => {
      // The makers are the countries that shared: `by` narrows the condition to one of them.
      const makers: Makers = new Map();
      for (const share of Object.values(state.shares))
        if (share.to === recipient) earliest(makers, share.from, share.at);
      return makers;
    },
  },
  injectFired: {
    reads: 'injects',
    makers: (state, id) =>
      anyoneAt(state.injects[id]?.status === 'fired' ? (state.injects[id]?.firedAt ?? 0) : null),
  },
};

/**
 * What a condition is at a game time, with when it became so. Three values, because a time
 * window that is still open is neither: `unknown` until it closes (or until its starting
 * condition happens), so that `not` over it waits for the window instead of firing at once.
 */
type Truth =
  | { value: true; since: GameTime }
  | { value: false; since: GameTime }
  | { value: 'unknown'; since: null };

export interface Evaluation {
  truth: Truth;
  /** The earliest later time at which the answer may change with no event: a window closing. */
  wake: GameTime | null;
}

type AnyCondition = Condition | ConditionOf<number>;

const UNKNOWN: Truth = { value: 'unknown', since: null };
const soonest = (a: GameTime | null, b: GameTime | null) =>
  a === null ? b : b === null ? a : Math.min(a, b);

/** A simple condition: true from the earliest time the country `by` (or anyone) made it true. */
function simple(ctx: Ctx, state: State, condition: AnyCondition, kind: Kind, target: string): Truth {
  const reader = READERS[kind];
  return kept(ctx, state, condition, [reader.reads], (): Truth => {
    const makers = reader.makers(state, target, ctx);
    if (condition.by !== undefined) {
      const at = makers.get(condition.by);
      return at === undefined ? { value: false, since: 0 } : { value: true, since: at };
    }
    if (makers.size === 0) return { value: false, since: 0 };
    return { value: true, since: Math.min(...makers.values()) };
  });
}

/** The condition itself, without its time window. */
function plain(ctx: Ctx, state: State, condition: AnyCondition, at: GameTime): Evaluation {
  for (const kind of CONDITION_KINDS) {
    const target = condition[kind];
    if (target !== undefined) return { truth: simple(ctx, state, condition, kind, target), wake: null };
  }
  if (condition.not) {
    const inner = evaluate(ctx, state, condition.not, at);
    const { truth } = inner;
    return {
      wake: inner.wake,
      truth: truth.value === 'unknown' ? truth : ({ value: !truth.value, since: truth.since } as Truth),
    };
  }
  const list = condition.all ?? condition.any;
  if (!list) return { truth: { value: false, since: 0 }, wake: null };
  // all: true from when the last became true, false from the first false; any: the reverse.
  const deciding = !condition.all;
  const parts = list.map((part) => evaluate(ctx, state, part, at));
  const wake = parts.reduce<GameTime | null>((found, part) => soonest(found, part.wake), null);
  const decided = parts.filter((part) => part.truth.value === deciding);
  if (decided.length > 0) {
    return {
      wake,
      truth: { value: deciding, since: Math.min(...decided.map((part) => part.truth.since ?? 0)) },
    };
  }
  if (parts.some((part) => part.truth.value === 'unknown')) return { wake, truth: UNKNOWN };
  return {
    wake,
    truth: { value: !deciding, since: Math.max(...parts.map((part) => part.truth.since ?? 0)) },
  };
}

/**
 * A condition at game time `at`. With a window (`within` of `of`): true if it became true by
 * `within` after `of` did (earlier counts too), false from the minute after without it,
 * unknown before `of` is true and while the window is open. Pure: everything comes from the
 * state and the time asked about.
 */
export function evaluate(ctx: Ctx, state: State, condition: AnyCondition, at: GameTime): Evaluation {
  const self = plain(ctx, state, condition, at);
  if (condition.of === undefined || condition.within === undefined) return self;
  const start = evaluate(ctx, state, condition.of, at);
  const wake = soonest(self.wake, start.wake);
  if (start.truth.value !== true) return { truth: UNKNOWN, wake };
  // As with deadlines, what happens in the window's last minute still counts: it is decided the
  // minute after, once everything due in that minute has been done.
  const last = start.truth.since + condition.within;
  if (self.truth.value === true && self.truth.since <= last)
    return { truth: { value: true, since: Math.max(self.truth.since, start.truth.since) }, wake };
  if (at > last) return { truth: { value: false, since: last + 1 }, wake };
  return { truth: UNKNOWN, wake: soonest(wake, last + 1) };
}

/**
 * What of the state a condition reads: the collection of each simple condition in it (see
 * READERS), and the time when it has a window (a window closes with no event).
 */
export function readsOf(condition: AnyCondition): Read[] {
  const reads = new Set<Read>();
  const walk = (inner: AnyCondition) => {
    for (const kind of CONDITION_KINDS) if (inner[kind] !== undefined) reads.add(READERS[kind].reads);
    for (const part of [...(inner.all ?? []), ...(inner.any ?? [])]) walk(part);
    if (inner.not) walk(inner.not);
    if (inner.of) walk(inner.of);
    if (inner.within !== undefined) reads.add('now');
  };
  walk(condition);
  return [...reads];
}

/**
 * Whether a scenario condition (of an inject or an objective) is true at the state's time. `by`
 * narrows a simple condition to one country. Checked after every event, for every pending
 * objective and inject: a simple condition's answer is kept until the collection it reads changes.
 */
export function conditionHolds(ctx: Ctx, state: State, condition: Condition, at = state.now): boolean {
  return evaluate(ctx, state, condition, at).truth.value === true;
}
