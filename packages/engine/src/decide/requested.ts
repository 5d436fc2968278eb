import {
  type Country,
  type Offence,
  REQUEST_KINDS,
  type RequestProduct,
  type RequestRegime,
  type Treaty,
  treatyGrounds,
} from '@crossborder/scenario';
import { isGiven } from '../law/contents.js';
import {
  bindsRequested,
  criminalConductsIn,
  evidenceLocation,
  holdsPersonalData,
  isConventionOffence,
  keptUntil,
  offenceCriminalIn,
  processingMinutes,
  scopeRule,
  treatyOfRequest,
  withinConvention,
} from '../law/legal.js';
import { reasoningMissing } from '../law/moot.js';
import { lackingPower } from '../law/powers.js';
import { tipOffs } from '../law/tip-off.js';
import { treatyAllows } from '../law/treaty-grounds.js';
import { type CommandOf, LIMITS, type RefusalGround } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid, rule } from '../model/decision.js';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { Request, State } from '../model/state.js';
import { concernedWith, event, Ids, violation } from './tools.js';

/** The requested State's answers: more information, conditions, execution, postponement, refusal. */

type Found = { ok: true; request: Request } | { ok: false; decision: Decision };

/** The request, if the actor is the State it was sent to and it is in one of the given statuses. */
function received(
  state: State,
  actor: CountryId,
  requestId: string,
  statuses: readonly Request['status'][],
): Found {
  const found = state.requests[requestId];
  if (!found || found.to !== actor) return { ok: false, decision: invalid('unknown.request', { requestId }) };
  if (!statuses.includes(found.status)) {
    return { ok: false, decision: invalid('request.wrong-status', { requestId, status: found.status }) };
  }
  return { ok: true, request: found };
}

const OPEN: readonly Request['status'][] = ['received', 'more-information-requested'];
const both = (request: Request) => [request.from, request.to];

export function acknowledgeRequest(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'acknowledgeRequest'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, OPEN);
  if (!found.ok) return found.decision;
  if (found.request.acknowledgedAt !== null) return invalid('request.already-acknowledged', {});
  return accept([event('RequestAcknowledged', now, both(found.request), { requestId: found.request.id })]);
}

export function askMoreInformation(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'askMoreInformation'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, ['received']);
  if (!found.ok) return found.decision;
  if (found.request.moreInformation.length >= LIMITS.moreInformationRounds)
    return invalid('request.more-information-full', { max: LIMITS.moreInformationRounds });
  return accept([
    event('MoreInformationRequested', now, both(found.request), {
      requestId: found.request.id,
      questions: command.questions,
    }),
  ]);
}

export function offerConditions(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'offerConditions'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, OPEN);
  if (!found.ok) return found.decision;
  return accept([
    event('ConditionsOffered', now, both(found.request), {
      requestId: found.request.id,
      conditions: command.conditions,
    }),
  ]);
}

/**
 * Time to execute: the country's processing time, sped up as the kind allows (its `expedition`):
 * the 24/7 point's response time for a preservation or an emergency request it handles; halved
 * for volatile data flagged urgent (Art. 44).
 */
function executionMinutes(ctx: Ctx, state: State, request: Request): number {
  const country = ctx.scenario.countries[request.to];
  if (!country) return 0;
  const { expedition } = REQUEST_KINDS[request.kind];
  const base = processingMinutes(country, request.kind);
  if (request.channel === '24-7-network' && (expedition === 'at-24-7-response-time' || request.emergency)) {
    return Math.min(country.contact247.responseTime, base);
  }
  const volatile = request.subject.evidence.some((id) => state.evidence[id]?.expiresAt !== null);
  return expedition === 'halved-when-urgent' && request.urgent && volatile ? Math.ceil(base / 2) : base;
}

/** Whether executing the request would hand over personal data (Art. 36). */
function handsOverPersonalData(ctx: Ctx, request: Request, evidence: readonly string[]): boolean {
  return (
    REQUEST_KINDS[request.kind].transfersPersonalData &&
    evidence.some((id) => holdsPersonalData(ctx.scenario, id))
  );
}

/**
 * What a State executing a request does with its own coercive powers, which its own competent
 * authority must authorise (Arts 24, 40, model BC 15, UNTOC 18(17)): not locating a person or
 * hearing a witness who agrees to speak.
 */
const COERCIVE: readonly RequestProduct[] = [
  'preservation',
  'evidence',
  'arrest',
  'surrender',
  'freeze',
  'confiscation',
  'transfer',
];

/**
 * Whether the requested State's data-protection law lets the personal data go to the requesting
 * State only on its conditions (Art. 36), and they have not been accepted.
 */
function conditionsOwed(requested: Country, request: Request): boolean {
  return (
    requested.law.dataProtection.onConditionsTo.includes(request.from) &&
    request.conditions?.accepted !== true
  );
}

function startExecution(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  request: Request,
  partOnly: string[] | null,
  authorisedBy: string | undefined,
  now: GameTime,
  reasoning?: string,
): Decision {
  const requested = ctx.scenario.countries[actor];
  const spec = REQUEST_KINDS[request.kind];
  // Some executions the requested State's own law forbids outright.
  const suspect = request.subject.suspect ? ctx.scenario.case.suspects[request.subject.suspect] : undefined;
  if (
    spec.produces === 'surrender' &&
    requested &&
    !requested.law.extraditesNationals &&
    suspect?.nationality === actor
  ) {
    return rule('extradition.nationals', 'execute.national', {});
  }
  const personal = handsOverPersonalData(ctx, request, partOnly ?? request.subject.evidence);
  if (personal && requested?.law.dataProtection.forbidsTransferTo.includes(request.from)) {
    return rule('data-protection.transfer', 'execute.data-protection', {});
  }
  // Its law lets the data go only on its conditions (Art. 36): offered and accepted first.
  if (personal && requested && conditionsOwed(requested, request)) {
    return rule('data-protection.conditions', 'execute.data-protection-conditions', {
      conditions: requested.law.dataProtection.conditions,
    });
  }
  const authority = authorisedBy?.trim() ?? '';
  const dueAt = now + executionMinutes(ctx, state, request);
  const events: Event[] = [
    event('ExecutionStarted', now, both(request), {
      requestId: request.id,
      dueAt,
      partOnly,
      authorisedBy: authority.length > 0 ? authority : null,
      ...(reasoning !== undefined && isGiven(reasoning) ? { reasoning } : {}),
    }),
  ];
  const ids = new Ids(state);
  const refs = { request: request.id };
  // Its own authority authorises the measure it takes (Arts 24, 40): the requesting State's
  // authorisation does not stand in for it. Named however briefly ("Judge Ames"), as at home.
  if (COERCIVE.includes(spec.produces) && authority.length < 3) {
    events.push(
      ...violation(ctx, ids, 'execution.own-authority', actor, now, 'violation.own-authority', refs, refs),
    );
  }
  // The provider that holds the data may tell its customer (model BC 16(3)): a tip-off.
  if (spec.target === 'evidence') {
    events.push(
      ...tipOffs(
        ctx.scenario,
        state,
        {
          by: request.from,
          evidence: partOnly ?? request.subject.evidence,
          via: { kind: 'request', request: request.id },
          confidential: request.confidential,
          discloses: spec.produces === 'evidence',
        },
        now,
      ),
    );
  }
  // Confidentiality (Art. 40): a State whose law tells account holders must say so first.
  const notifies = ctx.scenario.countries[actor]?.law.notifiesDataSubjects ?? false;
  if (request.confidential && notifies && request.confidentialityNotices.length === 0) {
    events.push(
      ...violation(ctx, ids, 'mla.confidentiality', actor, now, 'violation.confidentiality', refs, refs),
    );
  }
  // Extraordinary costs (Art. 40): real-time collection and interception are agreed on first.
  if (spec.extraordinaryCosts && request.consultations.length === 0) {
    events.push(...violation(ctx, ids, 'mla.costs', actor, now, 'violation.costs', refs, refs));
  }
  // Warning duty (Art. 42): the requested State can see its providers' retention; if the data
  // will be gone before preservation takes effect, it must say so first.
  if (spec.regime === 'preservation' && request.warnings.length === 0) {
    const doomed = request.subject.evidence.filter((id) => {
      const item = state.evidence[id];
      // Gone before then: deleted by the provider, or when the last preservation of it ends.
      const until = item ? keptUntil(item) : null;
      return item?.status === 'available' && until !== null && until < dueAt;
    });
    if (doomed.length > 0) {
      events.push(
        ...violation(
          ctx,
          ids,
          'preservation.warning-duty',
          actor,
          now,
          'violation.warning-duty',
          {
            request: request.id,
          },
          { request: request.id },
        ),
      );
    }
  }
  return accept(events);
}

export function executeRequest(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'executeRequest'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, OPEN);
  if (!found.ok) return found.decision;
  // Granting extradition is a decision a moot court argues: its reasoning, where the rubric asks.
  if (REQUEST_KINDS[found.request.kind].regime === 'extradition') {
    const unreasoned = reasoningMissing(ctx, 'extradition-decision', command.reasoning);
    if (unreasoned) return unreasoned;
  }
  return startExecution(ctx, state, actor, found.request, null, command.authorisedBy, now, command.reasoning);
}

export function executeInPart(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'executeInPart'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, OPEN);
  if (!found.ok) return found.decision;
  const outside = command.evidence.find((id) => !found.request.subject.evidence.includes(id));
  if (outside !== undefined) return invalid('request.part-outside', { evidence: outside });
  if (!isGiven(command.reasons)) return rule('mla.refusal.reasons-required', 'refusal.no-reasons', {});
  return startExecution(
    ctx,
    state,
    actor,
    found.request,
    [...new Set(command.evidence)],
    command.authorisedBy,
    now,
  );
}

export function postponeRequest(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'postponeRequest'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, OPEN);
  if (!found.ok) return found.decision;
  const request = found.request;
  if (!isGiven(command.reasons)) return rule('mla.refusal.reasons-required', 'refusal.no-reasons', {});
  if (bindsRequested(request) && !consulted(state, request, now)) {
    return rule('mla.consult-before-refusal', 'postpone.consult-first', {});
  }
  if (command.ground !== 'interferes-with-ongoing-case')
    return rule('mla.postpone.ground', 'postpone.ground', {});
  const ongoing = Object.values(state.cases).some(
    (open) => open.country === actor && open.offences.includes(request.offence),
  );
  if (!ongoing) return rule('mla.postpone.ground', 'postpone.no-case', {});
  if (command.until <= now) return invalid('request.deadline-past', {});
  return accept([
    event('RequestPostponed', now, both(request), {
      requestId: request.id,
      until: command.until,
      reasons: command.reasons,
    }),
  ]);
}

/** Time the requesting State has to answer a consultation before the requested State may decide alone. */
const CONSULTATION_WAIT = 24 * 60;

/**
 * Consultation before refusing or postponing (Art. 40): an exchange on the request, in which the
 * requesting State has answered, or has had a day to answer. Offering conditions is such an
 * exchange: the consultation model UNTOC 18(26) asks for is "to consider whether assistance may
 * be granted subject to such terms and conditions as it deems necessary", so an offer the
 * requesting State accepted or declined (or left a day unanswered) counts. Extradition's
 * consultation "where appropriate" (model UNTOC 16(16)) counts it too: the offer gave the
 * requesting State its say on whether and how the person is surrendered.
 */
function consulted(state: State, request: Request, now: GameTime): boolean {
  const offer = request.conditions;
  if (offer && (offer.accepted !== null || now - offer.offeredAt >= CONSULTATION_WAIT)) return true;
  return request.consultations.some((id) => {
    const consultation = state.consultations[id];
    if (!consultation) return false;
    return (
      consultation.messages.some((message) => message.from === request.from) ||
      now - consultation.openedAt >= CONSULTATION_WAIT
    );
  });
}

const EXTRADITION_ONLY: readonly RefusalGround[] = ['national', 'person-not-present'];

/** Undefined when a treaty that governs the request allows the ground; otherwise why not. */
function outsideTreaty(treaty: Treaty, ground: RefusalGround): Decision | undefined {
  if (treatyAllows(treaty, ground)) return undefined;
  return ground === 'no-convention-relationship'
    ? rule('treaty.refusal-grounds', 'refusal.treaty-binds', { treaty: treaty.name })
    : rule('treaty.refusal-grounds', 'refusal.treaty-ground', {
        treaty: treaty.name,
        grounds: treatyGrounds(treaty),
      });
}

export function refuseRequest(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'refuseRequest'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, [...OPEN, 'postponed']);
  if (!found.ok) return found.decision;
  const request = found.request;
  const extradition = REQUEST_KINDS[request.kind].regime === 'extradition';
  const requested = ctx.scenario.countries[actor];
  if (!requested) return invalid('unknown.country', { country: actor });
  const offence = ctx.scenario.case.offences[request.offence];
  if (!offence) return invalid('unknown.offence', { offence: request.offence });
  const ground = command.ground;
  // A treaty in place of the convention decides the grounds (model UNTOC 18(7), 16(7)).
  const treaty = treatyOfRequest(ctx.scenario.countries, request)?.treaty;

  if (!isGiven(command.reasons)) return rule('mla.refusal.reasons-required', 'refusal.no-reasons', {});
  if (ground === 'bank-secrecy') return rule('mla.refusal.bank-secrecy', 'refusal.bank-secrecy', {});
  // Fiscal matters are no ground under the convention (model UNTOC 18(22), 16(15)); an MLA
  // treaty that governs may keep the ground (the schema refuses it in an extradition treaty).
  if (ground === 'fiscal-matter' && !treaty?.refusalGrounds?.includes(ground)) {
    return extradition
      ? rule('extradition.refusal.fiscal', 'refusal.fiscal', {})
      : rule('mla.refusal.fiscal', 'refusal.fiscal', {});
  }
  if (bindsRequested(request)) {
    if (consultationDue(extradition, ground) && !consulted(state, request, now)) {
      return extradition
        ? rule('extradition.consult-before-refusal', 'refusal.consult-first', {})
        : rule('mla.consult-before-refusal', 'refusal.consult-first', {});
    }
    const unlisted = treaty ? outsideTreaty(treaty, ground) : undefined;
    if (unlisted) return unlisted;
    if (ground === 'no-convention-relationship')
      return rule('treaty.in-force', 'refusal.convention-applies', {});
    // No political-offence exception in the convention (neither model UNTOC 18(21) nor 16).
    if (ground === 'political-offence' && !treaty)
      return rule('mla.refusal.closed-list', 'refusal.political-offence', {});
    if (EXTRADITION_ONLY.includes(ground) && !extradition)
      return rule('mla.refusal.closed-list', 'refusal.extradition-ground', {});
    const unlawful = checkGround(ctx, state, request, ground, offence);
    if (unlawful) return unlawful;
  }
  const events: Event[] = [
    event('RequestRefused', now, both(request), { requestId: request.id, ground, reasons: command.reasons }),
  ];
  events.push(...releasePreservation(ctx, state, request, now));
  // Extradition refused: a provisional arrest made for it lapses (Art. 37).
  const suspectId = request.subject.suspect;
  const custody = suspectId ? state.suspects[suspectId]?.custody : null;
  if (
    suspectId &&
    REQUEST_KINDS[request.kind].produces === 'surrender' &&
    custody?.by === actor &&
    custody.pendingExtraditionTo === request.from
  ) {
    events.push(
      event('SuspectReleased', now, concernedWith(state, suspectId, actor, request.from), {
        suspectId,
        by: actor,
      }),
    );
  }
  return accept(events);
}

/**
 * Whether the requested State must consult before refusing on this ground. Assistance: always
 * (Art. 40, model UNTOC 18(26): "shall consult"). Extradition: "where appropriate" (Art. 37,
 * model UNTOC 16(16)), so that the requesting State may present its views on its allegation;
 * the game finds it appropriate except where the person is not on the territory at all, which
 * nothing said about the allegation can change.
 */
function consultationDue(extradition: boolean, ground: RefusalGround): boolean {
  return !extradition || ground !== 'person-not-present';
}

/** Undefined when the ground is lawful for this request; otherwise the rejection that explains why not. */
function checkGround(
  ctx: Ctx,
  state: State,
  request: Request,
  ground: RefusalGround,
  offence: Offence,
): Decision | undefined {
  const requested = ctx.scenario.countries[request.to];
  const requesting = ctx.scenario.countries[request.from];
  if (!requested || !requesting) return invalid('unknown.country', { country: request.to });
  const conducts = offence.conduct;
  const named = criminalConductsIn(requested, offence)
    .map((conduct) => requested.law.criminalises[conduct]?.name)
    .filter((name): name is string => Boolean(name));
  const { regime } = REQUEST_KINDS[request.kind];
  switch (ground) {
    case 'not-conforming':
      if (regime === 'preservation')
        return rule('preservation.refusal-grounds', 'refusal.preservation-conforming', {});
      return request.missing.length > 0
        ? undefined
        : rule('mla.refusal.not-conforming', 'refusal.conforming', {});
    case 'no-dual-criminality':
      return checkDualCriminality(regime, requested, offence, named);
    case 'not-serious-crime':
      return checkScope(request, requesting, conducts);
    case 'data-protection': {
      const personal = handsOverPersonalData(ctx, request, request.subject.evidence);
      const forbidden = requested.law.dataProtection.forbidsTransferTo.includes(request.from);
      if (personal && forbidden) return undefined;
      // Lawful only on its conditions, and those were declined (Art. 36).
      const declined =
        requested.law.dataProtection.onConditionsTo.includes(request.from) &&
        request.conditions?.accepted === false;
      if (personal && declined) return undefined;
      return requested.law.dataProtection.onConditionsTo.includes(request.from) && personal
        ? rule('data-protection.conditions', 'refusal.data-protection-offer-first', {})
        : rule('data-protection.transfer', 'refusal.data-protection', {});
    }
    case 'national': {
      const suspect = request.subject.suspect
        ? ctx.scenario.case.suspects[request.subject.suspect]
        : undefined;
      return !requested.law.extraditesNationals && suspect?.nationality === request.to
        ? undefined
        : rule('extradition.nationals', 'refusal.not-national', {});
    }
    case 'person-not-present': {
      const location = request.subject.suspect
        ? state.suspects[request.subject.suspect]?.location
        : undefined;
      return location !== request.to
        ? undefined
        : rule('extradition.person-present', 'refusal.person-present', {});
    }
    case 'domestic-law-prohibits': {
      return lackingPower(requested, request.kind, conducts)
        ? undefined
        : rule('mla.refusal.domestic-law-prohibits', 'refusal.domestic-law', {
            kind: request.kind,
          });
    }
    case 'contrary-to-legal-system':
      // Not a ground to refuse preservation: the model allows only a political offence or
      // essential interests (Art. 42, model BC 29(5)), and no source adds this one.
      if (regime === 'preservation')
        return rule('preservation.refusal-grounds', 'refusal.preservation-ground', {});
      return undefined;
    case 'essential-interests':
    case 'discriminatory-purpose':
    // Arts 6, 24: the requested State's own safeguards; it alone can weigh the breach.
    case 'human-rights':
    // Reached only where a treaty that governs the request allows them (see refuseRequest).
    case 'political-offence':
    case 'fiscal-matter':
      // Lawful grounds whose merits the engine cannot see: accepted with reasons, and listed in
      // the debrief for the instructor and the jury to discuss.
      return undefined;
    default:
      return rule('mla.refusal.closed-list', 'refusal.closed-list', {});
  }
}

/**
 * Undefined when the request is outside the convention, so that it may be refused on that ground
 * (Art. 3): electronic evidence of neither a convention offence nor a serious crime, or other
 * assistance for an offence the convention does not establish. The ground keeps its old id,
 * `not-serious-crime`; it reads "outside the convention's scope".
 */
function checkScope(
  request: Request,
  requesting: Country,
  conducts: readonly string[],
): Decision | undefined {
  if (!withinConvention(requesting, request.kind, conducts)) return undefined;
  const scope = scopeRule(request.kind);
  return scope === 'scope.serious-crime'
    ? rule(scope, 'refusal.in-scope', {})
    : rule(scope, 'refusal.convention-offence', {});
}

/**
 * Undefined when "no dual criminality" is a lawful refusal under the request's regime. Dual
 * criminality is judged by conduct (Art. 35), under the requested State's law as its options
 * shape it: a conduct whose required element the facts lack is no crime there (Arts 7-15).
 */
function checkDualCriminality(
  regime: RequestRegime,
  requested: Country,
  offence: Offence,
  named: readonly string[],
): Decision | undefined {
  const holds = offenceCriminalIn(requested, offence);
  switch (regime) {
    case 'preservation': {
      // Only under a reservation, and never for a convention offence (Art. 42).
      const reservation =
        requested.law.dualCriminality.preservationReservation &&
        !isConventionOffence(offence.conduct) &&
        !holds;
      return reservation
        ? undefined
        : rule('preservation.no-dual-criminality', 'refusal.preservation-dual-criminality', {});
    }
    case 'extradition':
      return holds
        ? rule('extradition.dual-criminality', 'refusal.dual-criminality-holds', { named })
        : undefined;
    case 'assistance':
    case 'police':
      if (!requested.law.dualCriminality.required)
        return rule('mla.refusal.no-dual-criminality', 'refusal.dual-criminality-not-required', {});
      return holds
        ? rule('mla.refusal.no-dual-criminality', 'refusal.dual-criminality-holds', { named })
        : undefined;
    default:
      return unknownRegime(regime);
  }
}

/** Reached by no regime: a new regime fails to compile here until the switch above handles it. */
function unknownRegime(regime: never): never {
  throw new Error(`unknown request regime ${String(regime)}`);
}

/**
 * A refused or withdrawn follow-up releases the requester's preservation held pending its
 * decision (Art. 42), unless another of its follow-ups for the data is still pending there. Only
 * a request to the State holding the data holds it, so only such a request releases it.
 */
export function releasePreservation(ctx: Ctx, state: State, request: Request, now: GameTime): Event[] {
  if (REQUEST_KINDS[request.kind].regime === 'preservation') return [];
  const by = request.from;
  return request.subject.evidence.flatMap((id) => {
    const preservation = state.evidence[id]?.preservations[by];
    if (!preservation || preservation.until !== null) return [];
    if (evidenceLocation(ctx.scenario, state, id) !== request.to) return [];
    const stillPending = Object.values(state.requests).some(
      (other) =>
        other.id !== request.id &&
        other.from === by &&
        other.to === request.to &&
        other.subject.evidence.includes(id) &&
        REQUEST_KINDS[other.kind].regime !== 'preservation' &&
        ['received', 'more-information-requested', 'executing', 'postponed'].includes(other.status),
    );
    return stillPending
      ? []
      : [event('PreservationReleased', now, [request.to, by], { evidenceId: id, until: now, by })];
  });
}

export function answerProgress(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'answerProgress'>,
  now: GameTime,
): Decision {
  const found = state.requests[command.requestId];
  if (!found || found.to !== actor) return invalid('unknown.request', { requestId: command.requestId });
  if (!found.progressQueries.some((query) => query.answeredAt === null))
    return invalid('progress.no-query', {});
  return accept([event('ProgressAnswered', now, both(found), { requestId: found.id, text: command.text })]);
}

export function warnRequester(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'warnRequester'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, [...OPEN, 'executing']);
  if (!found.ok) return found.decision;
  if (found.request.warnings.length >= LIMITS.warnings)
    return invalid('request.warnings-full', { max: LIMITS.warnings });
  return accept([
    event('PreservationWarningSent', now, both(found.request), {
      requestId: found.request.id,
      text: command.text,
    }),
  ]);
}

export function notifyConfidentiality(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'notifyConfidentiality'>,
  now: GameTime,
): Decision {
  const found = received(state, actor, command.requestId, [...OPEN, 'executing', 'postponed']);
  if (!found.ok) return found.decision;
  if (!found.request.confidential) return invalid('request.not-confidential', {});
  if (found.request.confidentialityNotices.length >= LIMITS.confidentialityNotices)
    return invalid('request.notices-full', { max: LIMITS.confidentialityNotices });
  return accept([
    event('ConfidentialityNoticeSent', now, both(found.request), {
      requestId: found.request.id,
      text: command.text,
    }),
  ]);
}
