import type { Condition } from '@crossborder/scenario';
import type { Collection } from './model/changes.js';
import type { Ctx } from './model/context.js';
import type { CountryId } from './model/ids.js';
import type { State } from './model/state.js';
import { kept } from './util/kept.js';

/**
 * Whether a scenario condition (of an inject or an objective) is true now, and which countries
 * made it true. `by` narrows it to one country.
 */
export function conditionHolds(ctx: Ctx, state: State, condition: Condition): boolean {
  const collection = collectionRead(condition);
  if (collection === undefined) return false;
  // Checked after every event, for every pending objective and inject: kept until the one
  // collection the condition reads changes.
  return kept(ctx, state, condition, [collection], () => holds(state, condition));
}

function holds(state: State, condition: Condition): boolean {
  const countries = whoMadeItTrue(state, condition);
  if (countries === undefined) return false;
  return condition.by === undefined
    ? countries.length > 0 || countries === ANYONE
    : countries.includes(condition.by);
}

/** The collection of the state that `whoMadeItTrue` reads for a condition. */
function collectionRead(condition: Condition): Collection | undefined {
  if (condition.evidencePreserved || condition.evidenceObtained || condition.evidenceLost) return 'evidence';
  if (
    condition.suspectIdentified ||
    condition.suspectLocated ||
    condition.suspectArrested ||
    condition.suspectSurrendered
  )
    return 'suspects';
  if (condition.prosecutionOpened) return 'prosecutions';
  if (condition.assetFrozen || condition.assetMoved) return 'assets';
  if (condition.agreementReached) return 'agreements';
  if (condition.requestSent) return 'requests';
  if (condition.injectFired) return 'injects';
  return undefined;
}

/** Marks a condition that is true without anyone in particular having made it so. */
const ANYONE: CountryId[] = [];

function whoMadeItTrue(state: State, condition: Condition): CountryId[] | undefined {
  if (condition.evidencePreserved) return state.evidence[condition.evidencePreserved]?.preservedBy;
  if (condition.evidenceObtained)
    return Object.keys(state.evidence[condition.evidenceObtained]?.obtainedBy ?? {});
  if (condition.evidenceLost)
    return state.evidence[condition.evidenceLost]?.status === 'lost' ? ANYONE : undefined;
  if (condition.suspectIdentified)
    return Object.keys(state.suspects[condition.suspectIdentified]?.identityKnownBy ?? {});
  if (condition.suspectLocated) {
    const suspect = state.suspects[condition.suspectLocated];
    if (!suspect) return undefined;
    return Object.entries(suspect.locationKnownBy)
      .filter(([, known]) => known.location === suspect.location)
      .map(([country]) => country);
  }
  if (condition.suspectArrested) return state.suspects[condition.suspectArrested]?.arrestedBy;
  if (condition.suspectSurrendered) {
    const to = state.suspects[condition.suspectSurrendered]?.surrenderedTo;
    return to ? [to] : undefined;
  }
  if (condition.prosecutionOpened) {
    const suspect = condition.prosecutionOpened;
    return Object.values(state.prosecutions)
      .filter((prosecution) => prosecution.suspect === suspect)
      .map((prosecution) => prosecution.country);
  }
  if (condition.assetFrozen) {
    const frozen = state.assets[condition.assetFrozen]?.frozen;
    return frozen ? [frozen.by] : undefined;
  }
  if (condition.assetMoved)
    return (state.assets[condition.assetMoved]?.movedAt.length ?? 0) > 0 ? ANYONE : undefined;
  if (condition.agreementReached) {
    return Object.values(state.agreements)
      .filter((agreement) => agreement.kind === condition.agreementReached && agreement.concludedAt !== null)
      .flatMap((agreement) => agreement.parties);
  }
  if (condition.requestSent) {
    // A loop, not filter and map: requests are the largest collection, scanned after every event.
    const senders: CountryId[] = [];
    for (const id in state.requests) {
      const request = state.requests[id];
      if (request?.kind === condition.requestSent && !senders.includes(request.from))
        senders.push(request.from);
    }
    return senders;
  }
  if (condition.injectFired)
    return state.injects[condition.injectFired]?.status === 'fired' ? ANYONE : undefined;
  return undefined;
}
