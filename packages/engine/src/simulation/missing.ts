import type { Params } from '@crossborder/i18n';
import type { Scenario } from '@crossborder/scenario';
import type { AnyCondition } from '../assess/path-walk.js';
import { evaluate } from '../conditions.js';
import type { Ctx } from '../model/context.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { Request, State } from '../model/state.js';
import type { BotCommand } from '../simulate.js';

/**
 * Why a condition was not true at the end of a simulated run, in the author's terms: what was
 * missing and, going back along the chain of leads, why. Data only, by id: its readers (the
 * command line, the studio) name and word it.
 */
export type Cause =
  /** It did become true, but only at this time: after the deadline. */
  | { kind: 'late'; at: GameTime }
  /** A simple condition that never became true, and why. */
  | { kind: 'not-met'; condition: AnyCondition; causes: Cause[] }
  /** Every one of these was needed (all), or any one would have done (any). */
  | { kind: 'all' | 'any'; causes: Cause[] }
  /** `not`: the thing it excludes happened. */
  | { kind: 'happened'; condition: AnyCondition; at: GameTime }
  /** A time window that never opened, or that closed before the condition became true. */
  | { kind: 'window'; condition: AnyCondition; opened: GameTime | null; within: number; causes: Cause[] }
  | { kind: 'lost'; evidence: string; at: GameTime | null; reason: 'retention' | 'deleted' }
  /** Nobody (or not the country named) ever learned of it: the leads (items, news) that would have revealed it. */
  | { kind: 'unrevealed'; subject: string; revealedBy: Revealer[]; causes: Cause[] }
  /** Known, but nobody asked for it. */
  | { kind: 'not-requested'; subject: string; knownBy: CountryId[] }
  /** A request about it that did not deliver in time: refused, still running, or late (by kind, countries and time: never its id). */
  | {
      kind: 'request';
      requestKind: string;
      from: CountryId;
      to: CountryId;
      status: string;
      ground: string | null;
      sentAt: GameTime;
      dueAt: GameTime | null;
    }
  /** A bot command about it that the rules rejected. */
  | {
      kind: 'rejected';
      at: GameTime;
      country: CountryId;
      command: string;
      code: string;
      params: Params;
      ruleId: string | null;
    };

/** What reveals a lead: an evidence item once obtained, or an inject (news) when it fires. */
export interface Revealer {
  kind: 'evidence' | 'inject';
  id: string;
}

/** How far back along the chain of leads the explanation goes. */
const DEPTH = 4;

interface Look {
  ctx: Ctx;
  state: State;
  commands: readonly BotCommand[];
  seen: Set<string>;
}

export function whyNotMet(
  ctx: Ctx,
  state: State,
  commands: readonly BotCommand[],
  condition: AnyCondition,
): Cause[] {
  const truth = evaluate(ctx, state, condition, state.now).truth;
  if (truth.value === true) return [{ kind: 'late', at: truth.since }];
  return why({ ctx, state, commands, seen: new Set() }, condition, 0);
}

function why(look: Look, condition: AnyCondition, depth: number): Cause[] {
  const { ctx, state } = look;
  const at = state.now;
  if (evaluate(ctx, state, condition, at).truth.value === true) return [];
  if (condition.within !== undefined && condition.of !== undefined) {
    const start = evaluate(ctx, state, condition.of, at).truth;
    const inner = { ...condition, within: undefined, of: undefined };
    return [
      {
        kind: 'window',
        condition: inner,
        opened: start.value === true ? start.since : null,
        within: condition.within,
        causes: start.value === true ? why(look, inner, depth) : why(look, condition.of, depth),
      },
    ];
  }
  if (condition.all || condition.any) {
    const parts = (condition.all ?? condition.any ?? []).flatMap((part) => why(look, part, depth));
    return parts.length === 0 ? [] : [{ kind: condition.all ? 'all' : 'any', causes: parts }];
  }
  if (condition.not) {
    const inner = evaluate(ctx, state, condition.not, at).truth;
    return [{ kind: 'happened', condition: condition.not, at: inner.since ?? at }];
  }
  return [{ kind: 'not-met', condition, causes: simpleCauses(look, condition, depth) }];
}

function simpleCauses(look: Look, condition: AnyCondition, depth: number): Cause[] {
  const by = condition.by;
  const evidence = condition.evidenceObtained ?? condition.evidencePreserved;
  if (evidence) return evidenceCauses(look, evidence, by, depth);
  const suspect =
    condition.suspectIdentified ??
    condition.suspectLocated ??
    condition.suspectArrested ??
    condition.suspectSurrendered ??
    condition.prosecutionOpened;
  if (suspect) return suspectCauses(look, suspect, by, depth);
  const asset = condition.assetFrozen;
  if (asset) {
    const known = Object.keys(look.state.assets[asset]?.knownBy ?? {});
    return [
      ...requestCauses(look, (request) => request.subject.asset === asset, asset, known),
      ...rejectedAbout(look, asset),
    ];
  }
  if (condition.requestSent) return rejectedAbout(look, condition.requestSent);
  return [];
}

/** The country named, or everyone: who had to know or obtain it. */
const knowers = (known: Record<string, unknown> | undefined, by: CountryId | undefined): CountryId[] =>
  Object.keys(known ?? {}).filter((country) => by === undefined || country === by);

function evidenceCauses(look: Look, id: string, by: CountryId | undefined, depth: number): Cause[] {
  const item = look.state.evidence[id];
  if (!item) return [];
  const causes: Cause[] = [];
  if (item.status === 'lost') {
    const reason = item.lostAt !== null && item.lostAt === item.expiresAt ? 'retention' : 'deleted';
    causes.push({ kind: 'lost', evidence: id, at: item.lostAt, reason });
  }
  const known = knowers(item.knownBy, by);
  if (known.length === 0) {
    causes.push(unrevealed(look, id, revealersOfEvidence(look.ctx.scenario, id), depth));
    return causes;
  }
  // Gone: asking for it could no longer help.
  if (item.status === 'lost') return causes;
  causes.push(...requestCauses(look, (request) => request.subject.evidence.includes(id), id, known));
  causes.push(...rejectedAbout(look, id));
  return causes;
}

function suspectCauses(look: Look, id: string, by: CountryId | undefined, depth: number): Cause[] {
  const suspect = look.state.suspects[id];
  if (!suspect) return [];
  const identified = knowers(suspect.identityKnownBy, by);
  if (identified.length === 0)
    return [unrevealed(look, id, revealersOfSuspect(look.ctx.scenario, id), depth)];
  return [
    ...requestCauses(look, (request) => request.subject.suspect === id, id, identified),
    ...rejectedAbout(look, id),
  ];
}

/** A lead never revealed: each item that would have revealed it, and why it was not obtained. */
function unrevealed(look: Look, subject: string, revealedBy: Revealer[], depth: number): Cause {
  const causes: Cause[] = [];
  if (depth < DEPTH && !look.seen.has(subject)) {
    look.seen.add(subject);
    for (const { kind, id: revealer } of revealedBy) {
      if (kind !== 'evidence' || !look.state.evidence[revealer]) continue;
      if (Object.keys(look.state.evidence[revealer]?.obtainedBy ?? {}).length > 0) continue;
      causes.push({
        kind: 'not-met',
        condition: { evidenceObtained: revealer },
        causes: evidenceCauses(look, revealer, undefined, depth + 1),
      });
    }
  }
  return { kind: 'unrevealed', subject, revealedBy, causes };
}

function revealersOfEvidence(scenario: Scenario, id: string): Revealer[] {
  const items = Object.entries(scenario.case.evidence)
    .filter(([, item]) => item.reveals.evidence.includes(id))
    .map(([other]): Revealer => ({ kind: 'evidence', id: other }));
  const injects = Object.entries(scenario.injects)
    .filter(([, inject]) => inject.effects.some((effect) => effect.revealEvidence === id))
    .map(([inject]): Revealer => ({ kind: 'inject', id: inject }));
  return [...items, ...injects];
}

function revealersOfSuspect(scenario: Scenario, id: string): Revealer[] {
  return Object.entries(scenario.case.evidence)
    .filter(([, item]) => item.reveals.identityOf.includes(id))
    .map(([other]): Revealer => ({ kind: 'evidence', id: other }));
}

/** The requests that would have delivered it and did not, or that nobody made one. */
function requestCauses(
  look: Look,
  about: (request: Request) => boolean,
  subject: string,
  knownBy: CountryId[],
): Cause[] {
  const requests = Object.values(look.state.requests).filter(about);
  if (requests.length === 0) return [{ kind: 'not-requested', subject, knownBy }];
  return requests
    .filter((request) => request.status !== 'executed')
    .map((request) => ({
      kind: 'request' as const,
      requestKind: request.kind,
      from: request.from,
      to: request.to,
      status: request.status,
      ground: request.refusal?.ground ?? null,
      sentAt: request.sentAt,
      dueAt: request.dueAt,
    }));
}

/** The bot commands naming the subject that the rules rejected, once per rule and country. */
function rejectedAbout(look: Look, subject: string): Cause[] {
  const found = new Map<string, Cause>();
  for (const { at, country, command, rejection } of look.commands) {
    if (!rejection || !JSON.stringify(command).includes(`"${subject}"`)) continue;
    const key = `${country}:${command.type}:${rejection.code}`;
    if (!found.has(key))
      found.set(key, {
        kind: 'rejected',
        at,
        country,
        command: command.type,
        code: rejection.code,
        params: { ...rejection.params },
        ruleId: rejection.ruleId,
      });
  }
  return [...found.values()];
}
