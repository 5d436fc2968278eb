import { citationText } from '@crossborder/i18n';
import { type Governance, type RequestKind, RULES, type RuleId } from '@crossborder/scenario';
import { countryName } from '../decide/tools.js';
import { governanceNote } from '../law/governance.js';
import type { Ctx } from '../model/context.js';
import type { MessageKey } from '../model/decision.js';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { MessageParams } from '../model/message.js';
import {
  CLOSED_REQUEST_STATUSES,
  type Request,
  type RequestStatus,
  type State,
  type Violation,
} from '../model/state.js';
import { type Score, scoreOf } from '../score.js';
import { describeEvent, type Line } from './describe.js';
import { criticalPath, type Step } from './path.js';

export interface ObjectiveOutcome {
  title: string;
  points: number;
  for: CountryId[] | 'all';
  deadline: GameTime | null;
  metAt: GameTime | null;
  metBy: CountryId[];
  missedAt: GameTime | null;
  /** Minutes to spare before the deadline (or the scenario's end) when it was met. */
  slack: number | null;
  why: Line;
  path: Step[];
}

export interface Scorecard {
  score: Score;
  requestsSent: number;
  requestsComplete: number;
  requestsReceived: number;
  requestsAnswered: number;
  refusals: number;
  evidenceObtained: number;
  evidenceLost: number;
  violations: number;
}

/**
 * A violation as the debrief reports it, with its rule's citations in English (the wire's fallback);
 * the rule's title, summary and teaching note are the catalogue's `rule.<ruleId>.*`, said by the reader.
 */
export interface ViolationEntry extends Violation {
  article: string;
}

export interface TimelineEntry {
  seq: number;
  at: GameTime;
  type: Event['type'];
  countries: CountryId[];
  /** What happened, as a catalogue key and its parameters: put into words by whoever reads it. */
  line: Line;
}

export interface EvidenceOutcome {
  title: string;
  expiresAt: GameTime | null;
  preservedAt: GameTime | null;
  lostAt: GameTime | null;
  /** Minutes between the first preservation and the deletion it prevented. */
  slack: number | null;
  obtainedBy: CountryId[];
}

/**
 * A request as the debrief reports it: what it asked, and under which rules it went, decided
 * when it was sent (the convention, a bilateral treaty in its place, or neither).
 */
export interface RequestEntry {
  kind: RequestKind;
  from: CountryId;
  to: CountryId;
  sentAt: GameTime;
  status: RequestStatus;
  governedBy: Governance;
  /** The title of the treaty between the two States for it: the one that governed, or the one set aside. */
  treaty: string | null;
  /** Which rules governed it and why, as a catalogue key and its parameters (`regime.*`). */
  regime: Line;
  /** The rule that explains the regime, with its article. */
  ruleId: RuleId;
  article: string;
}

/** The debrief: what happened, what the convention required, and what it cost (DESIGN.md §4). */
export interface Debrief {
  scenarioId: string;
  title: string;
  endedAt: GameTime;
  won: boolean;
  objectives: Record<string, ObjectiveOutcome>;
  scorecards: Record<CountryId, Scorecard>;
  violations: ViolationEntry[];
  evidence: Record<string, EvidenceOutcome>;
  /** Every request sent, by id, with the regime it went under. */
  requests: Record<string, RequestEntry>;
  timeline: TimelineEntry[];
}

/** The day a moment falls on, counted as the clock shows it: minute 0 is on day 1 ("Day 1, 00:00"). */
const day = (minutes: number) => String(Math.floor(minutes / 1440) + 1);
/** The last day a deadline allows: a deadline at 5 days runs out at the end of day 5. */
const lastDay = (minutes: number) => String(Math.max(1, Math.ceil(minutes / 1440)));

export function assess(ctx: Ctx, state: State, events: readonly Event[]): Debrief {
  const { scenario } = ctx;
  const end = scenario.session.endsAfter;
  const objectives: Record<string, ObjectiveOutcome> = {};
  for (const [id, objective] of Object.entries(scenario.objectives)) {
    const current = state.objectives[id];
    const metAt = current?.metAt ?? null;
    const deadline = objective.deadline ?? null;
    objectives[id] = {
      title: objective.title,
      points: objective.points,
      for: objective.for,
      deadline,
      metAt,
      metBy: current?.metBy ?? [],
      missedAt: current?.missedAt ?? null,
      slack: metAt === null ? null : (deadline ?? end) - metAt,
      why: whyOf(ctx, state, id),
      path: metAt === null ? [] : criticalPath(ctx, state, objective.when, objective.when.by),
    };
  }

  const scorecards: Record<CountryId, Scorecard> = {};
  for (const country of ctx.countries) {
    const sent = Object.values(state.requests).filter((request) => request.from === country);
    const received = Object.values(state.requests).filter((request) => request.to === country);
    scorecards[country] = {
      score: scoreOf(ctx, state, country),
      requestsSent: sent.length,
      requestsComplete: sent.filter((request) => request.missing.length === 0).length,
      requestsReceived: received.length,
      requestsAnswered: received.filter(
        (request) => CLOSED_REQUEST_STATUSES.includes(request.status) || request.status === 'executing',
      ).length,
      refusals: received.filter((request) => request.status === 'refused').length,
      evidenceObtained: Object.values(state.evidence).filter((item) => item.obtainedBy[country]).length,
      evidenceLost: Object.values(state.evidence).filter(
        (item) => item.status === 'lost' && item.knownBy[country] && !item.obtainedBy[country],
      ).length,
      violations: Object.values(state.violations).filter((violation) => violation.country === country).length,
    };
  }

  const violations = Object.values(state.violations).map((violation): ViolationEntry => {
    const entry = RULES[violation.ruleId];
    return { ...violation, article: citationText(entry.citations) };
  });

  const evidence: Record<string, EvidenceOutcome> = {};
  for (const [id, item] of Object.entries(state.evidence)) {
    const preservedAt = firstPreservation(events, id);
    evidence[id] = {
      title: scenario.case.evidence[id]?.title ?? id,
      expiresAt: item.expiresAt,
      preservedAt,
      lostAt: item.lostAt,
      slack: preservedAt !== null && item.expiresAt !== null ? item.expiresAt - preservedAt : null,
      obtainedBy: Object.keys(item.obtainedBy),
    };
  }

  const requests = Object.fromEntries(
    Object.values(state.requests).map((request) => [request.id, requestEntry(ctx, request)]),
  );

  const timeline: TimelineEntry[] = [];
  events.forEach((event, seq) => {
    const line = describeEvent(ctx, event, state);
    if (line) {
      timeline.push({
        seq,
        at: event.at,
        type: event.type,
        // A note about a country, seen by no team, goes on that country's lane of the debrief.
        countries:
          event.type === 'NoteAdded' && event.note.country ? [event.note.country] : [...event.visibleTo],
        line,
      });
    }
  });

  return {
    scenarioId: scenario.id,
    title: scenario.title,
    endedAt: state.now,
    won: Object.values(state.objectives).every((objective) => objective.metAt !== null),
    objectives,
    scorecards,
    violations,
    evidence,
    requests,
    timeline,
  };
}

function requestEntry(ctx: Ctx, request: Request): RequestEntry {
  const note = governanceNote(ctx.scenario.countries, request.governedBy, request);
  return {
    kind: request.kind,
    from: request.from,
    to: request.to,
    sentAt: request.sentAt,
    status: request.status,
    governedBy: { ...request.governedBy },
    treaty: request.governedBy.treaty === null ? null : (note.params.treaty ?? null),
    regime: { key: note.key, params: note.params },
    ruleId: note.ruleId,
    article: citationText(RULES[note.ruleId].citations),
  };
}

function firstPreservation(events: readonly Event[], evidence: string): GameTime | null {
  for (const event of events)
    if (event.type === 'EvidencePreserved' && event.evidenceId === evidence) return event.at;
  return null;
}

function whyOf(ctx: Ctx, state: State, id: string): Line {
  const objective = ctx.scenario.objectives[id];
  const current = state.objectives[id];
  const line = (key: MessageKey, params: MessageParams): Line => ({ key, params });
  if (!objective || !current) return line('debrief.open', {});
  if (current.metAt !== null) {
    return line('debrief.met', {
      day: day(current.metAt),
      countries: current.metBy.map((country) => countryName(ctx, country)),
    });
  }
  const evidenceId = objective.when.evidenceObtained ?? objective.when.evidencePreserved;
  const item = evidenceId ? state.evidence[evidenceId] : undefined;
  if (evidenceId && item?.status === 'lost' && item.lostAt !== null) {
    return line('debrief.missed-lost', {
      evidence: ctx.scenario.case.evidence[evidenceId]?.title ?? evidenceId,
      day: day(item.lostAt),
    });
  }
  if (current.missedAt !== null)
    return line('debrief.missed-deadline', {
      deadline: lastDay(objective.deadline ?? ctx.scenario.session.endsAfter),
    });
  return line('debrief.open', {});
}
