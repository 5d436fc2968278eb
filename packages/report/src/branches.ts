import { createEngine, describeEvent, type Event, type Line } from '@crossborder/engine';
import type { Scenario } from '@crossborder/scenario';

/**
 * A fork against its original (issue 15, part 8): both logs start with the same events (the
 * fork's first `copied` are the original's), then each branch goes its own way. For each
 * objective, when each branch met it (or missed it, or neither yet); for each country, the first
 * decisions where the two branches differ, as lines of the log (a catalogue key and its
 * parameters: the reader's language says them).
 */
export interface BranchOutcome {
  metAt: number | null;
  missedAt: number | null;
}

export interface ObjectiveBranches {
  objective: string;
  title: string;
  original: BranchOutcome;
  fork: BranchOutcome;
}

export interface BranchDecision {
  at: number;
  line: Line;
}

export interface CountryBranches {
  country: string;
  name: string;
  /** Whether the country took the same decisions, in the same order, in both branches. */
  same: boolean;
  /** From the first decision that differs: up to `limit` of each branch's (empty: none taken). */
  original: BranchDecision[];
  fork: BranchDecision[];
}

export interface BranchComparison {
  objectives: ObjectiveBranches[];
  countries: CountryBranches[];
}

/** How many decisions of each branch a country's difference shows: the first few tell the story. */
const LIMIT = 3;

export function compareBranches(
  scenario: Scenario,
  original: readonly Event[],
  fork: readonly Event[],
  copied: number,
  limit = LIMIT,
): BranchComparison {
  const engine = createEngine(scenario);
  const assessed = (events: readonly Event[]) => engine.assess(engine.replay(events), events);
  const before = assessed(original);
  const after = assessed(fork);
  const outcome = (found: { metAt: number | null; missedAt: number | null } | undefined) => ({
    metAt: found?.metAt ?? null,
    missedAt: found?.missedAt ?? null,
  });
  const objectives = Object.entries(scenario.objectives).map(([id, objective]) => ({
    objective: id,
    title: objective.title,
    original: outcome(before.objectives[id]),
    fork: outcome(after.objectives[id]),
  }));

  const say = (event: Event) => describeEvent(engine.ctx, event);
  const theirs = decisionsAfter(original, copied, say);
  const ours = decisionsAfter(fork, copied, say);
  const countries = Object.entries(scenario.countries).map(([id, country]) => {
    const a = theirs.get(id) ?? [];
    const b = ours.get(id) ?? [];
    let first = 0;
    while (first < a.length && first < b.length && sameLine(a[first]?.line, b[first]?.line)) first++;
    const same = first === a.length && first === b.length;
    return {
      country: id,
      name: country.shortName ?? country.name,
      same,
      original: same ? [] : a.slice(first, first + limit),
      fork: same ? [] : b.slice(first, first + limit),
    };
  });
  return { objectives, countries };
}

function sameLine(a: Line | undefined, b: Line | undefined): boolean {
  if (!a || !b || a.key !== b.key) return false;
  const keys = Object.keys(a.params);
  return (
    keys.length === Object.keys(b.params).length &&
    keys.every((key) => sameParam(a.params[key], b.params[key]))
  );
}

/** Two parameters alike: the same text, or lists (the engine gives a list as an array) of the same items. */
function sameParam(
  a: string | readonly string[] | undefined,
  b: string | readonly string[] | undefined,
): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, at) => item === b[at]);
  return a === b;
}

/**
 * Each country's decisions after the first `from` events: the events its own commands caused
 * (what time passing causes, or another country, is not its decision), with their lines. The
 * whole log is read, for a decision on a request names the request, sent before.
 */
function decisionsAfter(
  events: readonly Event[],
  from: number,
  say: (event: Event) => Line | null,
): Map<string, BranchDecision[]> {
  const requests = new Map<string, { from: string; to: string }>();
  const cases = new Map<string, string>();
  const decisions = new Map<string, BranchDecision[]>();
  events.forEach((event, seq) => {
    if (event.type === 'RequestSent') requests.set(event.request.id, event.request);
    if (event.type === 'CaseOpened') cases.set(event.case.id, event.case.country);
    if (seq < from) return;
    const actor = actorOf(event, requests, cases);
    const line = actor ? say(event) : null;
    if (!actor || !line) return;
    const list = decisions.get(actor) ?? [];
    list.push({ at: event.at, line });
    decisions.set(actor, list);
  });
  return decisions;
}

/** Which country's command caused an event, for the events that are a country's decisions. */
function actorOf(
  event: Event,
  requests: ReadonlyMap<string, { from: string; to: string }>,
  cases: ReadonlyMap<string, string>,
): string | null {
  const requested = (id: string) => requests.get(id)?.to ?? null;
  const requester = (id: string) => requests.get(id)?.from ?? null;
  switch (event.type) {
    case 'CaseOpened':
      return event.case.country;
    case 'ProceedingsTransferred':
      return cases.get(event.caseId) ?? null;
    case 'MeasureTaken':
      return event.measure.country;
    case 'JurisdictionClaimed':
      return event.claim.country;
    case 'ConsultationOpened':
      return event.consultation.openedBy;
    case 'ConsultationMessageSent':
      return event.message.from;
    case 'AgreementProposed':
      return event.agreement.proposedBy;
    case 'AgreementAnswered':
      return event.country;
    case 'RequestSent':
      return event.request.from;
    case 'RequestAcknowledged':
    case 'MoreInformationRequested':
    case 'ConditionsOffered':
    case 'ExecutionStarted':
    case 'RequestPostponed':
    case 'RequestRefused':
    case 'ProgressAnswered':
    case 'PreservationWarningSent':
    case 'ConfidentialityNoticeSent':
      return requested(event.requestId);
    case 'InformationProvided':
    case 'ConditionsAnswered':
    case 'RequestWithdrawn':
    case 'ProgressQueried':
    case 'WrittenConfirmationSent':
    case 'ProsecutionRequested':
      return requester(event.requestId);
    case 'ProsecutionOpened':
      return event.prosecution.country;
    case 'InformationShared':
      return event.share.from;
    default:
      return null;
  }
}
