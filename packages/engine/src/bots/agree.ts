import type { AgreementKind } from '@crossborder/scenario';
import { fulfils } from '../law/agreements.js';
import { measureMinutes } from '../law/legal.js';
import type { Command } from '../model/commands.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { Agreement, ConsultationTopic } from '../model/state.js';
import type { CountryView, PlanView } from '../view/types.js';
import { REASONS } from './texts.js';

/**
 * How a bot deals with agreements: it accepts what others propose, proposes what the case calls
 * for when it calls for it (case.agreements, seen as `view.plans`), and, of a kind the case plans
 * none of with it, what its objectives need once it holds evidence (never a joint team at minute 0
 * on nothing). One proposal per plan: a rejected one is not tried again.
 */
export function agreements(view: CountryView, now: GameTime): Command[] {
  const commands: Command[] = [];
  for (const agreement of Object.values(view.agreements)) {
    const answered = agreement.acceptedBy.includes(view.viewer) || agreement.rejectedBy.includes(view.viewer);
    if (!answered && agreement.concludedAt === null)
      commands.push({ type: 'answerAgreement', agreementId: agreement.id, accept: true });
  }
  const plans = Object.values(view.plans);
  for (const plan of plans) commands.push(...planned(view, plan, now));
  commands.push(...forObjectives(view, now, new Set(plans.map((plan) => plan.kind))));
  return commands;
}

/** Agreements proposed or concluded that are the plan's (see `fulfils`). */
function matching(view: CountryView, plan: PlanView): Agreement[] {
  return Object.values(view.agreements).filter((agreement) => fulfils(plan, agreement));
}

function planned(view: CountryView, plan: PlanView, now: GameTime): Command[] {
  if (!plan.calledFor || plan.signedAt !== null || plan.proposedBy !== view.viewer) return [];
  // Proposed already (pending, concluded or rejected): once is enough.
  if (matching(view, plan).length > 0) return [];
  // A meeting on the subject (under the coordination body where it can be), of all the members.
  const topic = topicFor(view, plan);
  const consultation = Object.values(view.consultations).find(
    (found) =>
      found.closedAt === null &&
      found.topic === topic &&
      plan.members.every((member) => found.participants.includes(member)),
  );
  if (!consultation) {
    return [
      {
        type: 'openConsultation',
        with: plan.members.filter((member) => member !== view.viewer),
        topic,
        ...(plan.offence ? { offence: plan.offence } : {}),
        message: plan.kind === 'action-day' ? REASONS.actionDay : REASONS.team,
      },
    ];
  }
  return [proposal(view, plan.kind, consultation.id, plan, now)];
}

/** Under the coordination body when every member belongs to it; else on the agreement's subject. */
function topicFor(view: CountryView, plan: PlanView): ConsultationTopic {
  const body = view.briefing.coordinationBody;
  if (body && plan.members.every((member) => body.members.includes(member))) return 'coordination-meeting';
  if (plan.kind === 'transfer-of-proceedings') return 'transfer-of-proceedings';
  if (plan.kind === 'lead-jurisdiction') return 'parallel-proceedings';
  return 'joint-investigation';
}

function proposal(
  view: CountryView,
  kind: AgreementKind,
  consultationId: string,
  plan: Pick<PlanView, 'members' | 'lead' | 'offence'>,
  now: GameTime,
): Command {
  if (kind === 'joint-investigation-team' || kind === 'action-day') {
    return {
      type: 'proposeAgreement',
      consultationId,
      kind,
      members: [...plan.members],
      ...(kind === 'action-day' ? { actionAt: commonActionTime(view, plan.members, now) } : {}),
      text: kind === 'action-day' ? REASONS.actionDay : REASONS.team,
    };
  }
  return {
    type: 'proposeAgreement',
    consultationId,
    kind,
    lead: plan.lead ?? view.viewer,
    ...(plan.offence ? { offence: plan.offence } : {}),
    text: REASONS.transfer,
  };
}

const HOUR = 60;

/**
 * The earliest whole hour by which every member can have its arrests and searches authorised and
 * ready (the slowest of their measure times, from their law), with an hour to spare.
 */
export function commonActionTime(view: CountryView, members: readonly CountryId[], now: GameTime): GameTime {
  let longest = 0;
  for (const member of members) {
    const country = view.briefing.directory[member];
    if (!country) continue;
    longest = Math.max(
      longest,
      measureMinutes(country, 'arrest'),
      measureMinutes(country, 'search-and-seizure'),
    );
  }
  return Math.ceil((now + longest + HOUR) / HOUR) * HOUR;
}

export type ActionTime = { at: GameTime } | 'wait' | 'now';

/**
 * When this country's arrests and seizures of devices are to happen: at the common action time
 * of an action day it agreed, while that time is ahead (`at`); not yet, while an action day the
 * case plans with it is not agreed, even before the case calls for it (`wait`: acting first would
 * warn the others' suspects; the plan's `when` must come, or the bots never arrest); else now.
 */
export function actionTime(view: CountryView, now: GameTime): ActionTime {
  for (const agreement of Object.values(view.agreements)) {
    const at = agreement.terms.actionAt;
    if (
      agreement.kind === 'action-day' &&
      agreement.concludedAt !== null &&
      agreement.terms.members.includes(view.viewer) &&
      at !== undefined &&
      at > now
    )
      return { at };
  }
  for (const plan of Object.values(view.plans)) {
    if (plan.kind !== 'action-day' || plan.signedAt !== null) continue;
    const refused = matching(view, plan).some((agreement) => agreement.rejectedBy.length > 0);
    if (!refused) return 'wait';
  }
  return 'now';
}

/**
 * Without a plan of its kind: the agreements an objective names (`agreementReached`), with every
 * country we work with, once we hold evidence of our own: a team formed on nothing is a team of
 * nothing.
 */
function forObjectives(view: CountryView, now: GameTime, planned: ReadonlySet<string>): Command[] {
  const holdsEvidence = Object.values(view.evidence).some((item) => item.copy !== null);
  if (!holdsEvidence) return [];
  const commands: Command[] = [];
  for (const objective of Object.values(view.objectives)) {
    const kind = objective.when.agreementReached;
    if (!kind || planned.has(kind) || objective.metAt !== null || objective.missedAt !== null) continue;
    if (
      Object.values(view.agreements).some(
        (agreement) => agreement.kind === kind && agreement.rejectedBy.length === 0,
      )
    )
      continue;
    const consultation = Object.values(view.consultations).find((found) => found.participants.length >= 2);
    if (!consultation) {
      const partners = partnersFor(view);
      if (partners.length > 0) {
        commands.push({
          type: 'openConsultation',
          with: partners,
          topic: 'joint-investigation',
          message: REASONS.team,
        });
      }
      continue;
    }
    if (
      consultation.openedBy !== view.viewer &&
      !Object.values(view.claims).some((claim) => claim.country === view.viewer)
    )
      continue;
    const offence = consultation.offence ?? Object.values(view.cases)[0]?.offences[0] ?? null;
    const lead = leadFor(view, consultation.participants);
    // Proceedings go where the suspect can be tried: wait until one is identified and located.
    if (kind === 'transfer-of-proceedings' && lead === undefined) continue;
    commands.push(
      proposal(
        view,
        kind,
        consultation.id,
        { members: consultation.participants, lead: lead ?? view.viewer, offence },
        now,
      ),
    );
  }
  return commands;
}

/** Countries to team up with: where our known evidence is, and those claiming our offences. */
function partnersFor(view: CountryView): CountryId[] {
  const partners = new Set<CountryId>();
  for (const item of Object.values(view.evidence))
    if (item.country && item.country !== view.viewer) partners.add(item.country);
  for (const claim of Object.values(view.claims))
    if (claim.country !== view.viewer) partners.add(claim.country);
  return [...partners];
}

/** The best-placed country to lead: where an identified suspect is, if it takes part. */
function leadFor(view: CountryView, participants: readonly CountryId[]): CountryId | undefined {
  for (const suspect of Object.values(view.suspects)) {
    const where = suspect.custody?.by ?? suspect.location?.location;
    if (suspect.name && where && participants.includes(where)) return where;
  }
  return undefined;
}
