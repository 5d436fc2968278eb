import type { RuleId } from '@crossborder/scenario';
import type { MeasureKind, Safeguards } from '../model/state.js';

const ALL: readonly (keyof Safeguards)[] = ['authorisedBy', 'grounds', 'scope', 'duration'];

/**
 * The safeguards each domestic measure needs written down, "as appropriate in view of the nature
 * of the procedure or power concerned" (Art. 24, model BC 15(2)). A preservation order only
 * freezes data with its custodian, and its duration is the order's own (at most 90 days,
 * Art. 25): its competent authority, grounds and scope suffice. Who "authorised" a measure is the
 * competent authority, a judge or independent body only where the measure calls for one. The
 * decider (`decide/cases.ts`) records a violation with it, and the client's measure form checks a
 * draft with it before it is sent.
 */
export const SAFEGUARDS_NEEDED: Record<MeasureKind, readonly (keyof Safeguards)[]> = {
  'preservation-order': ['authorisedBy', 'grounds', 'scope'],
  'production-order': ALL,
  'search-and-seizure': ALL,
  'real-time-collection': ALL,
  interception: ALL,
  arrest: ALL,
  'freezing-order': ALL,
};

/** A safeguard counts as written down from three characters ("Judge Ames"; not "-" or "x"). */
export const SAFEGUARD_MIN_LENGTH = 3;

/** The safeguards a measure of this kind needs that are not written down, in the form's order. */
export function missingSafeguards(kind: MeasureKind, safeguards: Safeguards): (keyof Safeguards)[] {
  return SAFEGUARDS_NEEDED[kind].filter((field) => safeguards[field].trim().length < SAFEGUARD_MIN_LENGTH);
}

/** The rule a missing safeguard breaches, as the violation cites it: its citation is said by the reader. */
export const SAFEGUARDS_RULE = 'safeguards.conditions' satisfies RuleId;
