import type { AgreementPlan } from '@crossborder/scenario';
import type { Agreement } from '../model/state.js';

/** Kinds whose members are named in the terms (the others bind the consultation's parties). */
const WITH_MEMBERS: readonly Agreement['kind'][] = ['joint-investigation-team', 'action-day'];

/** The countries an agreement binds: a joint team's or action day's members, else its parties. */
function membersOf(agreement: Agreement): readonly string[] {
  return WITH_MEMBERS.includes(agreement.kind) ? agreement.terms.members : agreement.parties;
}

/**
 * Whether an agreement is the one a plan of the case calls for (case.agreements): of its kind,
 * binding at least its members, with its lead and offence where it names them. More members than
 * planned still fulfil it: a wider team is no less a team.
 */
export function fulfils(plan: AgreementPlan, agreement: Agreement): boolean {
  if (agreement.kind !== plan.kind) return false;
  const members = membersOf(agreement);
  if (!plan.members.every((member) => members.includes(member))) return false;
  if (plan.lead !== undefined && agreement.terms.lead !== plan.lead) return false;
  return plan.offence === undefined || agreement.terms.offence === plan.offence;
}
