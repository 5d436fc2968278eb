import { emergencyKnownTo } from '../law/emergency.js';
import { evidenceLocation, holdingState } from '../law/legal.js';
import { isMoot, reasonedDecisions } from '../law/moot.js';
import type { Ctx } from '../model/context.js';
import { type CountryId, INSTRUCTOR, isJuror, OBSERVER } from '../model/ids.js';
import { injectOf, originOf } from '../model/injects.js';
import type { EvidenceState, Preservation, State } from '../model/state.js';
import { scoreOf } from '../score.js';
import { copy } from '../util/copy.js';
import { type Read, unchanging } from '../util/kept.js';
import { evidenceAtRisk } from './evidence-at-risk.js';
import { jurorBase } from './jury.js';
import { scenarioNames } from './names.js';
import { plansOf } from './plans.js';
import { sectionsOf } from './sections.js';
import { derived, keptPart, sharedCopy, stateBase } from './shared.js';
import type {
  Briefing,
  CountryView,
  FiredInject,
  InstructorView,
  KnownAsset,
  KnownEvidence,
  KnownFact,
  KnownSuspect,
  ObjectiveView,
  ObserverView,
  View,
  Viewer,
} from './types.js';

/**
 * What a seat may see. A country sees only what it knows; the observer sees the public board;
 * the instructor sees all. Views are plain objects, read-only: parts that did not change are the
 * very objects of the previous view (see shared.ts), so the stream's diff of consecutive views
 * is cheap. A view is its base plus its sections (see sections.ts).
 */
export function view(ctx: Ctx, state: State, viewer: Viewer): View {
  // A copy: a base may be kept and shared (and is then frozen).
  const full = { ...viewBase(ctx, state, viewer) };
  for (const section of sectionsOf(viewer)) {
    const shown: Record<string, unknown> = {};
    const record = state[section.collection] as Record<string, object>;
    // for-in, not Object.entries: a record of hundreds of requests is scanned for every view.
    for (const id in record) {
      const value = section.show(record[id] as object);
      if (value !== undefined) shown[id] = value;
    }
    placeAt(full, section.path, shown);
  }
  return full;
}

/** The view with each of its sections empty: what is left to compute when only some entities changed. */
export function viewBase(ctx: Ctx, state: State, viewer: Viewer): View {
  if (viewer === INSTRUCTOR) return instructorView(ctx, state);
  if (viewer === OBSERVER) return observerView(ctx, state);
  if (isJuror(viewer)) return jurorBase(ctx, state, viewer, briefing(ctx));
  return countryView(ctx, state, viewer);
}

function placeAt(target: object, path: readonly string[], value: unknown): void {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1) ?? ''] = value;
}

/** The scenario's public briefing: the same for every seat and every view of a session. */
function briefing(ctx: Ctx): Briefing {
  return derived(ctx, 'briefing', () => buildBriefing(ctx));
}

function buildBriefing(ctx: Ctx): Briefing {
  const { scenario } = ctx;
  return {
    id: scenario.id,
    title: scenario.title,
    caseTitle: scenario.case.title,
    caseSummary: scenario.case.summary ?? null,
    startsAt: scenario.startsAt,
    endsAfter: scenario.session.endsAfter,
    clock: scenario.session.clock,
    reasoningFor: reasonedDecisions(ctx),
    coordinationBody: scenario.case.coordinationBody
      ? {
          name: scenario.case.coordinationBody.name,
          description: scenario.case.coordinationBody.description ?? null,
          members: [...scenario.case.coordinationBody.members],
        }
      : null,
    // The public directory: every country's authorities and law, but not its team's briefing.
    directory: Object.fromEntries(
      Object.entries(scenario.countries).map(([id, { briefing: _private, ...country }]) => [
        id,
        copy(country),
      ]),
    ),
    conducts: Object.fromEntries(
      Object.entries(scenario.conducts).map(([id, conduct]) => [id, { name: conduct.name }]),
    ),
    offences: Object.fromEntries(
      Object.entries(scenario.case.offences).map(([id, offence]) => [
        id,
        {
          description: offence.description,
          conduct: [...offence.conduct],
          committedIn: [...offence.committedIn],
          suspects: [...offence.suspects],
          victims: offence.victims.flatMap((victimId) => {
            const victim = scenario.case.victims[victimId];
            return victim
              ? [{ name: victim.name, nationality: victim.nationality, location: victim.location }]
              : [];
          }),
          againstState: offence.againstState ?? null,
        },
      ]),
    ),
  };
}

function firedInjects(ctx: Ctx, state: State, viewer: CountryId | null): Record<string, FiredInject> {
  return keptPart(ctx, state, `injects:${viewer}`, ['injects'], () => buildFiredInjects(ctx, state, viewer));
}

function buildFiredInjects(ctx: Ctx, state: State, viewer: CountryId | null): Record<string, FiredInject> {
  const fired: Record<string, FiredInject> = {};
  for (const [id, current] of Object.entries(state.injects)) {
    const inject = injectOf(ctx, state, id);
    if (!inject || current.status !== 'fired' || current.firedAt === null) continue;
    const audience = inject.audience === 'all' ? null : inject.audience;
    if (viewer === null ? audience !== null : audience !== null && !audience.includes(viewer)) continue;
    // Whether it is news or the instructor's words; not whether the scenario or the instructor wrote it.
    const kind = originOf(state, id) === 'message' ? 'message' : 'news';
    fired[id] = { title: inject.title, message: inject.message, firedAt: current.firedAt, kind };
  }
  return fired;
}

function objectives(ctx: Ctx, state: State, viewer: CountryId | null): Record<string, ObjectiveView> {
  return keptPart(ctx, state, `objectives:${viewer}`, ['objectives'], () =>
    buildObjectives(ctx, state, viewer),
  );
}

function buildObjectives(ctx: Ctx, state: State, viewer: CountryId | null): Record<string, ObjectiveView> {
  const shown: Record<string, ObjectiveView> = {};
  for (const [id, objective] of Object.entries(ctx.scenario.objectives)) {
    if (viewer !== null && objective.for !== 'all' && !objective.for.includes(viewer)) continue;
    const current = state.objectives[id];
    shown[id] = {
      title: objective.title,
      when: derived(ctx, `objective:${id}`, () => copy(objective.when)),
      for: objective.for === 'all' ? 'all' : [...objective.for],
      description: objective.description ?? null,
      points: objective.points,
      deadline: objective.deadline ?? null,
      metAt: current?.metAt ?? null,
      missedAt: current?.missedAt ?? null,
    };
  }
  return shown;
}

/**
 * Everything a country's base is built from. Most changes (a request sent, answered) touch
 * none of them: the base is then the very object of the previous view.
 */
const COUNTRY_BASE_READS: readonly Read[] = [
  'ended',
  'emergency',
  'facts',
  'evidence',
  'suspects',
  'assets',
  'prosecutions',
  'injects',
  'objectives',
  'awards',
  'violations',
];

function countryView(ctx: Ctx, state: State, viewer: CountryId): CountryView {
  const base = keptPart(ctx, state, `base:${viewer}`, COUNTRY_BASE_READS, () =>
    buildCountryView(ctx, state, viewer),
  );
  // The plans read more of the state than the base does: kept apart, and put in here (the same
  // object as long as neither changed, so that the stream's diff of them costs nothing).
  const plans = plansOf(ctx, state, viewer);
  if (Object.keys(plans).length === 0) return base;
  const kept = withPlans.get(base);
  if (kept?.plans === plans) return kept;
  const merged = { ...base, plans };
  withPlans.set(base, merged);
  return merged;
}

/** A country's base with its plans, by base: the last one made (see countryView). */
const withPlans = new WeakMap<CountryView, CountryView>();

function buildCountryView(ctx: Ctx, state: State, viewer: CountryId): CountryView {
  const country = ctx.scenario.countries[viewer];
  return {
    role: 'country',
    viewer,
    ended: state.ended,
    // The emergency path is this country's when the case is an emergency or it knows a fact that makes it one.
    emergency: emergencyKnownTo(ctx, state, viewer),
    briefing: derived(ctx, `briefing:${viewer}`, () => ({
      ...briefing(ctx),
      own: country?.briefing ?? null,
    })),
    facts: keptPart(ctx, state, `facts:${viewer}`, ['facts'], () => knownFacts(ctx, state, viewer)),
    evidence: keptPart(ctx, state, `evidence:${viewer}`, ['evidence', 'suspects'], () =>
      knownEvidence(ctx, state, viewer),
    ),
    suspects: keptPart(ctx, state, `suspects:${viewer}`, ['suspects'], () =>
      knownSuspects(ctx, state, viewer),
    ),
    assets: keptPart(ctx, state, `assets:${viewer}`, ['assets'], () => knownAssets(ctx, state, viewer)),
    requests: {},
    shares: {},
    cases: {},
    measures: {},
    claims: {},
    consultations: {},
    agreements: {},
    // Reads the requests too, but only who sent one, which never changes (see knownProsecutions).
    prosecutions: keptPart(ctx, state, `prosecutions:${viewer}`, ['prosecutions', 'suspects'], () =>
      knownProsecutions(state, viewer),
    ),
    injects: firedInjects(ctx, state, viewer),
    objectives: objectives(ctx, state, viewer),
    plans: {},
    violations: {},
    awards: {},
    notes: {},
    score: scoreFor(ctx, state, viewer),
  };
}

/** What is public of a provider that holds data (see `KnownEvidence.provider`); nothing for a suspect. */
function providerTerms(ctx: Ctx, id: string): Pick<KnownEvidence, 'provider'> {
  const provider = ctx.scenario.case.providers[id];
  return provider
    ? {
        provider: {
          offersServicesIn: [...provider.offersServicesIn],
          notifiesCustomers: provider.notifiesCustomers,
        },
      }
    : {};
}

/** A holder of data or assets by name: a provider's, or a suspect's alias. */
function holderName(ctx: Ctx, id: string): string {
  return ctx.scenario.case.providers[id]?.name ?? ctx.scenario.case.suspects[id]?.alias ?? id;
}

function knownFacts(ctx: Ctx, state: State, viewer: CountryId): Record<string, KnownFact> {
  const facts: Record<string, KnownFact> = {};
  for (const [id, fact] of Object.entries(state.facts)) {
    const known = fact.knownBy[viewer];
    if (known) facts[id] = { ...copy(known), text: ctx.scenario.case.facts[id]?.text ?? '' };
  }
  return facts;
}

/** Reads `state.evidence` and `state.suspects` (a device is where its holder is). */
function knownEvidence(ctx: Ctx, state: State, viewer: CountryId): Record<string, KnownEvidence> {
  const { scenario } = ctx;
  const evidence: Record<string, KnownEvidence> = {};
  for (const [id, item] of Object.entries(state.evidence)) {
    const known = item.knownBy[viewer];
    const declared = scenario.case.evidence[id];
    if (!known || !declared) continue;
    const country =
      declared.kind === 'device'
        ? (state.suspects[declared.holder]?.locationKnownBy[viewer]?.location ?? null)
        : (evidenceLocation(scenario, state, id) ?? null);
    evidence[id] = {
      ...copy(known),
      title: declared.title,
      kind: declared.kind,
      holder: declared.holder,
      holderName: holderName(ctx, declared.holder),
      ...providerTerms(ctx, declared.holder),
      country,
      status: item.status,
      expiresAt: item.expiresAt,
      // A country sees its own preservation; the State holding the data keeps it for everyone and
      // sees the one that lasts longest. Others' preservations are not theirs to know.
      preservation: shownPreservation(item, viewer, holdingState(scenario, id) === viewer),
      copy: item.obtainedBy[viewer] ? copy(item.obtainedBy[viewer]) : null,
    };
  }
  return evidence;
}

function shownPreservation(item: EvidenceState, viewer: CountryId, holds: boolean): Preservation | null {
  const own = item.preservations[viewer];
  if (!holds) return own ? copy(own) : null;
  let longest: Preservation | undefined;
  for (const preservation of Object.values(item.preservations)) {
    if (!longest || lastsLonger(preservation, longest)) longest = preservation;
  }
  return longest ? copy(longest) : null;
}

/** A preservation held for a pending request (no end yet) outlasts any with an end. */
function lastsLonger(a: Preservation, b: Preservation): boolean {
  if (b.until === null) return false;
  return a.until === null || a.until > b.until;
}

function knownSuspects(ctx: Ctx, state: State, viewer: CountryId): Record<string, KnownSuspect> {
  const suspects: Record<string, KnownSuspect> = {};
  for (const [id, suspect] of Object.entries(state.suspects)) {
    const declared = ctx.scenario.case.suspects[id];
    if (!declared) continue;
    const identified = suspect.identityKnownBy[viewer] !== undefined;
    const located = suspect.locationKnownBy[viewer] !== undefined;
    const involved =
      suspect.custody?.by === viewer ||
      suspect.custody?.pendingExtraditionTo === viewer ||
      suspect.surrenderedTo === viewer;
    // Custody says where a person is: only for those who know who or where they are, or hold them.
    const followed = identified || located || involved;
    suspects[id] = {
      alias: declared.alias,
      name: identified ? declared.name : null,
      nationality: identified ? declared.nationality : null,
      location: copy(suspect.locationKnownBy[viewer]) ?? null,
      custody: followed && suspect.custody ? { ...suspect.custody } : null,
      surrenderedTo: followed ? suspect.surrenderedTo : null,
    };
  }
  return suspects;
}

function knownAssets(ctx: Ctx, state: State, viewer: CountryId): Record<string, KnownAsset> {
  const { scenario } = ctx;
  const assets: Record<string, KnownAsset> = {};
  for (const [id, asset] of Object.entries(state.assets)) {
    const known = asset.knownBy[viewer];
    const declared = scenario.case.assets[id];
    if (!known || !declared) continue;
    assets[id] = {
      at: known.at,
      source: copy(known.source),
      description: declared.description,
      kind: declared.kind,
      amount: declared.amount,
      currency: declared.currency,
      holder: known.holder,
      holderName: holderName(ctx, known.holder),
      country: scenario.case.providers[known.holder]?.country ?? null,
      // A freeze is known to the State that ordered or asked for it and to the State where the
      // funds are held (which executed it), not to others who merely know where the funds are.
      frozen:
        asset.frozen !== null &&
        (asset.frozen.by === viewer || scenario.case.providers[asset.holder]?.country === viewer),
      confiscated: asset.confiscated !== null && asset.confiscated.returnedTo === viewer,
    };
  }
  return assets;
}

/**
 * Others' prosecutions are public acts, but their files (evidence, reasoning) are not. Reads
 * `state.prosecutions`, `state.suspects`, and of `state.requests` only who sent one: that never
 * changes, so a request sent or answered does not make the prosecutions part stale.
 */
function knownProsecutions(state: State, viewer: CountryId): CountryView['prosecutions'] {
  const shown: CountryView['prosecutions'] = {};
  for (const [id, prosecution] of Object.entries(state.prosecutions)) {
    if (prosecution.country === viewer) {
      shown[id] = sharedCopy(prosecution);
    } else if (state.suspects[prosecution.suspect]?.identityKnownBy[viewer]) {
      shown[id] = {
        ...sharedCopy(prosecution),
        caseId: '',
        evidence: [],
        reasoning: '',
        onRequest:
          prosecution.onRequest && requester(state, prosecution.onRequest) === viewer
            ? prosecution.onRequest
            : null,
      };
    }
  }
  return shown;
}

/** Who sent a request: fixed when it is sent, so no kept part need read the requests for it. */
function requester(state: State, id: string): CountryId | undefined {
  return unchanging(() => state.requests[id]?.from);
}

/** Reads `state.objectives`, `state.awards` and `state.violations`. */
function scoreFor(ctx: Ctx, state: State, country: CountryId) {
  return keptPart(ctx, state, `score:${country}`, ['objectives', 'awards', 'violations'], () =>
    scoreOf(ctx, state, country),
  );
}

function allScores(ctx: Ctx, state: State) {
  return keptPart(ctx, state, 'scores', ['objectives', 'awards', 'violations'], () =>
    Object.fromEntries(ctx.countries.map((country) => [country, scoreFor(ctx, state, country)])),
  );
}

function observerView(ctx: Ctx, state: State): ObserverView {
  return {
    role: 'observer',
    ended: state.ended,
    emergency: state.emergency,
    briefing: briefing(ctx),
    requests: {},
    suspects: keptPart(ctx, state, 'suspects:observer', ['suspects'], () => publicSuspects(ctx, state)),
    atRisk: keptPart(ctx, state, 'at-risk:observer', ['evidence'], () => evidenceAtRisk(ctx, state, true)),
    claims: {},
    agreements: {},
    prosecutions: {},
    injects: firedInjects(ctx, state, null),
    objectives: objectives(ctx, state, null),
    scores: allScores(ctx, state),
  };
}

function publicSuspects(ctx: Ctx, state: State): ObserverView['suspects'] {
  const suspects: ObserverView['suspects'] = {};
  for (const [id, suspect] of Object.entries(state.suspects)) {
    suspects[id] = {
      alias: ctx.scenario.case.suspects[id]?.alias ?? id,
      custody: suspect.custody ? { ...suspect.custody } : null,
      surrenderedTo: suspect.surrenderedTo,
    };
  }
  return suspects;
}

function instructorView(ctx: Ctx, state: State): InstructorView {
  return {
    role: 'instructor',
    summary: ctx.scenario.summary,
    rubric: derived(ctx, 'rubric', () => copy(ctx.scenario.rubric)),
    moot: isMoot(ctx),
    ended: state.ended,
    briefing: briefing(ctx),
    state: stateBase(state),
    injects: keptPart(ctx, state, 'injects:instructor', ['injects'], () => allInjects(ctx, state)),
    names: derived(ctx, 'names', () => scenarioNames(ctx.scenario)),
    objectives: objectives(ctx, state, null),
    atRisk: keptPart(ctx, state, 'at-risk:instructor', ['evidence'], () => evidenceAtRisk(ctx, state, false)),
    scores: allScores(ctx, state),
  };
}

function allInjects(ctx: Ctx, state: State): InstructorView['injects'] {
  const injects: InstructorView['injects'] = {};
  for (const [id, inject] of Object.entries(ctx.scenario.injects)) {
    const current = state.injects[id];
    injects[id] = {
      inject: derived(ctx, `inject:${id}`, () => copy(inject)),
      status: current?.status ?? 'pending',
      at: current?.at ?? null,
      firedAt: current?.firedAt ?? null,
      origin: 'scenario',
    };
  }
  for (const [id, current] of Object.entries(state.injects)) {
    if (!current.written) continue;
    injects[id] = {
      inject: copy(current.written.inject),
      status: current.status,
      at: current.at,
      firedAt: current.firedAt,
      origin: current.written.kind,
    };
  }
  return injects;
}
