import { type CommandOf, LIMITS } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid } from '../model/decision.js';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { AgreementTerms, State } from '../model/state.js';
import { aheadInGame, countryName, event, Ids, isCountry } from './tools.js';

/** Consultations between countries and the agreements they reach (Arts 22(5), 39, 40, 48). */

export function openConsultation(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'openConsultation'>,
  now: GameTime,
): Decision {
  const others = [...new Set(command.with)].filter((other) => other !== actor);
  const stranger = others.find((other) => !isCountry(ctx, other));
  if (stranger !== undefined) return invalid('unknown.country', { country: stranger });
  if (others.length === 0) return invalid('consultation.nobody', {});
  if (command.topic === 'coordination-meeting') {
    // Hosted by the coordination body: among its members only.
    const body = ctx.scenario.case.coordinationBody;
    if (!body) return invalid('consultation.no-body', {});
    const outsider = [actor, ...others].find((country) => !body.members.includes(country));
    if (outsider !== undefined)
      return invalid('consultation.body-members', { body: body.name, country: countryName(ctx, outsider) });
  }
  if (command.offence !== undefined && !ctx.scenario.case.offences[command.offence]) {
    return invalid('unknown.offence', { offence: command.offence });
  }
  if (command.request !== undefined) {
    const found = state.requests[command.request];
    if (!found || (found.from !== actor && found.to !== actor))
      return invalid('unknown.request', { requestId: command.request });
    if (found.status === 'in-transit') return invalid('consultation.in-transit', {});
    const counterpart = found.from === actor ? found.to : found.from;
    if (others.length !== 1 || others[0] !== counterpart) return invalid('consultation.request-parties', {});
    if (found.consultations.length >= LIMITS.consultationsPerRequest)
      return invalid('consultation.request-full', { max: LIMITS.consultationsPerRequest });
  }
  const participants = [actor, ...others];
  const ids = new Ids(state);
  return accept([
    event('ConsultationOpened', now, participants, {
      consultation: {
        id: ids.take('consult'),
        topic: command.topic,
        openedBy: actor,
        participants,
        request: command.request ?? null,
        offence: command.offence ?? null,
        openedAt: now,
        messages: [{ from: actor, at: now, text: command.message }],
        closedAt: null,
      },
    }),
  ]);
}

export function sendConsultationMessage(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'sendConsultationMessage'>,
  now: GameTime,
): Decision {
  const consultation = state.consultations[command.consultationId];
  if (!consultation?.participants.includes(actor)) {
    return invalid('unknown.consultation', { consultationId: command.consultationId });
  }
  if (consultation.messages.length >= LIMITS.consultationMessages)
    return invalid('consultation.full', { max: LIMITS.consultationMessages });
  return accept([
    event('ConsultationMessageSent', now, consultation.participants, {
      consultationId: consultation.id,
      message: { from: actor, at: now, text: command.text },
    }),
  ]);
}

export function proposeAgreement(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'proposeAgreement'>,
  now: GameTime,
): Decision {
  const consultation = state.consultations[command.consultationId];
  if (!consultation?.participants.includes(actor)) {
    return invalid('unknown.consultation', { consultationId: command.consultationId });
  }
  const offence = command.offence ?? consultation.offence;
  const terms: AgreementTerms = { lead: command.lead ?? null, offence, members: [], text: command.text };
  let parties = consultation.participants;
  if (command.kind === 'joint-investigation-team' || command.kind === 'action-day') {
    const members = [...new Set(command.members ?? consultation.participants)];
    if (members.length < 2 || members.some((member) => !consultation.participants.includes(member))) {
      return invalid('agreement.members', {});
    }
    if (!members.includes(actor)) return invalid('agreement.members', {});
    terms.members = members;
    parties = members;
    if (command.kind === 'action-day') {
      // A common time still ahead, within the game: each member acts then on its own territory (Art. 5).
      if (command.actionAt === undefined || !aheadInGame(ctx, command.actionAt, now))
        return invalid('agreement.action-time', {});
      terms.actionAt = command.actionAt;
    }
  } else {
    if (!terms.lead || !consultation.participants.includes(terms.lead)) return invalid('agreement.lead', {});
    if (!offence || !ctx.scenario.case.offences[offence]) return invalid('agreement.offence', {});
  }
  const ids = new Ids(state);
  return accept([
    event('AgreementProposed', now, parties, {
      agreement: {
        id: ids.take('agreement'),
        kind: command.kind,
        consultation: consultation.id,
        proposedBy: actor,
        parties: [...parties],
        terms,
        acceptedBy: [actor],
        rejectedBy: [],
        proposedAt: now,
        concludedAt: null,
      },
    }),
  ]);
}

export function answerAgreement(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'answerAgreement'>,
  now: GameTime,
): Decision {
  const agreement = state.agreements[command.agreementId];
  if (!agreement?.parties.includes(actor))
    return invalid('unknown.agreement', { agreementId: command.agreementId });
  if (agreement.concludedAt !== null || agreement.rejectedBy.length > 0)
    return invalid('agreement.settled', {});
  if (agreement.acceptedBy.includes(actor)) return invalid('agreement.already-answered', {});
  const events: Event[] = [
    event('AgreementAnswered', now, agreement.parties, {
      agreementId: agreement.id,
      country: actor,
      accepted: command.accept,
    }),
  ];
  const everyone =
    command.accept &&
    agreement.parties.every((party) => party === actor || agreement.acceptedBy.includes(party));
  if (everyone) {
    events.push(event('AgreementConcluded', now, agreement.parties, { agreementId: agreement.id }));
    // Transfer of proceedings (Art. 39): the others' cases on the offence go to the lead.
    const lead = agreement.terms.lead;
    if (agreement.kind === 'transfer-of-proceedings' && agreement.terms.offence && lead) {
      for (const open of Object.values(state.cases)) {
        if (
          open.transferredTo === null &&
          open.country !== lead &&
          agreement.parties.includes(open.country) &&
          open.offences.includes(agreement.terms.offence)
        ) {
          events.push(
            event('ProceedingsTransferred', now, [open.country, lead], { caseId: open.id, to: lead }),
          );
        }
      }
    }
  }
  return accept(events);
}
