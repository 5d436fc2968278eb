import type { AgreementPlan } from '@crossborder/scenario';
import type { CountryId } from '../model/ids.js';
import type { Agreement } from '../model/state.js';

/** A plan as the scenario writes it (lead and offence left out) or as a view shows it (null). */
type PlanTerms = Pick<AgreementPlan, 'kind' | 'members'> & {
  lead?: CountryId | null | undefined;
  offence?: string | null | undefined;
};

/**
 * Whether an agreement (proposed or concluded) is the one a plan of the case calls for
 * (case.agreements): of its kind, binding at least its members, with its lead and offence where it
 * names them. More members than planned still fulfil it: a wider team is no less a team.
 */
export function fulfils(plan: PlanTerms, agreement: Agreement): boolean {
  if (agreement.kind !== plan.kind) return false;
  // The parties are the countries it binds: a joint team's or an action day's are its members.
  if (!plan.members.every((member) => agreement.parties.includes(member))) return false;
  if (plan.lead != null && agreement.terms.lead !== plan.lead) return false;
  return plan.offence == null || agreement.terms.offence === plan.offence;
}

/** The concluded joint investigation teams among these agreements (Art. 48). */
function jointTeams(agreements: Record<string, Agreement>): Agreement[] {
  return Object.values(agreements).filter(
    (agreement) => agreement.kind === 'joint-investigation-team' && agreement.concludedAt !== null,
  );
}

/** Whether two countries are members of a concluded joint investigation team. */
export function inJointTeam(agreements: Record<string, Agreement>, a: CountryId, b: CountryId): boolean {
  return jointTeams(agreements).some(
    (team) => team.terms.members.includes(a) && team.terms.members.includes(b),
  );
}

/** The other members of every concluded joint investigation team a country belongs to. */
export function teamMates(agreements: Record<string, Agreement>, country: CountryId): Set<CountryId> {
  const mates = new Set<CountryId>();
  for (const team of jointTeams(agreements))
    if (team.terms.members.includes(country))
      for (const member of team.terms.members) if (member !== country) mates.add(member);
  return mates;
}
