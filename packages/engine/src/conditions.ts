import { CONDITION_KINDS, type Condition } from '@crossborder/scenario';
import type { Collection } from './model/changes.js';
import type { Ctx } from './model/context.js';
import type { CountryId } from './model/ids.js';
import type { State } from './model/state.js';
import { kept } from './util/kept.js';

type Kind = (typeof CONDITION_KINDS)[number];

/** Marks a condition that is true without anyone in particular having made it so. */
const ANYONE: CountryId[] = [];

/**
 * For each kind of condition, the one collection of the state it reads and who made it true
 * (undefined: not true), side by side so that they cannot disagree: what a condition reads is
 * what decides when it is looked at again.
 */
const READERS: Record<
  Kind,
  { reads: Collection; who(state: State, target: string): CountryId[] | undefined }
> = {
  evidencePreserved: { reads: 'evidence', who: (state, id) => state.evidence[id]?.preservedBy },
  evidenceObtained: {
    reads: 'evidence',
    who: (state, id) => Object.keys(state.evidence[id]?.obtainedBy ?? {}),
  },
  evidenceLost: {
    reads: 'evidence',
    who: (state, id) => (state.evidence[id]?.status === 'lost' ? ANYONE : undefined),
  },
  suspectIdentified: {
    reads: 'suspects',
    who: (state, id) => Object.keys(state.suspects[id]?.identityKnownBy ?? {}),
  },
  suspectLocated: {
    reads: 'suspects',
    who: (state, id) => {
      const suspect = state.suspects[id];
      if (!suspect) return undefined;
      return Object.entries(suspect.locationKnownBy)
        .filter(([, known]) => known.location === suspect.location)
        .map(([country]) => country);
    },
  },
  suspectArrested: { reads: 'suspects', who: (state, id) => state.suspects[id]?.arrestedBy },
  suspectSurrendered: {
    reads: 'suspects',
    who: (state, id) => {
      const to = state.suspects[id]?.surrenderedTo;
      return to ? [to] : undefined;
    },
  },
  prosecutionOpened: {
    reads: 'prosecutions',
    who: (state, suspect) =>
      Object.values(state.prosecutions)
        .filter((prosecution) => prosecution.suspect === suspect)
        .map((prosecution) => prosecution.country),
  },
  assetFrozen: {
    reads: 'assets',
    who: (state, id) => {
      const frozen = state.assets[id]?.frozen;
      return frozen ? [frozen.by] : undefined;
    },
  },
  assetMoved: {
    reads: 'assets',
    who: (state, id) => ((state.assets[id]?.movedAt.length ?? 0) > 0 ? ANYONE : undefined),
  },
  agreementReached: {
    reads: 'agreements',
    who: (state, kind) =>
      Object.values(state.agreements)
        .filter((agreement) => agreement.kind === kind && agreement.concludedAt !== null)
        .flatMap((agreement) => agreement.parties),
  },
  requestSent: {
    reads: 'requests',
    who: (state, kind) => {
      // A loop, not filter and map: requests are the largest collection.
      const senders: CountryId[] = [];
      for (const id in state.requests) {
        const request = state.requests[id];
        if (request?.kind === kind && !senders.includes(request.from)) senders.push(request.from);
      }
      return senders;
    },
  },
  injectFired: {
    reads: 'injects',
    who: (state, id) => (state.injects[id]?.status === 'fired' ? ANYONE : undefined),
  },
};

/**
 * Whether a scenario condition (of an inject or an objective) is true now, and which countries
 * made it true. `by` narrows it to one country. Checked after every event, for every pending
 * objective and inject: the answer is kept until the collection the condition reads changes.
 */
export function conditionHolds(ctx: Ctx, state: State, condition: Condition): boolean {
  for (const kind of CONDITION_KINDS) {
    const target = condition[kind];
    if (target === undefined) continue;
    const reader = READERS[kind];
    return kept(ctx, state, condition, [reader.reads], () => {
      const countries = reader.who(state, target);
      if (countries === undefined) return false;
      return condition.by === undefined
        ? countries.length > 0 || countries === ANYONE
        : countries.includes(condition.by);
    });
  }
  return false;
}
