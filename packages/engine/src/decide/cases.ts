import { REQUEST_KINDS, realTimeCollectionFor } from '@crossborder/scenario';
import { inJointTeam } from '../law/agreements.js';
import {
  evidenceLocation,
  interceptionAllowed,
  measureMinutes,
  notAnOffence,
  offersServicesIn,
  productionOrderReaches,
} from '../law/legal.js';
import { missingSafeguards } from '../law/measure-safeguards.js';
import { reasoningMissing } from '../law/moot.js';
import { MAX_PRESERVATION_ORDER_DAYS } from '../law/timing.js';
import { tipOffs } from '../law/tip-off.js';
import type { CommandOf } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid, type MessageKey, rule } from '../model/decision.js';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { Measure, State } from '../model/state.js';
import { consultParallelProceedings } from './parallel.js';
import {
  aheadInGame,
  believedLocation,
  concernedWith,
  countryName,
  event,
  Ids,
  knowsEvidence,
  knowsIdentity,
  violation,
} from './tools.js';

/** Domestic work: opening a case, taking measures on one's own territory, claiming jurisdiction, prosecuting. */

export function openCase(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'openCase'>,
  now: GameTime,
): Decision {
  const unknown = command.offences.find((offence) => !ctx.scenario.case.offences[offence]);
  if (unknown) return invalid('unknown.offence', { offence: unknown });
  const ids = new Ids(state);
  const id = ids.take('case');
  return accept([
    event('CaseOpened', now, [actor], {
      case: {
        id,
        country: actor,
        title: command.title,
        offences: [...new Set(command.offences)],
        openedAt: now,
        transferredTo: null,
      },
    }),
  ]);
}

const EVIDENCE_MEASURES = [
  'preservation-order',
  'production-order',
  'search-and-seizure',
  'real-time-collection',
  'interception',
];

export function takeMeasure(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'takeMeasure'>,
  now: GameTime,
): Decision {
  const found = state.cases[command.caseId];
  if (!found || found.country !== actor) return invalid('unknown.case', { caseId: command.caseId });
  const country = ctx.scenario.countries[actor];
  if (!country) return invalid('unknown.country', { country: actor });
  const target = command.target;
  let durationMinutes: number | null = null;

  if ('evidence' in target) {
    if (!EVIDENCE_MEASURES.includes(command.kind))
      return invalid('measure.wrong-target', { kind: command.kind });
    const item = ctx.scenario.case.evidence[target.evidence];
    if (!item || !knowsEvidence(state, actor, target.evidence))
      return invalid('unknown.evidence', { evidence: target.evidence });
    const location =
      item.kind === 'device'
        ? believedLocation(state, actor, item.holder)
        : evidenceLocation(ctx.scenario, state, target.evidence);
    // A production order reaches a provider offering its services here for its subscriber
    // information, wherever it is established (Art. 27, model BC 18(1)(b)): not action abroad.
    const productionOrder = command.kind === 'production-order' && item.kind !== 'device';
    if (location !== actor && productionOrder && offersServicesIn(ctx.scenario, item.holder, actor)) {
      if (!productionOrderReaches(ctx.scenario, target.evidence, actor)) {
        return rule('measures.production-order', 'measure.production-subscriber-only', {
          item: item.title,
          provider: ctx.scenario.case.providers[item.holder]?.name ?? item.holder,
          country: location ? countryName(ctx, location) : '?',
        });
      }
    } else if (location !== actor) {
      if (location && inJointTeam(state.agreements, actor, location)) {
        return rule('jit.territorial-sovereignty', 'measure.abroad-team', {
          country: countryName(ctx, location),
        });
      }
      return rule('sovereignty.no-action-abroad', 'measure.abroad', {
        item: item.title,
        country: location ? countryName(ctx, location) : '?',
      });
    }
    const fits: Record<string, readonly string[]> = {
      'preservation-order': ['subscriber', 'traffic', 'content'],
      'production-order': ['subscriber', 'traffic', 'content', 'financial'],
      'search-and-seizure': ['content', 'device', 'financial'],
      'real-time-collection': ['traffic'],
      interception: ['content'],
    };
    if (!fits[command.kind]?.includes(item.kind)) {
      return invalid('measure.wrong-data-kind', {
        kind: command.kind,
        dataKind: item.kind,
        fits: fits[command.kind] ?? [],
      });
    }
    if (command.kind === 'real-time-collection') {
      if (!country.law.powers.realTimeCollection)
        return rule('real-time.domestic-law', 'measure.no-power', { kind: command.kind });
      // Reserved to some offences (Art. 23, recalled; model BC 14(3)(a)).
      const kept = realTimeCollectionFor(country.law);
      const conducts = item.proves.flatMap((offence) => ctx.scenario.case.offences[offence]?.conduct ?? []);
      if (kept && !conducts.some((conduct) => kept.includes(conduct)))
        return rule('reservation.real-time-collection', 'measure.real-time-reserved', {});
    }
    if (command.kind === 'interception') {
      const conducts = item.proves.flatMap((offence) => ctx.scenario.case.offences[offence]?.conduct ?? []);
      if (!interceptionAllowed(country, conducts)) {
        return rule('interception.serious-only', 'measure.interception-not-available', {});
      }
    }
    if (command.kind === 'preservation-order') {
      const days = command.durationDays ?? MAX_PRESERVATION_ORDER_DAYS;
      if (days > MAX_PRESERVATION_ORDER_DAYS) {
        return rule('measures.preservation-order-90-days', 'measure.preservation-too-long', { days });
      }
      durationMinutes = days * 24 * 60;
    }
  } else if ('suspect' in target) {
    if (command.kind !== 'arrest') return invalid('measure.wrong-target', { kind: command.kind });
    const suspect = ctx.scenario.case.suspects[target.suspect];
    if (!suspect) return invalid('unknown.suspect', { suspect: target.suspect });
    if (!knowsIdentity(state, actor, target.suspect))
      return invalid('measure.identify-first', { alias: suspect.alias });
    const location = believedLocation(state, actor, target.suspect);
    if (location !== actor) {
      return rule('sovereignty.no-action-abroad', 'measure.arrest-abroad', {
        alias: suspect.alias,
        country: location ? countryName(ctx, location) : '?',
      });
    }
    if (state.suspects[target.suspect]?.custody)
      return invalid('measure.already-in-custody', { alias: suspect.alias });
  } else {
    if (command.kind !== 'freezing-order') return invalid('measure.wrong-target', { kind: command.kind });
    const asset = state.assets[target.asset];
    const known = asset?.knownBy[actor];
    if (!asset || !known) return invalid('unknown.asset', { asset: target.asset });
    const holderCountry = ctx.scenario.case.providers[known.holder]?.country;
    if (holderCountry !== actor) {
      return rule('sovereignty.no-action-abroad', 'measure.asset-abroad', {
        country: holderCountry ? countryName(ctx, holderCountry) : '?',
      });
    }
  }

  // Held until a common action time (an action day): authorised now, carried out then.
  const executeAt = command.executeAt;
  if (executeAt !== undefined && !aheadInGame(ctx, executeAt, now)) return invalid('measure.execute-at', {});
  const ids = new Ids(state);
  const measure: Measure = {
    id: ids.take('measure'),
    country: actor,
    caseId: command.caseId,
    kind: command.kind,
    target: { ...target } as Measure['target'],
    safeguards: { ...command.safeguards },
    durationMinutes,
    confidential: command.confidential ?? false,
    takenAt: now,
    ...(executeAt !== undefined ? { executeAt } : {}),
    completesAt: Math.max(now + measureMinutes(country, command.kind), executeAt ?? 0),
    completed: false,
    outcome: null,
  };
  const events: Event[] = [event('MeasureTaken', now, [actor], { measure })];
  // A provider that tells its customers, or whose law makes it, tips the suspect off (model BC 16(3)).
  if ('evidence' in target) {
    events.push(
      ...tipOffs(
        ctx.scenario,
        state,
        {
          by: actor,
          evidence: [target.evidence],
          via: { kind: 'measure', measure: measure.id },
          confidential: measure.confidential,
          discloses: command.kind !== 'preservation-order',
        },
        now,
      ),
    );
  }
  // Art. 24: each safeguard the measure calls for written down, however briefly ("Judge Ames").
  const missing = missingSafeguards(command.kind, command.safeguards);
  if (missing.length > 0) {
    events.push(
      ...violation(
        ctx,
        ids,
        'safeguards.conditions',
        actor,
        now,
        'violation.safeguards',
        { missing },
        {
          measure: measure.id,
        },
      ),
    );
  }
  if (command.kind === 'arrest')
    events.push(...consultParallelProceedings(ctx, state, ids, actor, found.offences, now));
  return accept(events);
}

export function claimJurisdiction(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'claimJurisdiction'>,
  now: GameTime,
): Decision {
  const offence = ctx.scenario.case.offences[command.offence];
  const country = ctx.scenario.countries[actor];
  if (!offence || !country) return invalid('unknown.offence', { offence: command.offence });
  const unreasoned = reasoningMissing(ctx, 'jurisdiction-claim', command.reasoning);
  if (unreasoned) return unreasoned;
  const lawful = notAnOffence(ctx.scenario, command.offence);
  if (lawful) return rule(lawful, 'offence.not-criminal', { offence: command.offence });
  for (const basis of command.bases) {
    if (
      basis !== 'territory' &&
      basis !== 'national-not-extradited' &&
      !country.law.optionalJurisdiction.includes(basis)
    ) {
      return rule('jurisdiction.optional-basis', 'jurisdiction.not-adopted', { basis });
    }
    const supported = (() => {
      switch (basis) {
        case 'territory':
          return offence.committedIn.includes(actor);
        case 'victim-nationality':
          return offence.victims.some((victim) => ctx.scenario.case.victims[victim]?.nationality === actor);
        case 'offender-nationality':
          return offence.suspects.some((id) => {
            const suspect = ctx.scenario.case.suspects[id];
            const national =
              suspect?.nationality === actor ||
              (suspect?.nationality === 'stateless' && suspect.residence === actor);
            return national && knowsIdentity(state, actor, id);
          });
        case 'against-the-state':
          return offence.againstState === actor;
        case 'national-not-extradited':
          return Object.values(state.requests).some(
            (found) =>
              found.to === actor &&
              REQUEST_KINDS[found.kind].produces === 'surrender' &&
              found.refusal?.ground === 'national' &&
              found.subject.suspect !== null &&
              offence.suspects.includes(found.subject.suspect),
          );
      }
    })();
    if (!supported)
      return rule('jurisdiction.basis-unsupported', `jurisdiction.unsupported.${basis}` as MessageKey, {
        offence: command.offence,
      });
  }
  const ids = new Ids(state);
  return accept([
    event('JurisdictionClaimed', now, ctx.countries, {
      claim: {
        id: ids.take('claim'),
        country: actor,
        offence: command.offence,
        bases: [...new Set(command.bases)],
        reasoning: command.reasoning,
        at: now,
        withdrawnAt: null,
      },
    }),
  ]);
}

export function openProsecution(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'openProsecution'>,
  now: GameTime,
): Decision {
  const found = state.cases[command.caseId];
  if (!found || found.country !== actor) return invalid('unknown.case', { caseId: command.caseId });
  const unreasoned = reasoningMissing(ctx, 'prosecution-decision', command.reasoning);
  if (unreasoned) return unreasoned;
  const transferredTo =
    found.transferredTo ??
    Object.values(state.agreements).find(
      (agreement) =>
        agreement.kind === 'transfer-of-proceedings' &&
        agreement.concludedAt !== null &&
        agreement.parties.includes(actor) &&
        agreement.terms.lead !== actor &&
        agreement.terms.offence !== null &&
        found.offences.includes(agreement.terms.offence),
    )?.terms.lead;
  if (transferredTo) {
    return rule('proceedings.transfer', 'prosecution.transferred', {
      country: countryName(ctx, transferredTo),
    });
  }
  const suspect = ctx.scenario.case.suspects[command.suspect];
  if (!suspect) return invalid('unknown.suspect', { suspect: command.suspect });
  if (!knowsIdentity(state, actor, command.suspect))
    return invalid('measure.identify-first', { alias: suspect.alias });
  const concerned = found.offences.filter(
    (offence) =>
      ctx.scenario.case.offences[offence]?.suspects.includes(command.suspect) &&
      notAnOffence(ctx.scenario, offence) === undefined,
  );
  if (concerned.length === 0) return invalid('prosecution.not-in-case', { alias: suspect.alias });
  const claimed = Object.values(state.claims).some(
    (claim) => claim.country === actor && claim.withdrawnAt === null && concerned.includes(claim.offence),
  );
  if (!claimed) return invalid('prosecution.claim-first', { alias: suspect.alias });
  for (const evidence of command.evidence) {
    if (!state.evidence[evidence]?.obtainedBy[actor]) return invalid('unknown.evidence', { evidence });
  }
  const asked = command.onRequest ? state.requests[command.onRequest] : undefined;
  if (command.onRequest && (!asked || asked.to !== actor || asked.prosecutionRequestedAt === null)) {
    return invalid('unknown.request', { requestId: command.onRequest });
  }
  const ids = new Ids(state);
  const id = ids.take('pros');
  const events: Event[] = [
    event('ProsecutionOpened', now, concernedWith(state, command.suspect, actor), {
      prosecution: {
        id,
        country: actor,
        suspect: command.suspect,
        caseId: command.caseId,
        evidence: [...new Set(command.evidence)],
        reasoning: command.reasoning,
        at: now,
        onRequest: command.onRequest ?? null,
      },
    }),
  ];
  for (const evidence of new Set(command.evidence)) {
    const copy = state.evidence[evidence]?.obtainedBy[actor];
    if (copy && copy.via.kind !== 'measure' && copy.forCase !== null && copy.forCase !== command.caseId) {
      events.push(
        ...violation(
          ctx,
          ids,
          'mla.speciality',
          actor,
          now,
          'violation.speciality',
          { evidence },
          { evidence },
        ),
      );
    }
  }
  // Prosecuting at the requesting State's own request is coordinated with it (Art. 37).
  const coordinated = asked ? [asked.from] : [];
  events.push(...consultParallelProceedings(ctx, state, ids, actor, concerned, now, coordinated));
  return accept(events);
}
