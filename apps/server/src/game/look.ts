import type { Seat } from '@crossborder/protocol';
import type { Scenario } from '@crossborder/scenario';
import { failure } from '../errors.js';

/**
 * The instructor looking through a country's seat (`look`): the country's own view, live, and
 * nothing else. It is taken with the instructor key, like the instructor's seat, and ends with
 * it; everything it asks to do is refused, so that it can never act for the team.
 */

/** Whether a seat is taken with the instructor key (and its token ends when the key changes). */
export function takenWithKey(seat: Seat): boolean {
  return seat.kind === 'instructor' || seat.kind === 'look';
}

/** The refusal of a command or control from a look through a country's seat; null for any other seat. */
export function lookRefusal(seat: Seat, scenario: Scenario): ReturnType<typeof failure> | null {
  if (seat.kind !== 'look') return null;
  const country = scenario.countries[seat.country];
  return failure('look-read-only', { country: country?.shortName ?? country?.name ?? seat.country });
}
