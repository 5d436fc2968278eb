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

/** `other` investigates the offence (a case open on it) or prosecutes it. */
function proceeding(state: State, other: CountryId, offence: OffenceId): boolean {
  const onOffence = (caseId: string) => state.cases[caseId]?.offences.includes(offence) ?? false;
  return (
    Object.values(state.cases).some((found) => found.country === other && onOffence(found.id)) ||
    Object.values(state.prosecutions).some((found) => found.country === other && onOffence(found.caseId))
  );
}

/**
 * How a country learns of another's proceedings on an offence ("notified, or has otherwise
 * learned", model UNCAC 42(5)): the other's public claim over it, a request the other sent it
 * about it that has arrived, or a prosecution on it of a suspect it knows by name (public acts).
 */
function learnedOf(state: State, country: CountryId, other: CountryId, offence: OffenceId): boolean {
  return (
    Object.values(state.claims).some(
      (claim) => claim.country === other && claim.offence === offence && claim.withdrawnAt === null,
    ) ||
    Object.values(state.requests).some(
      (request) =>
        request.from === other &&
        request.to === country &&
        request.offence === offence &&
        request.status !== 'in-transit',
    ) ||
    Object.values(state.prosecutions).some(
      (prosecution) =>
        prosecution.country === other &&
        state.cases[prosecution.caseId]?.offences.includes(offence) === true &&
        state.suspects[prosecution.suspect]?.identityKnownBy[country] !== undefined,
    )
  );
}

/** The two countries have consulted on the offence, or on coordinating their proceedings. */
function consultedOn(state: State, country: CountryId, other: CountryId, offence: OffenceId): boolean {
  return Object.values(state.consultations).some(
    (consultation) =>
      consultation.participants.includes(country) &&
      consultation.participants.includes(other) &&
      (consultation.offence === offence || COORDINATION.includes(consultation.topic)),
  );
}

/**
 * Duty to consult on parallel proceedings (Art. 22, model UNCAC 42(5)): a State exercising
 * jurisdiction (its claim over the offence) that has learned that another State is investigating
 * or prosecuting the same offence shall, "as appropriate", consult it to coordinate their
 * actions. The game finds it appropriate before a unilateral step (an arrest, a prosecution, an
 * extradition request): one taken without consulting is recorded once per offence. Another
 * State's claim alone, with no case of its own behind it, is no proceeding. A step taken at a
 * State's own request (a prosecution it asked for instead of extradition) is coordinated with it.
 */
export function consultParallelProceedings(
  ctx: Ctx,
  state: State,
  ids: Ids,
  country: CountryId,
  offences: readonly OffenceId[],
  at: GameTime,
  coordinated: readonly CountryId[] = [],
): Event[] {
  const events: Event[] = [];
  for (const offence of offences) {
    const exercising = Object.values(state.claims).some(
      (claim) => claim.country === country && claim.offence === offence && claim.withdrawnAt === null,
    );
    if (!exercising) continue;
    const unconsulted = ctx.countries.filter(
      (other) =>
        other !== country &&
        !coordinated.includes(other) &&
        proceeding(state, other, offence) &&
        learnedOf(state, country, other, offence) &&
        !consultedOn(state, country, other, offence),
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
          others: unconsulted.map((other) => countryName(ctx, other)),
        },
        { offence },
      ),
    );
  }
  return events;
}
