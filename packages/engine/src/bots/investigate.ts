import { listText } from '@crossborder/i18n';
import {
  type Channel,
  type Country,
  parseDuration,
  REQUEST_KINDS,
  type RequestKind,
} from '@crossborder/scenario';
import { prosecutes } from '../advance/request-dues.js';
import { inJointTeam } from '../law/agreements.js';
import { governanceAt, isConventionOffence, processingMinutes, treatyOfRequest } from '../law/legal.js';
import type { Command } from '../model/commands.js';
import type { CountryId, GameTime } from '../model/ids.js';
import { CLOSED_REQUEST_STATUSES, type Request } from '../model/state.js';
import type { CountryView, KnownEvidence } from '../view/types.js';
import { type ActionTime, actionTime, agreements } from './agree.js';
import { sharing } from './share.js';
import { REASONS, requestContents, say } from './texts.js';

/**
 * How a bot pursues the case: it opens a case on the offences that concern its country, claims
 * the jurisdiction its law and the facts give it, consults when claims meet, preserves volatile
 * data first and then asks for it, follows every lead, arrests or asks for the arrest of
 * identified suspects, freezes known proceeds, and proposes the agreements its objectives need.
 * One step at a time: commands that need an id created by another wait for the next call.
 */
export function investigate(view: CountryView, now: GameTime): Command[] {
  const me = view.briefing.directory[view.viewer];
  if (!me) return [];
  const openCase = Object.values(view.cases)[0];
  const concerned = concernedOffences(view);
  if (!openCase) {
    if (concerned.length === 0 || Object.values(view.cases).length > 0) return [];
    return [{ type: 'openCase', title: view.briefing.caseTitle, offences: concerned }];
  }
  const missingOffences = concerned.filter((offence) => !openCase.offences.includes(offence));
  if (
    missingOffences.length > 0 &&
    !Object.values(view.cases).some((found) => found.offences.includes(missingOffences[0] ?? ''))
  ) {
    return [
      {
        type: 'openCase',
        title: say('bot.case-title', { title: view.briefing.caseTitle, offences: missingOffences }),
        offences: missingOffences,
      },
    ];
  }
  const offence = openCase.offences[0] ?? '';
  // When this country's arrests and seizures of devices are to happen (a planned action day).
  const when = actionTime(view, now);
  return [
    ...claims(view, me),
    ...consultations(view),
    ...agreements(view, now),
    ...followUps(view),
    ...evidence(view, me, openCase.id, offence, now, when),
    ...suspects(view, me, openCase.id, now, when),
    ...assets(view, openCase.id, proceedsOffence(view, openCase.offences), now),
    // Act first (data at risk waits for no one), then tell partners.
    ...sharing(view),
  ];
}

/** Offences in which the country has a stake: on its territory, against it, or against its nationals or residents. */
function concernedOffences(view: CountryView): string[] {
  return Object.entries(view.briefing.offences)
    .filter(
      ([, offence]) =>
        offence.committedIn.includes(view.viewer) ||
        offence.againstState === view.viewer ||
        offence.victims.some(
          (victim) => victim.nationality === view.viewer || victim.location === view.viewer,
        ),
    )
    .map(([id]) => id);
}

function supportedBases(view: CountryView, me: Country, offenceId: string): string[] {
  const offence = view.briefing.offences[offenceId];
  if (!offence) return [];
  const bases: string[] = [];
  if (offence.committedIn.includes(view.viewer)) bases.push('territory');
  const adopted = me.law.optionalJurisdiction;
  if (
    adopted.includes('victim-nationality') &&
    offence.victims.some((victim) => victim.nationality === view.viewer)
  ) {
    bases.push('victim-nationality');
  }
  if (adopted.includes('against-the-state') && offence.againstState === view.viewer)
    bases.push('against-the-state');
  if (
    adopted.includes('offender-nationality') &&
    offence.suspects.some((id) => view.suspects[id]?.nationality === view.viewer)
  ) {
    bases.push('offender-nationality');
  }
  return bases;
}

function claims(view: CountryView, me: Country): Command[] {
  const commands: Command[] = [];
  for (const found of Object.values(view.cases)) {
    for (const offence of found.offences) {
      const bases = supportedBases(view, me, offence);
      const claimed = new Set(
        Object.values(view.claims)
          .filter((claim) => claim.country === view.viewer && claim.offence === offence)
          .flatMap((claim) => claim.bases),
      );
      const fresh = bases.filter((basis) => !claimed.has(basis as never));
      if (fresh.length > 0) {
        commands.push({
          type: 'claimJurisdiction',
          offence,
          bases: fresh as never,
          reasoning: REASONS.jurisdiction,
        });
      }
    }
  }
  return commands;
}

/** Consultations that coordinate proceedings, whatever offence they name (as the engine counts them). */
const COORDINATION: readonly string[] = [
  'parallel-proceedings',
  'transfer-of-proceedings',
  'joint-investigation',
];

/**
 * Consult, once, every other country whose proceedings on an offence we claim we have learned of
 * (Art. 22, model UNCAC 42(5)): its claim over the offence, a request it sent us about it, or its
 * prosecution of one of its suspects. We cannot see whether a claimant has a case open, so we
 * consult every claimant: consulting where it was not needed costs nothing.
 */
function consultations(view: CountryView): Command[] {
  const mine = new Set(
    Object.values(view.claims)
      .filter((claim) => claim.country === view.viewer && claim.withdrawnAt === null)
      .map((claim) => claim.offence),
  );
  const learned: [CountryId, string][] = [
    ...Object.values(view.claims)
      .filter((claim) => claim.withdrawnAt === null)
      .map((claim): [CountryId, string] => [claim.country, claim.offence]),
    ...Object.values(view.requests)
      .filter((request) => request.to === view.viewer && request.status !== 'in-transit')
      .map((request): [CountryId, string] => [request.from, request.offence]),
    ...Object.values(view.prosecutions).flatMap((prosecution) =>
      [...mine]
        .filter((offence) => view.briefing.offences[offence]?.suspects.includes(prosecution.suspect))
        .map((offence): [CountryId, string] => [prosecution.country, offence]),
    ),
  ];
  const consulted = (other: CountryId, offence: string) =>
    Object.values(view.consultations).some(
      (consultation) =>
        consultation.participants.includes(other) &&
        (consultation.offence === offence || COORDINATION.includes(consultation.topic)),
    );
  const others = new Map<CountryId, string>();
  for (const [other, offence] of learned) {
    if (other !== view.viewer && mine.has(offence) && !consulted(other, offence) && !others.has(other)) {
      others.set(other, offence);
    }
  }
  if (others.size === 0) return [];
  const [[, offence] = ['', '']] = [...others.entries()];
  return [
    {
      type: 'openConsultation',
      with: [...others.keys()],
      topic: 'parallel-proceedings',
      offence,
      message: REASONS.parallel,
    },
  ];
}

/** Complete requests the requested State asked about; accept offered conditions; drop what is no longer needed. */
function followUps(view: CountryView): Command[] {
  const commands: Command[] = [];
  for (const request of Object.values(view.requests)) {
    if (request.from !== view.viewer) continue;
    if (request.status === 'more-information-requested') {
      commands.push({
        type: 'provideInformation',
        requestId: request.id,
        contents: requestContents(view, request.kind, request.offence, describeSubject(view, request)),
      });
    }
    if (request.conditions && request.conditions.accepted === null) {
      commands.push({ type: 'answerConditions', requestId: request.id, accept: true });
    }
    const waiting = ['in-transit', 'received', 'more-information-requested', 'postponed'].includes(
      request.status,
    );
    const all =
      request.subject.evidence.length > 0 && request.subject.evidence.every((id) => view.evidence[id]?.copy);
    const followUp = REQUEST_KINDS[request.kind].regime !== 'preservation';
    if (waiting && all && followUp && request.status !== 'in-transit') {
      commands.push({ type: 'declareNoLongerNeeded', requestId: request.id });
    }
    if (
      REQUEST_KINDS[request.kind].produces === 'surrender' &&
      request.status === 'refused' &&
      request.refusal?.ground === 'national' &&
      request.underConvention &&
      request.prosecutionRequestedAt === null &&
      // Already prosecuted there, on its own motion or another State's request: nothing to ask.
      !(request.subject.suspect && prosecutes(view.prosecutions, request.to, request.subject.suspect))
    ) {
      commands.push({ type: 'requestProsecution', requestId: request.id });
    }
  }
  return commands;
}

function describeSubject(view: CountryView, request: Request): string {
  const items = request.subject.evidence.map((id) => view.evidence[id]?.title ?? id);
  if (items.length > 0) return listText(items);
  if (request.subject.suspect)
    return say('bot.subject.person', {
      alias: view.suspects[request.subject.suspect]?.alias ?? request.subject.suspect,
    });
  if (request.subject.asset)
    return view.assets[request.subject.asset]?.description ?? say('bot.subject.funds');
  return say('bot.subject.assistance');
}

function pending(view: CountryView, kind: RequestKind, matches: (request: Request) => boolean): boolean {
  return Object.values(view.requests).some(
    (request) =>
      request.from === view.viewer &&
      request.kind === kind &&
      matches(request) &&
      (!CLOSED_REQUEST_STATUSES.includes(request.status) ||
        request.status === 'executed' ||
        request.status === 'refused'),
  );
}

/**
 * The quickest desk the kind may go to: the 24/7 network for preservation and police work, the
 * police where the kind allows them (a provisional arrest), else the central authority, or the
 * diplomatic channel where the requested State requires it. Under a treaty that designates
 * channels, one of those (model UNTOC 18(7), 16(7)).
 */
function channelFor(view: CountryView, to: CountryId, kind: RequestKind, now: GameTime): Channel {
  const quickest = conventionChannel(view, to, kind);
  const { directory, startsAt } = view.briefing;
  const governedBy = governanceAt(directory, startsAt, view.viewer, to, kind, now);
  const designated: readonly Channel[] | undefined = treatyOfRequest(directory, {
    from: view.viewer,
    governedBy,
  })?.treaty.channels;
  return !designated || designated.includes(quickest) ? quickest : (designated[0] ?? quickest);
}

function conventionChannel(view: CountryView, to: CountryId, kind: RequestKind): Channel {
  const { channels, regime } = REQUEST_KINDS[kind];
  const country = view.briefing.directory[to];
  if (channels.includes('24-7-network') && (regime === 'preservation' || regime === 'police'))
    return '24-7-network';
  if (channels.includes('police')) return 'police';
  return country?.centralAuthority.diplomaticChannelRequired ? 'diplomatic' : 'central-authority';
}

function languageFor(view: CountryView, to: CountryId, channel: Channel): string {
  const country = view.briefing.directory[to];
  const languages =
    channel === '24-7-network' || channel === 'police'
      ? country?.contact247.languages
      : country?.centralAuthority.languages;
  return languages?.[0] ?? 'en';
}

function send(
  view: CountryView,
  caseId: string,
  offence: string,
  kind: RequestKind,
  to: CountryId,
  subject: Command & { type: 'sendRequest' } extends { subject: infer S } ? S : never,
  about: string,
  now: GameTime,
): Command {
  // A life at risk that this country knows of: the emergency path where the kind has one (Arts 2(o), 41).
  const emergencyChannel = view.emergency ? REQUEST_KINDS[kind].emergencyChannel : null;
  const channel = emergencyChannel ?? channelFor(view, to, kind, now);
  const country = view.briefing.directory[to];
  const processing = country ? processingMinutes(country, kind) : 0;
  const { mla } = REQUEST_KINDS[kind];
  return {
    type: 'sendRequest',
    kind,
    to,
    caseId,
    offence,
    channel,
    language: languageFor(view, to, channel),
    subject,
    contents: requestContents(view, kind, offence, about),
    // Written reasoning, for a moot court's jury (asked for only there; harmless elsewhere).
    reasoning: REASONS.request,
    urgent: true,
    ...(emergencyChannel ? { emergency: true } : {}),
    // Asked for whenever it reaches a provider's data: no tip-off of the account holder (model
    // BC 16(3), UNTOC 18(20)).
    ...(REQUEST_KINDS[kind].target === 'evidence' ? { confidential: true } : {}),
    ...(mla
      ? {
          suggestedDeadline: now + processing + (parseDuration('1d') ?? 1440),
          deadlineReason: REASONS.deadline,
        }
      : {}),
  };
}

const RETAINED = ['subscriber', 'traffic', 'content'];

/** Whether we and `other` are members of the coordination body or of a concluded joint investigation team. */
function partnerOf(view: CountryView, other: CountryId): boolean {
  const body = view.briefing.coordinationBody;
  if (body?.members.includes(view.viewer) && body.members.includes(other)) return true;
  return inJointTeam(view.agreements, view.viewer, other);
}

function evidence(
  view: CountryView,
  me: Country,
  caseId: string,
  offence: string,
  now: GameTime,
  when: ActionTime,
): Command[] {
  const commands: Command[] = [];
  const measured = new Set(
    Object.values(view.measures)
      .filter((measure) => 'evidence' in measure.target)
      .map((measure) => `${measure.kind}:${(measure.target as { evidence: string }).evidence}`),
  );
  for (const [id, item] of Object.entries(view.evidence)) {
    if (item.copy || item.status === 'lost' || !item.country) continue;
    if (item.country === view.viewer) {
      commands.push(...domestic(me, caseId, id, item, measured, when));
      continue;
    }
    // A suspect's device in a partner's territory (a fellow member of a joint team or of the
    // coordination body): the partner seizes it itself, with the arrests, and shares it (with its
    // team, and with the States that pursue the offence: bots/share.ts); asked for by request, it
    // would be seized before the arrests and warn the suspects.
    if (item.kind === 'device' && partnerOf(view, item.country)) continue;
    const to = item.country;
    const about = item.title;
    // Preserved by anyone will do: the data is frozen at the provider, whoever asked (Art. 42).
    // We see another State's preservation only when the holder tells us, so our own request's
    // outcome counts too.
    const preservedForUs =
      item.preservation !== null ||
      Object.values(view.requests).some(
        (request) => request.from === view.viewer && request.outcome?.preserved.includes(id),
      );
    const volatile = RETAINED.includes(item.kind) && item.expiresAt !== null;
    if (
      volatile &&
      !preservedForUs &&
      !pending(view, 'preservation', (request) => request.subject.evidence.includes(id))
    ) {
      commands.push(send(view, caseId, offence, 'preservation', to, { evidence: [id] }, about, now));
      continue;
    }
    if (volatile && !preservedForUs) continue;
    const kind: RequestKind = item.kind === 'financial' ? 'mla' : 'stored-data';
    if (!pending(view, kind, (request) => request.subject.evidence.includes(id))) {
      commands.push(send(view, caseId, offence, kind, to, { evidence: [id] }, about, now));
    }
  }
  return commands;
}

function domestic(
  me: Country,
  caseId: string,
  id: string,
  item: KnownEvidence,
  measured: Set<string>,
  when: ActionTime,
): Command[] {
  const safeguards = {
    authorisedBy: say('bot.safeguard.judge-of', { country: me.shortName ?? me.name }),
    grounds: say('bot.safeguard.data-grounds'),
    scope: say('bot.safeguard.data-scope', { item: item.title }),
    duration: say('bot.safeguard.data-duration'),
  };
  const commands: Command[] = [];
  const volatile = RETAINED.includes(item.kind) && item.expiresAt !== null;
  if (volatile && !item.preservation && !measured.has(`preservation-order:${id}`)) {
    commands.push({
      type: 'takeMeasure',
      caseId,
      kind: 'preservation-order',
      target: { evidence: id },
      safeguards,
      durationDays: 90,
      confidential: true,
    });
  }
  const kind = item.kind === 'device' ? 'search-and-seizure' : 'production-order';
  // A suspect's device is seized with the arrests, on the action day: seized earlier, it warns them.
  const device = item.kind === 'device';
  if (device && when === 'wait') return commands;
  if (!measured.has(`${kind}:${id}`))
    commands.push({
      type: 'takeMeasure',
      caseId,
      kind,
      target: { evidence: id },
      safeguards,
      confidential: true,
      ...(device && typeof when === 'object' ? { executeAt: when.at } : {}),
    });
  return commands;
}

function suspects(
  view: CountryView,
  me: Country,
  caseId: string,
  now: GameTime,
  when: ActionTime,
): Command[] {
  const commands: Command[] = [];
  const found = view.cases[caseId];
  if (!found) return [];
  for (const [id, suspect] of Object.entries(view.suspects)) {
    const offence = found.offences.find((offenceId) =>
      view.briefing.offences[offenceId]?.suspects.includes(id),
    );
    if (!offence || !suspect.name) continue;
    const where = suspect.location?.location;
    const inMyCustody = suspect.custody?.by === view.viewer;
    if (inMyCustody) {
      commands.push(...prosecute(view, caseId, id, offence));
      continue;
    }
    if (!where || suspect.custody || suspect.surrenderedTo) continue;
    if (where === view.viewer) {
      if (when === 'wait') continue;
      const arresting = Object.values(view.measures).some(
        (measure) =>
          measure.kind === 'arrest' &&
          'suspect' in measure.target &&
          measure.target.suspect === id &&
          !measure.completed,
      );
      if (!arresting) {
        commands.push({
          type: 'takeMeasure',
          caseId,
          kind: 'arrest',
          target: { suspect: id },
          safeguards: {
            authorisedBy: say('bot.safeguard.judge-of', { country: me.shortName ?? me.name }),
            grounds: say('bot.safeguard.arrest-grounds'),
            scope: say('bot.safeguard.arrest-scope', { name: suspect.name }),
            duration: say('bot.safeguard.arrest-duration'),
          },
          ...(typeof when === 'object' ? { executeAt: when.at } : {}),
        });
      }
      continue;
    }
    const about = `the surrender of ${suspect.name}`;
    const toWhere = (request: Request) => request.subject.suspect === id && request.to === where;
    // No point holding someone for an extradition that the law of the place forbids.
    const host = view.briefing.directory[where];
    const protectedNational =
      host !== undefined && !host.law.extraditesNationals && suspect.nationality === where;
    if (!protectedNational && !pending(view, 'provisional-arrest', toWhere)) {
      commands.push(send(view, caseId, offence, 'provisional-arrest', where, { suspect: id }, about, now));
    }
    if (!pending(view, 'extradition', toWhere)) {
      commands.push(send(view, caseId, offence, 'extradition', where, { suspect: id }, about, now));
    }
  }
  // Those this batch already prosecutes of its own motion are not prosecuted again on request.
  const prosecuting = new Set(
    commands.flatMap((command) => (command.type === 'openProsecution' ? [command.suspect] : [])),
  );
  commands.push(...prosecuteOnRequest(view, me, prosecuting));
  return commands;
}

function prosecute(view: CountryView, caseId: string, suspectId: string, offence: string): Command[] {
  if (view.cases[caseId]?.transferredTo) return [];
  if (prosecutes(view.prosecutions, view.viewer, suspectId)) return [];
  const claimed = Object.values(view.claims).some(
    (claim) => claim.country === view.viewer && claim.offence === offence,
  );
  if (!claimed) return [];
  const evidenceIds = Object.entries(view.evidence)
    .filter(([, item]) => item.copy && (item.copy.forCase === caseId || item.copy.forCase === null))
    .map(([id]) => id);
  return [
    {
      type: 'openProsecution',
      suspect: suspectId,
      caseId,
      evidence: evidenceIds,
      reasoning: REASONS.prosecuteOwn,
    },
  ];
}

/** Extradite or prosecute: a national we refused to extradite is prosecuted here when asked (Art. 37). */
function prosecuteOnRequest(view: CountryView, me: Country, prosecuting: Set<string>): Command[] {
  const commands: Command[] = [];
  for (const request of Object.values(view.requests)) {
    if (request.to !== view.viewer || request.prosecutionRequestedAt === null || !request.subject.suspect)
      continue;
    const suspectId = request.subject.suspect;
    // One prosecution of the person answers every State that asked for it (see `prosecuted`).
    if (prosecutes(view.prosecutions, view.viewer, suspectId) || prosecuting.has(suspectId)) continue;
    const found = Object.values(view.cases).find(
      (open) => open.transferredTo === null && open.offences.includes(request.offence),
    );
    if (!found) {
      commands.push({
        type: 'openCase',
        title: say('bot.case-prosecution', { name: view.suspects[suspectId]?.name ?? suspectId }),
        offences: [request.offence],
      });
      continue;
    }
    const claimed = Object.values(view.claims).some(
      (claim) => claim.country === view.viewer && claim.offence === request.offence,
    );
    if (!claimed) {
      const bases = supportedBases(view, me, request.offence);
      commands.push({
        type: 'claimJurisdiction',
        offence: request.offence,
        bases: [...new Set([...bases, 'national-not-extradited'])] as never,
        reasoning: REASONS.jurisdiction,
      });
      continue;
    }
    prosecuting.add(suspectId);
    commands.push({
      type: 'openProsecution',
      suspect: suspectId,
      caseId: found.id,
      evidence: [],
      reasoning: REASONS.prosecute,
      onRequest: request.id,
    });
  }
  return commands;
}

/**
 * The offence a request about proceeds names: a convention offence of the case, for freezing and
 * confiscation reach the proceeds of convention offences only (Art. 3(a)); none if it has none.
 */
function proceedsOffence(view: CountryView, offences: readonly string[]): string | undefined {
  return offences.find((id) => isConventionOffence(view.briefing.offences[id]?.conduct ?? []));
}

function assets(view: CountryView, caseId: string, offence: string | undefined, now: GameTime): Command[] {
  const commands: Command[] = [];
  for (const [id, asset] of Object.entries(view.assets)) {
    if (asset.frozen || asset.confiscated || !asset.country) continue;
    if (asset.country === view.viewer) {
      const freezing = Object.values(view.measures).some(
        (measure) =>
          measure.kind === 'freezing-order' &&
          'asset' in measure.target &&
          measure.target.asset === id &&
          !measure.completed,
      );
      if (!freezing) {
        commands.push({
          type: 'takeMeasure',
          caseId,
          kind: 'freezing-order',
          target: { asset: id },
          safeguards: {
            authorisedBy: say('bot.safeguard.judge'),
            grounds: say('bot.safeguard.funds-grounds'),
            scope: asset.description,
            duration: say('bot.safeguard.funds-duration'),
          },
        });
      }
      continue;
    }
    const to = asset.country;
    // A freeze executed there is done, even when another State's freeze came first (we are not
    // told of it): ask again only where the funds had moved on before it was executed.
    const movedOn = (request: Request) =>
      request.status === 'executed' &&
      request.outcome?.notes.some((note) => note.key === 'outcome.asset-moved') === true;
    if (
      offence !== undefined &&
      !pending(
        view,
        'asset-freeze',
        (request) => request.subject.asset === id && request.to === to && !movedOn(request),
      )
    ) {
      commands.push(send(view, caseId, offence, 'asset-freeze', to, { asset: id }, asset.description, now));
    }
  }
  return commands;
}
