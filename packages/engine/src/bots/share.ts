import { teamMates } from '../law/agreements.js';
import type { Command } from '../model/commands.js';
import type { CountryId } from '../model/ids.js';
import type { Source } from '../model/state.js';
import type { CountryView, KnownSuspect } from '../view/types.js';

/** What one share carries: ids of facts, evidence and suspects. */
interface Items {
  facts: string[];
  evidence: string[];
  suspects: string[];
}

/** Consultations that show a partner's proceedings on the offence they name. */
const PROCEEDINGS: readonly string[] = [
  'parallel-proceedings',
  'transfer-of-proceedings',
  'joint-investigation',
];

/**
 * What a bot tells others without being asked (Art. 40, model UNTOC 18(4)-(5); Art. 51 for
 * proceeds), one share per partner and only what it has not given that partner yet nor received
 * from it.
 *
 * Partners by agreement get everything we learn, as before: the country our proceedings were
 * transferred to, and the members of a joint investigation team we belong to; but not what a
 * State outside the agreement gave us (below).
 *
 * Any other State Party (spontaneous information is between Parties) gets what it needs and can
 * act on, as far as our view shows it:
 * - a suspect, to a State that pursues one of his offences (its claim of jurisdiction, a request
 *   it sent us, a consultation on the offence), or to the State where he is or whose national he
 *   is when one of his offences concerns that State (committed there, against it or its people):
 *   it can arrest or prosecute him;
 * - evidence and facts, to a State that pursues an offence of the case we obtained them for;
 * - evidence that led us to data held in a State with a stake in the case, so that it can
 *   preserve or produce that data itself.
 * A State that already knows a suspect (it holds him, or a request between us named him) or
 * asked us for an item gets nothing about it.
 *
 * Personal data another State provided is not passed on without its consent (Art. 36): only
 * evidence our own measures obtained, and facts we learned ourselves (case file, news, our own
 * measures and evidence), or, within an agreement, from another partner to it. The view does not
 * say how we learned a suspect's identity, so a suspect goes out spontaneously only when we found
 * where he is ourselves (or hold him), and never when a State outside the agreement shared him.
 */
export function sharing(view: CountryView): Command[] {
  const team = partnersByAgreement(view);
  // What does not depend on the partner, worked out once for every partner.
  const forTeam = team.size > 0 ? everything(view, team) : undefined;
  const ours = ownItems(view);
  const commands: Command[] = [];
  for (const [partner, country] of Object.entries(view.briefing.directory)) {
    if (partner === view.viewer) continue;
    const party = country.convention.status === 'party';
    if (!team.has(partner) && !party) continue;
    const fresh = notYetGiven(
      view,
      partner,
      forTeam && team.has(partner) ? forTeam : needs(view, partner, ours),
    );
    if (fresh.facts.length + fresh.evidence.length + fresh.suspects.length > 0) {
      commands.push({ type: 'shareInformation', to: partner, ...fresh, conditions: [] });
    }
  }
  return commands;
}

function partnersByAgreement(view: CountryView): Set<CountryId> {
  const partners = new Set<CountryId>();
  for (const found of Object.values(view.cases)) if (found.transferredTo) partners.add(found.transferredTo);
  for (const mate of teamMates(view.agreements, view.viewer)) partners.add(mate);
  return partners;
}

/** All we know that is ours to give a partner by agreement: we learned it, or a partner told us. */
function everything(view: CountryView, team: ReadonlySet<CountryId>): Items {
  return {
    facts: Object.entries(view.facts)
      .filter(([, fact]) => mayPass(view, fact.source, team))
      .map(([id]) => id),
    evidence: Object.entries(view.evidence)
      .filter(([, item]) => item.copy?.via.kind === 'measure')
      .map(([id]) => id),
    suspects: Object.entries(view.suspects)
      .filter(([id, suspect]) => mayPassSuspect(view, id, suspect, team))
      .map(([id]) => id),
  };
}

/** Leaves out what we gave the partner already and what it gave us. */
function notYetGiven(view: CountryView, partner: CountryId, items: Items): Items {
  const between = Object.values(view.shares).filter(
    (share) =>
      (share.from === view.viewer && share.to === partner) ||
      (share.from === partner && share.to === view.viewer),
  );
  const known = (pick: (share: (typeof between)[number]) => string[]) => {
    const ids = new Set(between.flatMap(pick));
    return (id: string) => !ids.has(id);
  };
  return {
    facts: items.facts.filter(known((share) => share.facts)),
    evidence: items.evidence.filter(known((share) => share.evidence)),
    suspects: items.suspects.filter(known((share) => share.suspects)),
  };
}

/** An item that is ours to pass on to any State, with the offences it is about. */
interface OwnItem {
  id: string;
  offences: string[];
}

/** What we may pass on to a State outside our agreements, whoever it is (see `sharing`). */
function ownItems(view: CountryView): { facts: OwnItem[]; evidence: OwnItem[]; suspects: OwnItem[] } {
  return {
    evidence: Object.entries(view.evidence)
      .filter(([, item]) => item.copy?.via.kind === 'measure')
      .map(([id]) => ({ id, offences: offencesOfEvidence(view, id) })),
    facts: Object.entries(view.facts)
      .filter(([, fact]) => mayPass(view, fact.source, NONE))
      .map(([id, fact]) => ({ id, offences: offencesOfSource(view, fact.source) })),
    suspects: Object.entries(view.suspects)
      .filter(([id, suspect]) => mayPassSuspect(view, id, suspect, NONE))
      .map(([id]) => ({ id, offences: offencesOfSuspect(view, id) })),
  };
}

/** What a State Party outside our agreements needs of what we learned ourselves (see `sharing`). */
function needs(view: CountryView, partner: CountryId, ours: ReturnType<typeof ownItems>): Items {
  const pursued = pursuedBy(view, partner);
  const stake = new Set([...pursued, ...concerning(view, partner)]);
  const meets = (offences: readonly string[], wanted: ReadonlySet<string>) =>
    offences.some((offence) => wanted.has(offence));
  const asked = new Set(
    Object.values(view.requests)
      .filter((request) => request.from === partner && request.to === view.viewer)
      .flatMap((request) => request.subject.evidence),
  );
  const leadsThere = new Set(
    Object.values(view.evidence)
      .filter((item) => item.country === partner)
      .map((item) => revealedBy(item.source))
      .filter((id) => id !== undefined),
  );
  const evidence = ours.evidence
    .filter(
      ({ id, offences }) =>
        !asked.has(id) && (meets(offences, pursued) || (leadsThere.has(id) && meets(offences, stake))),
    )
    .map(({ id }) => id);
  const facts = ours.facts.filter(({ offences }) => meets(offences, pursued)).map(({ id }) => id);
  const suspects = ours.suspects
    .filter(({ id, offences }) => {
      const suspect = view.suspects[id];
      if (!suspect || knownTo(view, partner, id, suspect)) return false;
      const there = suspect.location?.location === partner || suspect.nationality === partner;
      return meets(offences, pursued) || (there && meets(offences, stake));
    })
    .map(({ id }) => id);
  return { facts, evidence, suspects };
}

/**
 * Offences the partner shows us it pursues: its claims (everyone sees them; a prosecution needs
 * one), requests it sent us, consultations on them.
 */
function pursuedBy(view: CountryView, partner: CountryId): Set<string> {
  const offences = new Set<string>();
  for (const claim of Object.values(view.claims))
    if (claim.country === partner && claim.withdrawnAt === null) offences.add(claim.offence);
  for (const request of Object.values(view.requests))
    if (request.from === partner) offences.add(request.offence);
  for (const consultation of Object.values(view.consultations)) {
    if (
      consultation.offence &&
      consultation.participants.includes(partner) &&
      PROCEEDINGS.includes(consultation.topic)
    )
      offences.add(consultation.offence);
  }
  return offences;
}

/** Offences the (public) case file ties to a State: committed there, against it, or against its people. */
function concerning(view: CountryView, country: CountryId): string[] {
  return Object.entries(view.briefing.offences)
    .filter(
      ([, offence]) =>
        offence.committedIn.includes(country) ||
        offence.againstState === country ||
        offence.victims.some((victim) => victim.nationality === country || victim.location === country),
    )
    .map(([id]) => id);
}

function offencesOfSuspect(view: CountryView, suspectId: string): string[] {
  return Object.entries(view.briefing.offences)
    .filter(([, offence]) => offence.suspects.includes(suspectId))
    .map(([id]) => id);
}

function ourOffences(view: CountryView): string[] {
  return [...new Set(Object.values(view.cases).flatMap((found) => found.offences))];
}

/** The offences of the case we obtained an item for (of all our cases when it was for none). */
function offencesOfEvidence(view: CountryView, evidenceId: string): string[] {
  const forCase = view.evidence[evidenceId]?.copy?.forCase;
  return (forCase ? view.cases[forCase]?.offences : undefined) ?? ourOffences(view);
}

function offencesOfSource(view: CountryView, source: Source): string[] {
  const evidenceId = revealedBy(source);
  return evidenceId ? offencesOfEvidence(view, evidenceId) : ourOffences(view);
}

/** The evidence whose contents told us of something, if that is how we learned it. */
function revealedBy(source: Source): string | undefined {
  return source.kind === 'evidence' || source.kind === 'chain-hop' ? source.evidence : undefined;
}

const NONE: ReadonlySet<CountryId> = new Set();

/** A State that answered a request we no longer see: someone else's, so not ours to pass on. */
const SOMEONE = 'another State';

/**
 * The State that told us what we learned from this source: by a share, by its answer to our
 * request, or in evidence it gave us; undefined when we learned it ourselves.
 */
function giver(view: CountryView, source: Source): CountryId | undefined {
  if (source.kind === 'shared') return source.from;
  if (source.kind === 'request') return view.requests[source.request]?.to ?? SOMEONE;
  const evidenceId = revealedBy(source);
  const via = evidenceId === undefined ? undefined : view.evidence[evidenceId]?.copy?.via;
  if (via?.kind === 'shared') return via.from;
  if (via?.kind === 'request') return view.requests[via.request]?.to ?? SOMEONE;
  return undefined;
}

/** Ours to pass on: we learned it ourselves, or from one of `partners` (to pass among them). */
function mayPass(view: CountryView, source: Source, partners: ReadonlySet<CountryId>): boolean {
  const from = giver(view, source);
  return from === undefined || partners.has(from);
}

function mayPassSuspect(
  view: CountryView,
  id: string,
  suspect: KnownSuspect,
  partners: ReadonlySet<CountryId>,
): boolean {
  const told = Object.values(view.shares).some(
    (share) => share.to === view.viewer && share.suspects.includes(id) && !partners.has(share.from),
  );
  if (told) return false;
  // Holding him tells us where he is ourselves (the source is then custody).
  if (suspect.location) return mayPass(view, suspect.location.source, partners);
  // Only his identity: how we learned it is not shown; within an agreement, as before.
  return suspect.name !== null && partners.size > 0;
}

/** The partner holds him, received him, or a request between us named him. */
function knownTo(view: CountryView, partner: CountryId, id: string, suspect: KnownSuspect): boolean {
  return (
    suspect.custody?.by === partner ||
    suspect.surrenderedTo === partner ||
    Object.values(view.requests).some(
      (request) =>
        request.subject.suspect === id &&
        ((request.from === partner && request.to === view.viewer) ||
          (request.from === view.viewer && request.to === partner)),
    )
  );
}
