import { type Channel, contentTerm, REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';
import { isGiven, missingContents } from '../law/contents.js';
import { emergencyKnownTo } from '../law/emergency.js';
import { formProblems } from '../law/form.js';
import {
  conductsOf,
  conventionInForce,
  evidenceLocation,
  governanceAt,
  meetsExtraditionMinimum,
  nextOfficeTime,
  notAnOffence,
  type ScopeRuleId,
  scopeRule,
  treatyOfRequest,
  withinConvention,
} from '../law/legal.js';
import { reasoningMissing } from '../law/moot.js';
import { lackingPower } from '../law/powers.js';
import { DIPLOMATIC_TRANSIT_MINUTES, WRITTEN_CONFIRMATION_MINUTES } from '../law/timing.js';
import type { CommandOf } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid, type MessageKey, rule } from '../model/decision.js';
import { requestDefaults } from '../model/defaults.js';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { Request, State } from '../model/state.js';
import { consultParallelProceedings } from './parallel.js';
import { witnessProblem } from './testimony.js';
import {
  believedLocation,
  countryName,
  event,
  Ids,
  isCountry,
  knowsEvidence,
  knowsIdentity,
  violation,
} from './tools.js';

/**
 * What a request the convention does not cover is told, by the rule that sets its reach (Art. 3).
 * Other assistance has no entry: it may be sent for any offence, and refused as outside the
 * convention (rule scope.other-assistance).
 */
const OUT_OF_SCOPE: Partial<Record<ScopeRuleId, MessageKey>> = {
  'extradition.convention-offence': 'request.extradition-not-convention',
  'scope.proceeds': 'request.proceeds-not-convention',
  'scope.serious-crime': 'request.not-serious',
};

/** When the requested State has the request in hand: at once through the 24/7 network, else at office hours. */
function arrivalTime(ctx: Ctx, to: CountryId, channel: Channel, now: GameTime): GameTime {
  const country = ctx.scenario.countries[to];
  if (!country || channel === '24-7-network' || channel === 'police') return now;
  return nextOfficeTime(
    ctx.scenario,
    country,
    channel === 'diplomatic' ? now + DIPLOMATIC_TRANSIT_MINUTES : now,
  );
}

export function sendRequest(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'sendRequest'>,
  now: GameTime,
): Decision {
  const kind = command.kind as RequestKind;
  const spec = REQUEST_KINDS[kind];
  const { scenario } = ctx;
  if (!isCountry(ctx, command.to)) return invalid('unknown.country', { country: command.to });
  if (command.to === actor) return invalid('request.to-self', {});
  const home = scenario.countries[actor];
  const requested = scenario.countries[command.to];
  if (!home || !requested) return invalid('unknown.country', { country: actor });
  const found = state.cases[command.caseId];
  if (!found || found.country !== actor) return invalid('unknown.case', { caseId: command.caseId });
  if (!found.offences.includes(command.offence))
    return invalid('request.offence-not-in-case', { offence: command.offence });
  const to = countryName(ctx, command.to);

  // What the request is about, and whether it is in the requested State's territory.
  const evidence = [...new Set(command.subject.evidence ?? [])];
  const suspectId = command.subject.suspect ?? null;
  const assetId = command.subject.asset ?? null;
  if (spec.target === 'evidence') {
    if (evidence.length === 0) return invalid('request.needs-evidence', { kind });
    const allowed = spec.dataKinds;
    for (const id of evidence) {
      const item = scenario.case.evidence[id];
      if (!item || !knowsEvidence(state, actor, id)) return invalid('unknown.evidence', { evidence: id });
      if (!allowed.includes(item.kind)) {
        return invalid('request.data-kind', {
          kind,
          item: item.title,
          dataKind: item.kind,
          allowed,
        });
      }
      const location =
        item.kind === 'device'
          ? believedLocation(state, actor, item.holder)
          : evidenceLocation(scenario, state, id);
      if (location !== command.to) {
        return rule('request.territorial-link', 'request.not-there', {
          item: item.title,
          to,
          where: location ? countryName(ctx, location) : '?',
        });
      }
    }
  }
  if (spec.target === 'suspect') {
    const suspect = suspectId ? scenario.case.suspects[suspectId] : undefined;
    if (!suspect || !suspectId) return invalid('request.needs-suspect', { kind });
    // Extradition is of a person known by name and present there; police cooperation may be
    // asked to find out who and where the person is (Arts 37, 47).
    if (spec.regime === 'extradition') {
      if (!knowsIdentity(state, actor, suspectId))
        return invalid('measure.identify-first', { alias: suspect.alias });
      const location = believedLocation(state, actor, suspectId);
      if (location !== command.to) {
        return rule('extradition.person-present', 'request.person-not-there', {
          alias: suspect.alias,
          to,
          where: location ? countryName(ctx, location) : '?',
        });
      }
    }
  }
  const witness = witnessProblem(ctx, state, actor, command.to, kind, suspectId);
  if (witness) return witness;
  if (spec.target === 'asset') {
    const known = assetId ? state.assets[assetId]?.knownBy[actor] : undefined;
    if (!assetId || !known) return invalid('request.needs-asset', { kind });
    const where = scenario.case.providers[known.holder]?.country;
    if (where !== command.to) {
      return rule('request.territorial-link', 'request.asset-not-there', {
        to,
        where: where ? countryName(ctx, where) : '?',
      });
    }
  }

  // The regime: a bilateral treaty in place of the convention's procedure, where one binds the
  // two States (Arts 37, 40, model UNTOC 16(7), 18(7)); decided now and kept on the request.
  const governedBy = governanceAt(scenario.countries, scenario.startsAt, actor, command.to, kind, now);
  const treaty = treatyOfRequest(scenario.countries, { from: actor, governedBy })?.treaty;

  // Channel, language and urgency (Arts 40, 41): the same checks as the browser's composer.
  const emergency = emergencyKnownTo(ctx, state, actor);
  const formProblem = formProblems(scenario.countries, { ...command, kind }, emergency, treaty).find(
    (problem) => problem.ruleId !== 'mla.form.urgent-oral',
  );
  if (formProblem) return rule(formProblem.ruleId, formProblem.code, formProblem.params);

  // Scope (Arts 2(h), 3, 35), the requested State's minimum penalty for extradition (Art. 37)
  // and its powers (Arts 45, 46).
  const lawful = notAnOffence(scenario, command.offence);
  if (lawful) return rule(lawful, 'offence.not-criminal', { offence: command.offence });
  const conducts = conductsOf(scenario, command.offence);
  const scope = scopeRule(kind);
  const outOfScope = OUT_OF_SCOPE[scope];
  if (outOfScope && !withinConvention(home, kind, conducts)) return rule(scope, outOfScope, {});
  // The minimum penalty of the requested State's law, or of the treaty between them (model UNTOC 16(7)).
  const minimum = treaty?.minPenaltyYears;
  if (spec.regime === 'extradition' && !meetsExtraditionMinimum(home, requested, conducts, minimum)) {
    return minimum === undefined
      ? rule('extradition.minimum-penalty', 'request.extradition-penalty', {
          to,
          years: requested.law.extraditionMinPenaltyYears,
        })
      : rule('treaty.extradition-conditions', 'request.treaty-extradition-penalty', {
          treaty: treaty?.name ?? '',
          years: minimum,
        });
  }
  const lacking = lackingPower(requested, kind, conducts);
  if (lacking) return rule(lacking.ruleId, lacking.code, { to });
  if (command.oral === true && command.urgent !== true)
    return rule('mla.form.urgent-oral', 'request.oral-not-urgent', {});
  if (command.suggestedDeadline !== undefined && command.suggestedDeadline <= now) {
    return invalid('request.deadline-past', {});
  }

  // Contents: a preservation request is invalid without them (Art. 42); an MLA request goes,
  // but the requested State may ask for more or refuse it as not conforming (Art. 40).
  const missing = missingContents(kind, command.contents, treaty);
  const [firstMissing] = missing;
  if (spec.regime === 'preservation' && firstMissing) {
    return rule(firstMissing.rule, 'request.preservation-incomplete', {
      // Ids, said through the catalogue (`{missing:contents}`), in the reader's language.
      missing: missing.map(contentTerm),
    });
  }

  // Moot mode: a request the rubric names goes with its written reasoning (after the law's checks,
  // which teach more than a missing text does).
  const unreasoned = reasoningMissing(ctx, 'request', command.reasoning);
  if (unreasoned) return unreasoned;

  const ids = new Ids(state);
  const id = ids.take('req');
  const request: Request = {
    ...requestDefaults(),
    id,
    kind,
    from: actor,
    to: command.to,
    caseId: command.caseId,
    offence: command.offence,
    channel: command.channel,
    language: command.language,
    subject: { evidence, suspect: suspectId, asset: assetId },
    contents: { ...command.contents },
    missing: missing.map((item) => item.id),
    urgent: command.urgent ?? false,
    confirmInWritingBy: command.oral === true ? now + WRITTEN_CONFIRMATION_MINUTES : null,
    emergency: command.emergency ?? false,
    confidential: command.confidential ?? false,
    suggestedDeadline: command.suggestedDeadline ?? null,
    deadlineReason: command.deadlineReason ?? '',
    ...(command.reasoning !== undefined && isGiven(command.reasoning)
      ? { reasoning: command.reasoning }
      : {}),
    underConvention: conventionInForce(scenario, actor, command.to, now),
    governedBy,
    sentAt: now,
    receivedAt: arrivalTime(ctx, command.to, command.channel, now),
    status: 'in-transit',
    statusAt: now,
  };
  // The requested State hears of the request when it arrives (RequestReceived), not before.
  const events: Event[] = [event('RequestSent', now, [actor], { request })];
  for (const item of missing) {
    events.push(
      ...violation(
        ctx,
        ids,
        item.rule,
        actor,
        now,
        'violation.missing-content',
        { item: contentTerm(item), request: id },
        { request: id },
      ),
    );
  }
  // A suggested deadline with its reasons is good practice, not a duty (Art. 40, model UNTOC
  // 18(24)): the composer advises it (rule mla.deadline.reasons); nothing is recorded without it.
  if (spec.regime === 'extradition') {
    events.push(...consultParallelProceedings(ctx, state, ids, actor, [command.offence], now));
  }
  return accept(events);
}
