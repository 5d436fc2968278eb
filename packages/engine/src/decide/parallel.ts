import type { Ctx } from '../model/context.js';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime, OffenceId } from '../model/ids.js';
import type { State } from '../model/state.js';
import { countryName, type Ids, violation } from './tools.js';

/** Consultations that coordinate proceedings, whatever offence they name. */
const COORDINATION: readonly string[] = [
  'parallel-proceedings',
  'transfer-of-proceedings',
  'joint-investigation',
];

/**
 * Duty to consult on parallel proceedings (Art. 22, model UNCAC 42(5)): a country with a claim on
 * an offence that takes a unilateral step (an arrest, a prosecution, an extradition request)
 * while another country also claims it, without having consulted that country, is recorded once
 * per offence.
 */
export function consultParallelProceedings(
  ctx: Ctx,
  state: State,
  ids: Ids,
  country: CountryId,
  offences: readonly OffenceId[],
  at: GameTime,
): Event[] {
  const events: Event[] = [];
  for (const offence of offences) {
    const claims = Object.values(state.claims).filter(
      (claim) => claim.offence === offence && claim.withdrawnAt === null,
    );
    if (!claims.some((claim) => claim.country === country)) continue;
    const others = [...new Set(claims.map((claim) => claim.country).filter((other) => other !== country))];
    const unconsulted = others.filter(
      (other) =>
        !Object.values(state.consultations).some(
          (consultation) =>
            consultation.participants.includes(country) &&
            consultation.participants.includes(other) &&
            (consultation.offence === offence || COORDINATION.includes(consultation.topic)),
        ),
    );
    const already = Object.values(state.violations).some(
      (recorded) =>
        recorded.ruleId === 'jurisdiction.consult-parallel' &&
        recorded.country === country &&
        recorded.refs.offence === offence,
    );
    if (unconsulted.length === 0 || already) continue;
    events.push(
      ...violation(
        ctx,
        ids,
        'jurisdiction.consult-parallel',
        country,
        at,
        'violation.consult-parallel',
        {
          offence,
          others: unconsulted.map((other) => countryName(ctx, other)).join(', '),
        },
        { offence },
      ),
    );
  }
  return events;
}
