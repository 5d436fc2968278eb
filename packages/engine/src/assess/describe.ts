import { citationText, type Params } from '@crossborder/i18n';
import { RULES } from '@crossborder/scenario';
import { countryName } from '../decide/tools.js';
import { governanceNote } from '../law/governance.js';
import { holdingState, isPreservable } from '../law/legal.js';
import type { Ctx } from '../model/context.js';
import type { MessageKey } from '../model/decision.js';
import type { Event } from '../model/events.js';
import { injectOf, originOf } from '../model/injects.js';
import type { MessageParams } from '../model/message.js';
import type { Request, State, TipOff } from '../model/state.js';

/** Without a state, only the scenario's own injects have titles. */
const NO_STATE: Pick<State, 'injects'> = { injects: {} };

/** An event as a line of the log or the debrief timeline: a catalogue key and its parameters. */
export interface Line {
  key: MessageKey;
  params: MessageParams;
}

const line = (key: MessageKey, params: MessageParams = {}): Line => ({ key, params });
const texts = (params: Params): MessageParams =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? String(value) : value]),
  );

const LOST_RULE = 'data.lost-after-retention';
const TIP_OFF_RULE = 'confidentiality.tip-off';

/**
 * A suspect tipped off: which provider told him, of whose order or request, why (its habit, or
 * its country's law), under which rule, and what would have prevented it (model BC 16(3)).
 */
function tippedOff(ctx: Ctx, suspectId: string, tipOff: TipOff): Line {
  const provider = ctx.scenario.case.providers[tipOff.provider];
  return line(tipOff.cause === 'law' ? 'log.suspect-tipped-off-law' : 'log.suspect-tipped-off', {
    suspect: ctx.scenario.case.suspects[suspectId]?.alias ?? suspectId,
    provider: provider?.name ?? tipOff.provider,
    holder: provider ? countryName(ctx, provider.country) : '?',
    country: countryName(ctx, tipOff.by),
    evidence: ctx.scenario.case.evidence[tipOff.evidence]?.title ?? tipOff.evidence,
    rule: TIP_OFF_RULE,
    article: citationText(RULES[TIP_OFF_RULE].citations),
  });
}

/**
 * Data deleted at the end of its retention period: why, under which rule, and what would have
 * kept it (Arts 25, 42): a preservation in time in the State holding it, and, for a foreign
 * preservation, the request for the data that keeps it preserved until decided.
 */
function expired(ctx: Ctx, evidenceId: string): Line {
  const item = ctx.scenario.case.evidence[evidenceId];
  const title = item?.title ?? evidenceId;
  const country = holdingState(ctx.scenario, evidenceId);
  if (!item || !country || !isPreservable(item.kind))
    return line('log.evidence-expired', { evidence: title });
  return line('log.evidence-expired-unpreserved', {
    evidence: title,
    holder: ctx.scenario.case.providers[item.holder]?.name ?? item.holder,
    country: countryName(ctx, country),
    rule: LOST_RULE,
    article: citationText(RULES[LOST_RULE].citations),
  });
}

/**
 * A request sent, and, where a treaty between the two States has a say, the rules it went under:
 * the treaty in place of the convention (model UNTOC 18(7), 16(7)), or the convention the two
 * agreed to apply instead.
 */
function requestSent(ctx: Ctx, request: Request): Line {
  const params = {
    from: countryName(ctx, request.from),
    to: countryName(ctx, request.to),
    kind: request.kind,
    request: request.id,
  };
  const { reason } = request.governedBy;
  if (reason === 'convention' || reason === 'none') return line('log.request-sent', params);
  const { treaty } = governanceNote(ctx.scenario.countries, request.governedBy, request).params;
  return line(
    reason === 'convention-in-lieu' ? 'log.request-sent-convention-in-lieu' : 'log.request-sent-treaty',
    {
      ...params,
      treaty: treaty ?? '',
    },
  );
}

/** Events that only bookkeep (a deadline lapsing, an id moving on) describe nothing of their own. */
export function describeEvent(ctx: Ctx, event: Event, state: Pick<State, 'injects'> = NO_STATE): Line | null {
  const name = (country: string) => countryName(ctx, country);
  const evidence = (id: string) => ctx.scenario.case.evidence[id]?.title ?? id;
  const alias = (id: string) => ctx.scenario.case.suspects[id]?.alias ?? id;
  const asset = (id: string) => ctx.scenario.case.assets[id]?.description ?? id;
  // An offence has no title of its own: its description is how the teams know it.
  const offence = (id: string) => ctx.scenario.case.offences[id]?.description ?? id;
  switch (event.type) {
    case 'CaseOpened':
      return line('log.case-opened', { country: name(event.case.country), title: event.case.title });
    case 'ProceedingsTransferred':
      return line('log.proceedings-transferred', { to: name(event.to) });
    case 'MeasureTaken':
      return line('log.measure-taken', { country: name(event.measure.country), kind: event.measure.kind });
    case 'MeasureCompleted':
      return line('log.measure-completed', { outcome: event.outcome });
    case 'JurisdictionClaimed':
      return line('log.jurisdiction-claimed', {
        country: name(event.claim.country),
        offence: offence(event.claim.offence),
        bases: event.claim.bases,
      });
    case 'ConsultationOpened':
      return line('log.consultation-opened', {
        country: name(event.consultation.openedBy),
        with: event.consultation.participants.filter((p) => p !== event.consultation.openedBy).map(name),
      });
    case 'ConsultationMessageSent':
      return line('log.consultation-message', { country: name(event.message.from) });
    case 'AgreementProposed':
      return line('log.agreement-proposed', {
        country: name(event.agreement.proposedBy),
        kind: event.agreement.kind,
      });
    case 'AgreementAnswered':
      return line(event.accepted ? 'log.agreement-accepted' : 'log.agreement-rejected', {
        country: name(event.country),
      });
    case 'AgreementConcluded':
      return line('log.agreement-concluded', {});
    case 'RequestSent':
      return requestSent(ctx, event.request);
    case 'RequestReceived':
      return line('log.request-received', { request: event.requestId });
    case 'RequestAcknowledged':
      return line('log.request-acknowledged', { request: event.requestId });
    case 'MoreInformationRequested':
      return line('log.more-information', { request: event.requestId });
    case 'InformationProvided':
      return line('log.information-provided', { request: event.requestId });
    case 'ConditionsOffered':
      return line('log.conditions-offered', {
        request: event.requestId,
        conditions: event.conditions,
      });
    case 'ConditionsAnswered':
      return line(event.accepted ? 'log.conditions-accepted' : 'log.conditions-declined', {
        request: event.requestId,
      });
    case 'ExecutionStarted':
      return event.authorisedBy
        ? line('log.execution-started-authorised', {
            request: event.requestId,
            authority: event.authorisedBy,
          })
        : line('log.execution-started', { request: event.requestId });
    case 'RequestExecuted':
      return line(event.partial ? 'log.request-partly-executed' : 'log.request-executed', {
        request: event.requestId,
      });
    case 'RequestPostponed':
      return line('log.request-postponed', { request: event.requestId });
    case 'PostponementEnded':
      return line('log.postponement-ended', { request: event.requestId });
    case 'RequestRefused':
      return line('log.request-refused', { request: event.requestId, ground: event.ground });
    case 'RequestWithdrawn':
      return line('log.request-withdrawn', { request: event.requestId });
    case 'RequestNoLongerNeeded':
      return line('log.request-no-longer-needed', { request: event.requestId });
    case 'ProgressQueried':
      return line('log.progress-queried', { request: event.requestId });
    case 'WrittenConfirmationSent':
      return line('log.written-confirmation', { request: event.requestId });
    case 'ProgressAnswered':
      return line('log.progress-answered', { request: event.requestId });
    case 'PreservationWarningSent':
      return line('log.preservation-warning', { request: event.requestId });
    case 'ConfidentialityNoticeSent':
      return line('log.confidentiality-notice', { request: event.requestId });
    case 'ProsecutionRequested':
      return line('log.prosecution-requested', { request: event.requestId });
    case 'ProsecutionOpened':
      return line('log.prosecution-opened', {
        country: name(event.prosecution.country),
        suspect: alias(event.prosecution.suspect),
      });
    case 'InformationShared':
      return line('log.information-shared', { from: name(event.share.from), to: name(event.share.to) });
    case 'EvidencePreserved':
      return line('log.evidence-preserved', { evidence: evidence(event.evidenceId) });
    case 'PreservationHeld':
      return line('log.preservation-held', { evidence: evidence(event.evidenceId) });
    case 'PreservationEnded':
      // Whose: the State holding the data hears of every country's end.
      return line('log.preservation-ended-for', {
        evidence: evidence(event.evidenceId),
        country: name(event.by),
      });
    case 'EvidenceLost':
      return event.reason === 'deleted'
        ? line('log.evidence-deleted', { evidence: evidence(event.evidenceId) })
        : expired(ctx, event.evidenceId);
    case 'EvidenceDiscovered':
      return line('log.evidence-discovered', {
        country: name(event.country),
        evidence: evidence(event.evidenceId),
      });
    case 'EvidenceObtained':
      return line('log.evidence-obtained', {
        country: name(event.country),
        evidence: evidence(event.evidenceId),
      });
    case 'FactLearned':
      return line('log.fact-learned', { country: name(event.country) });
    case 'SuspectIdentified':
      return line('log.suspect-identified', {
        country: name(event.country),
        suspect: alias(event.suspectId),
      });
    case 'SuspectLocated':
      return line('log.suspect-located', {
        country: name(event.country),
        suspect: alias(event.suspectId),
        location: name(event.location),
      });
    case 'SuspectMoved':
      return line('log.suspect-moved', { suspect: alias(event.suspectId), to: name(event.to) });
    case 'SuspectTippedOff':
      return tippedOff(ctx, event.suspectId, event.tipOff);
    case 'SuspectArrested':
      return line('log.suspect-arrested', { suspect: alias(event.suspectId), by: name(event.by) });
    case 'SuspectSurrendered':
      return line('log.suspect-surrendered', { suspect: alias(event.suspectId), to: name(event.to) });
    case 'SuspectReleased':
      return line('log.suspect-released', { suspect: alias(event.suspectId), by: name(event.by) });
    case 'AssetDiscovered':
      return line('log.asset-discovered', { country: name(event.country), asset: asset(event.assetId) });
    case 'AssetFrozen':
      return line('log.asset-frozen', { asset: asset(event.assetId) });
    case 'AssetMoved':
      return line('log.asset-moved', { asset: asset(event.assetId) });
    case 'AssetConfiscated':
      return line('log.asset-confiscated', { asset: asset(event.assetId) });
    case 'InjectFired': {
      // An inject written live is in the state (pass it); a message is said as the words it carries.
      const inject = injectOf(ctx, state, event.injectId);
      if (originOf(state, event.injectId) === 'message')
        return line('log.message', { text: inject?.message ?? '' });
      return line('log.inject-fired', { title: inject?.title ?? event.injectId });
    }
    case 'EmergencyDeclared':
      return line('log.emergency', {});
    case 'ViolationRecorded':
      // The violation's own line, said in the reader's language (it is the offender's alone to
      // see, and the debrief puts it on the offender's lane).
      return line(event.violation.line.key, texts(event.violation.line.params));
    case 'ObjectiveMet':
      return line('log.objective-met', {
        title: ctx.scenario.objectives[event.objectiveId]?.title ?? event.objectiveId,
      });
    case 'ObjectiveMissed':
      return line('log.objective-missed', {
        title: ctx.scenario.objectives[event.objectiveId]?.title ?? event.objectiveId,
      });
    case 'PointsAwarded':
      return line('log.points-awarded', {
        country: name(event.award.country),
        points: String(event.award.points),
      });
    case 'NoteAdded':
      return line('log.note', { text: event.note.text });
    case 'SessionEnded':
      return line('log.session-ended', {});
    case 'InjectHeld':
    case 'InjectReleased':
    case 'InjectCancelled':
    case 'InjectScheduled':
    case 'InjectWritten':
    case 'PreservationReleased':
    case 'DeadlineLapsed':
      return null;
  }
}
