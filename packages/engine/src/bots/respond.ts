import { REQUEST_KINDS } from '@crossborder/scenario';
import { bindsRequested, criminalisedIn, isConventionOffence, treatyOfRequest } from '../law/legal.js';
import { lackingPower } from '../law/powers.js';
import { treatyAllows } from '../law/treaty-grounds.js';
import type { Command, RefusalGround } from '../model/commands.js';
import type { GameTime } from '../model/ids.js';
import type { Request } from '../model/state.js';
import type { CountryView } from '../view/types.js';
import { REASONS, say } from './texts.js';

/**
 * How a bot answers the requests it receives: lawfully and promptly. It executes what it must,
 * refuses only on a ground that truly applies (after consulting), and asks for more when a
 * request lacks required contents.
 */
export function respond(view: CountryView, now: GameTime): Command[] {
  const commands: Command[] = [];
  // Consultations on our own requests get an answer: the requested State is waiting for it.
  for (const consultation of Object.values(view.consultations)) {
    const about = consultation.request ? view.requests[consultation.request] : undefined;
    if (
      about?.from === view.viewer &&
      !consultation.messages.some((message) => message.from === view.viewer)
    ) {
      commands.push({
        type: 'sendConsultationMessage',
        consultationId: consultation.id,
        text: REASONS.reply,
      });
    }
  }
  for (const request of Object.values(view.requests)) {
    if (request.to !== view.viewer) continue;
    if (request.progressQueries.some((query) => query.answeredAt === null)) {
      commands.push({ type: 'answerProgress', requestId: request.id, text: REASONS.progress });
    }
    if (request.status !== 'received') continue;
    const ground = lawfulRefusal(view, request);
    // Bound by the convention or by a treaty, it consults before refusing (Art. 40).
    const bound = bindsRequested(request);
    if (ground) {
      if (bound && request.consultations.length === 0) {
        commands.push({
          type: 'openConsultation',
          with: [request.from],
          topic: 'request',
          request: request.id,
          message: REASONS.consult,
        });
      } else if (!bound || answered(view, request, now)) {
        commands.push({
          type: 'refuseRequest',
          requestId: request.id,
          ground: ground.ground,
          reasons: ground.reasons,
        });
      }
      continue;
    }
    if (request.missing.length > 0 && request.moreInformation.length === 0) {
      commands.push({
        type: 'askMoreInformation',
        requestId: request.id,
        questions: say('bot.more-information', { missing: request.missing }),
      });
      continue;
    }
    commands.push(...execute(view, request));
  }
  return commands;
}

/**
 * Executing as its own law asks: its data-protection conditions offered first where its law
 * allows the transfer only on them (Art. 36), and refused if declined; a confidentiality it
 * cannot keep said first (Art. 40); the measure authorised by its own authority (Arts 24, 40).
 */
function execute(view: CountryView, request: Request): Command[] {
  const me = view.briefing.directory[view.viewer];
  if (!me) return [];
  const spec = REQUEST_KINDS[request.kind];
  if (spec.transfersPersonalData && me.law.dataProtection.onConditionsTo.includes(request.from)) {
    const offer = request.conditions;
    if (!offer) {
      const conditions = me.law.dataProtection.conditions.slice(0, 10);
      return [
        {
          type: 'offerConditions',
          requestId: request.id,
          conditions: conditions.length > 0 ? conditions : [REASONS.dataProtectionConditions],
        },
      ];
    }
    if (offer.accepted === null) return [];
    if (!offer.accepted) {
      return [
        {
          type: 'refuseRequest',
          requestId: request.id,
          ground: 'data-protection',
          reasons: REASONS.conditionsDeclined,
        },
      ];
    }
  }
  const commands: Command[] = [];
  if (request.confidential && me.law.notifiesDataSubjects && request.confidentialityNotices.length === 0) {
    commands.push({ type: 'notifyConfidentiality', requestId: request.id, text: REASONS.confidentiality });
  }
  commands.push({
    type: 'executeRequest',
    requestId: request.id,
    authorisedBy: me.law.executingAuthority ?? me.centralAuthority.name,
    ...(REQUEST_KINDS[request.kind].regime === 'extradition' ? { reasoning: REASONS.extradite } : {}),
  });
  return commands;
}

/** The requesting State has answered the consultation, or had a day to (Art. 40). */
function answered(view: CountryView, request: Request, now: GameTime): boolean {
  return request.consultations.some((id) => {
    const consultation = view.consultations[id];
    return (
      consultation !== undefined &&
      (consultation.messages.some((message) => message.from === request.from) ||
        now - consultation.openedAt >= 24 * 60)
    );
  });
}

/**
 * A ground on which the bot may refuse: one that truly applies and, where a treaty governs the
 * request, one the treaty allows (model UNTOC 18(7), 16(7)); without one, it executes.
 */
function lawfulRefusal(
  view: CountryView,
  request: Request,
): { ground: RefusalGround; reasons: string } | null {
  const refusal = applicableRefusal(view, request);
  const treaty = treatyOfRequest(view.briefing.directory, request)?.treaty;
  return refusal && treaty && !treatyAllows(treaty, refusal.ground) ? null : refusal;
}

/**
 * The ground that truly applies, if any. Dual criminality is judged by conduct alone: the view
 * does not show which elements an offence's facts meet, and a country's options only narrow a
 * crime, so a conduct it does not criminalise at all is a lawful refusal whatever the elements.
 */
function applicableRefusal(
  view: CountryView,
  request: Request,
): { ground: RefusalGround; reasons: string } | null {
  const me = view.briefing.directory[view.viewer];
  const offence = view.briefing.offences[request.offence];
  if (!me || !offence) return null;
  const conducts = offence.conduct;
  const spec = REQUEST_KINDS[request.kind];
  if (spec.regime === 'extradition') {
    const suspect = request.subject.suspect ? view.suspects[request.subject.suspect] : undefined;
    if (
      suspect?.location &&
      suspect.location.location !== view.viewer &&
      suspect.custody?.by !== view.viewer
    ) {
      return { ground: 'person-not-present', reasons: REASONS.absent };
    }
    if (
      spec.produces === 'surrender' &&
      !me.law.extraditesNationals &&
      suspect?.nationality === view.viewer
    ) {
      return { ground: 'national', reasons: REASONS.national };
    }
    if (!criminalisedIn(me, conducts))
      return { ground: 'no-dual-criminality', reasons: REASONS.dualCriminality };
    return null;
  }
  if (lackingPower(me, request.kind, conducts)) {
    return { ground: 'domestic-law-prohibits', reasons: REASONS.noPower };
  }
  if (spec.regime === 'preservation') {
    const reservation = me.law.dualCriminality.preservationReservation && !isConventionOffence(conducts);
    return reservation && !criminalisedIn(me, conducts)
      ? { ground: 'no-dual-criminality', reasons: REASONS.dualCriminality }
      : null;
  }
  if (me.law.dualCriminality.required && !criminalisedIn(me, conducts)) {
    return { ground: 'no-dual-criminality', reasons: REASONS.dualCriminality };
  }
  if (spec.transfersPersonalData && me.law.dataProtection.forbidsTransferTo.includes(request.from)) {
    return { ground: 'data-protection', reasons: REASONS.dataProtection };
  }
  return null;
}
