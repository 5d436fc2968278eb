import { type Condition, REQUEST_KINDS } from '@crossborder/scenario';
import { executeOutcome, measureOutcome } from './advance/outcomes.js';
import { earlier, prosecuted, prosecuteInsteadAt, requestsDue, WAITING } from './advance/request-dues.js';
import { evaluate } from './conditions.js';
import { fireInject } from './decide/injects.js';
import { event, Ids, violation } from './decide/tools.js';
import { evolve } from './evolve.js';
import { evidenceLocation, holdingState } from './law/legal.js';
import type { Changes } from './model/changes.js';
import type { Ctx } from './model/context.js';
import type { Event } from './model/events.js';
import type { GameTime } from './model/ids.js';
import type { Request, State } from './model/state.js';

/**
 * Time passing. `nextDue` says when something next falls due (a request finishes executing, data
 * expires, an asset moves, an inject fires, a deadline passes), so that the server needs one
 * timer, not one per deadline. `advance` returns the events of the next step at or before `now`
 * (or of conditions that have become true), and nothing when there is nothing to do: callers
 * apply them and call again. `catchUp` does that loop.
 */

/** One minute after a deadline: something that happens at the deadline itself still counts. */
const AFTER = 1;

/**
 * The answer for a state is kept until the state changes: every change goes through `evolve`,
 * which moves `state.seq` on. The server asks after every command, and `advance` asks again.
 */
const lastDue = new WeakMap<State, { ctx: Ctx; seq: number; due: GameTime | undefined }>();

export function nextDue(ctx: Ctx, state: State): GameTime | undefined {
  const last = lastDue.get(state);
  if (last && last.ctx === ctx && last.seq === state.seq) return last.due;
  const due = findNextDue(ctx, state);
  if (last) {
    // Updated in place, like the view memos (util/kept.ts): no garbage after every command.
    last.ctx = ctx;
    last.seq = state.seq;
    last.due = due;
  } else lastDue.set(state, { ctx, seq: state.seq, due });
  return due;
}

function findNextDue(ctx: Ctx, state: State): GameTime | undefined {
  if (state.ended) return undefined;
  let next = Number.POSITIVE_INFINITY;
  for (const [id, due] of requestsDue(state)) {
    next = earlier(next, due.own);
    // The duty to prosecute instead ends with a prosecution: checked here, not kept per request.
    if (due.prosecute < next && !prosecuted(state, state.requests[id] as Request)) next = due.prosecute;
  }
  for (const id in state.measures) {
    const measure = state.measures[id];
    if (measure && !measure.completed) next = earlier(next, measure.completesAt);
  }
  for (const id in state.evidence) {
    const item = state.evidence[id];
    if (item?.status !== 'available') continue;
    // Each preservation ends on its own; the retention clock runs only when none is left.
    let preserved = false;
    for (const by in item.preservations) {
      preserved = true;
      next = earlier(next, item.preservations[by]?.until ?? null);
    }
    if (!preserved) next = earlier(next, item.expiresAt);
  }
  for (const id in state.assets) {
    const asset = state.assets[id];
    if (asset && asset.frozen === null && asset.confiscated === null)
      next = earlier(next, ctx.scenario.case.assets[id]?.movements[asset.nextMovement]?.at);
  }
  for (const id in state.injects) {
    const inject = state.injects[id];
    if (inject?.status === 'pending') next = earlier(next, inject.at);
  }
  const end = ctx.scenario.session.endsAfter;
  for (const id in state.objectives) {
    const objective = state.objectives[id];
    if (objective && objective.metAt === null && objective.missedAt === null)
      next = earlier(next, (ctx.scenario.objectives[id]?.deadline ?? end) + AFTER);
  }
  next = earlier(next, end + AFTER);
  next = earlier(next, nextWindowClose(ctx, state));
  return Number.isFinite(next) ? Math.max(next, state.now) : undefined;
}

/**
 * When the next time window of a pending objective's or inject's condition closes: then its
 * condition may become true with no event (`not` over a window that passed without it).
 */
function nextWindowClose(ctx: Ctx, state: State): GameTime | null {
  let next: GameTime | null = null;
  const consider = (condition: Condition) => {
    const { wake } = evaluate(ctx, state, condition, state.now);
    if (wake !== null && wake > state.now && (next === null || wake < next)) next = wake;
  };
  for (const id in ctx.scenario.objectives) {
    const objective = ctx.scenario.objectives[id];
    const current = state.objectives[id];
    if (objective && current?.metAt === null && current.missedAt === null) consider(objective.when);
  }
  for (const id in ctx.scenario.injects) {
    const inject = ctx.scenario.injects[id];
    if (inject?.when && waitsForCondition(state, id)) consider(inject.when);
  }
  return next;
}

/** An inject on a condition that has not fired, been held or cancelled, nor been scheduled yet. */
function waitsForCondition(state: State, id: string): boolean {
  const inject = state.injects[id];
  return inject?.status === 'pending' && inject.at === null;
}

/**
 * Objectives just met and condition-triggered injects that now fire, at `at` (the state's time,
 * or a later minute at which a time window closes). An inject with a delay (`after`) is
 * scheduled instead, for that long after its condition became true, and fires as scheduled.
 */
function conditionEvents(ctx: Ctx, state: State, at: GameTime): Event[] {
  if (state.ended) return [];
  const events: Event[] = [];
  // for-in, not Object.entries: this runs after every event.
  for (const id in ctx.scenario.objectives) {
    const objective = ctx.scenario.objectives[id];
    const current = state.objectives[id];
    if (!objective || !current || current.metAt !== null || current.missedAt !== null) continue;
    if (evaluate(ctx, state, objective.when, at).truth.value === true) {
      const by = objective.for === 'all' ? [...ctx.countries] : objective.for;
      events.push(event('ObjectiveMet', at, by, { objectiveId: id, by }));
    }
  }
  for (const id in ctx.scenario.injects) {
    const inject = ctx.scenario.injects[id];
    if (!inject?.when || !waitsForCondition(state, id)) continue;
    const { truth } = evaluate(ctx, state, inject.when, at);
    if (truth.value !== true) continue;
    const fireAt = truth.since + (inject.after ?? 0);
    if (inject.after === undefined || fireAt <= at) events.push(...fireInject(ctx, state, id, at));
    else events.push(event('InjectScheduled', at, [], { injectId: id, scheduledAt: fireAt }));
  }
  return events;
}

/**
 * The events of ONE thing due at `at` (the earliest due time): the first request, measure,
 * evidence item, asset, inject or objective found due, in that order. One at a time, so that
 * each is decided on the state its predecessors left (an arrest and a surrender due in the
 * same minute must not both act on the same free suspect).
 */
function dueEvents(ctx: Ctx, state: State, at: GameTime): Event[] {
  const events: Event[] = [];
  const ids = new Ids(state);
  for (const request of requestsDueBy(state, at)) {
    const both = [request.from, request.to];
    if (request.status === 'in-transit' && request.receivedAt <= at) {
      events.push(event('RequestReceived', at, both, { requestId: request.id }));
      // A request about a person names them: the requested State learns who they are.
      const suspectId = request.subject.suspect;
      const suspect = suspectId ? state.suspects[suspectId] : undefined;
      const source = { kind: 'request', request: request.id } as const;
      if (suspectId && suspect?.identityKnownBy[request.from] && !suspect.identityKnownBy[request.to]) {
        events.push(event('SuspectIdentified', at, [request.to], { suspectId, country: request.to, source }));
      }
      // ... and that the person is said to be on its territory, unless it is asked to find them.
      if (
        suspectId &&
        suspect &&
        REQUEST_KINDS[request.kind].produces !== 'whereabouts' &&
        suspect.locationKnownBy[request.to]?.location !== request.to
      ) {
        events.push(
          event('SuspectLocated', at, [request.to], {
            suspectId,
            country: request.to,
            location: request.to,
            source,
          }),
        );
      }
      // A follow-up request to the State holding data preserved for the requester keeps that
      // preservation until the request is decided (Art. 42).
      if (REQUEST_KINDS[request.kind].regime !== 'preservation') {
        for (const id of request.subject.evidence) {
          const preservation = state.evidence[id]?.preservations[request.from];
          const there = evidenceLocation(ctx.scenario, state, id) === request.to;
          if (preservation && preservation.until !== null && there) {
            events.push(event('PreservationHeld', at, both, { evidenceId: id, requestId: request.id }));
          }
        }
      }
    }
    if (request.status === 'executing' && request.dueAt !== null && request.dueAt <= at) {
      events.push(...executeOutcome(ctx, state, request, at));
    }
    if (request.status === 'postponed' && request.dueAt !== null && request.dueAt <= at) {
      events.push(event('PostponementEnded', at, both, { requestId: request.id }));
    }
    if (
      request.progressQueries.some(
        (query) => query.answeredAt === null && !query.overdue && query.dueAt <= at,
      )
    ) {
      events.push(event('DeadlineLapsed', at, both, { requestId: request.id, deadline: 'progress-answer' }));
      events.push(
        ...violation(
          ctx,
          ids,
          'mla.progress.answer',
          request.to,
          at,
          'violation.progress',
          { request: request.id },
          { request: request.id },
        ),
      );
    }
    if (
      request.noLongerNeededDueAt !== null &&
      request.noLongerNeededDueAt <= at &&
      WAITING.includes(request.status)
    ) {
      events.push(
        event('DeadlineLapsed', at, [request.from], { requestId: request.id, deadline: 'no-longer-needed' }),
      );
      events.push(
        ...violation(
          ctx,
          ids,
          'mla.no-longer-needed',
          request.from,
          at,
          'violation.no-longer-needed',
          { request: request.id },
          {
            request: request.id,
          },
        ),
      );
    }
    if (request.confirmInWritingBy !== null && request.confirmInWritingBy <= at) {
      events.push(
        event('DeadlineLapsed', at, both, { requestId: request.id, deadline: 'written-confirmation' }),
      );
      events.push(
        ...violation(
          ctx,
          ids,
          'mla.form.urgent-oral',
          request.from,
          at,
          'violation.urgent-oral',
          { request: request.id },
          {
            request: request.id,
          },
        ),
      );
    }
    // Only the convention creates the duty to prosecute instead (Art. 37): not a non-party.
    if (prosecuteInsteadAt(request) <= at && !prosecuted(state, request)) {
      events.push(
        event('DeadlineLapsed', at, both, { requestId: request.id, deadline: 'prosecute-instead' }),
      );
      events.push(
        ...violation(
          ctx,
          ids,
          'extradition.prosecute-instead',
          request.to,
          at,
          'violation.prosecute-instead',
          { request: request.id },
          {
            request: request.id,
          },
        ),
      );
    }
    if (events.length > 0) return events;
  }
  for (const measure of Object.values(state.measures)) {
    if (!measure.completed && measure.completesAt <= at)
      events.push(...measureOutcome(ctx, state, measure, at));
    if (events.length > 0) return events;
  }
  for (const [id, item] of Object.entries(state.evidence)) {
    if (item.status !== 'available') continue;
    const knowers = Object.keys(item.knownBy);
    const preservations = Object.values(item.preservations);
    // The State holding the data sees every preservation of it (see view.ts), so it hears of each end.
    const holder = holdingState(ctx.scenario, id);
    for (const { by, until } of preservations) {
      if (until !== null && until <= at) {
        const to = holder && holder !== by && item.knownBy[holder] ? [by, holder] : [by];
        events.push(event('PreservationEnded', at, to, { evidenceId: id, by }));
      }
    }
    if (preservations.length === 0 && item.expiresAt !== null && item.expiresAt <= at) {
      events.push(event('EvidenceLost', at, knowers, { evidenceId: id, reason: 'retention' }));
    }
    if (events.length > 0) return events;
  }
  for (const [id, asset] of Object.entries(state.assets)) {
    if (asset.frozen !== null || asset.confiscated !== null) continue;
    const movement = ctx.scenario.case.assets[id]?.movements[asset.nextMovement];
    if (movement && movement.at <= at)
      events.push(
        event('AssetMoved', at, [], { assetId: id, from: asset.holder, to: movement.to, scheduled: true }),
      );
    if (events.length > 0) return events;
  }
  for (const [id, inject] of Object.entries(state.injects)) {
    if (inject.status === 'pending' && inject.at !== null && inject.at <= at)
      events.push(...fireInject(ctx, state, id, at));
    if (events.length > 0) return events;
  }
  const end = ctx.scenario.session.endsAfter;
  for (const [id, objective] of Object.entries(state.objectives)) {
    if (objective.metAt !== null || objective.missedAt !== null) continue;
    const deadline = ctx.scenario.objectives[id]?.deadline ?? end;
    if (deadline + AFTER <= at) {
      const scenarioObjective = ctx.scenario.objectives[id];
      const audience =
        scenarioObjective?.for === 'all' || !scenarioObjective ? [...ctx.countries] : scenarioObjective.for;
      events.push(event('ObjectiveMissed', at, audience, { objectiveId: id }));
    }
    if (events.length > 0) return events;
  }
  if (end + AFTER <= at) events.push(event('SessionEnded', at, ctx.countries, {}));
  return events;
}

/**
 * The requests with something due by `at`, in the order of the record: the order in which they
 * are dealt with when several fall due at once. The index finds them; the record is read only to
 * put two or more in order.
 */
function requestsDueBy(state: State, at: GameTime): Request[] {
  const found: string[] = [];
  for (const [id, due] of requestsDue(state)) if (due.own <= at || due.prosecute <= at) found.push(id);
  if (found.length <= 1) return found.map((id) => state.requests[id] as Request);
  const ordered: Request[] = [];
  for (const id in state.requests) if (found.includes(id)) ordered.push(state.requests[id] as Request);
  return ordered;
}

export function advance(ctx: Ctx, state: State, now: GameTime): Event[] {
  if (state.ended) return [];
  const conditions = conditionEvents(ctx, state, state.now);
  if (conditions.length > 0) return conditions;
  const due = nextDue(ctx, state);
  if (due === undefined || due > now) return [];
  const events = dueEvents(ctx, state, due);
  // Nothing else due then: a time window closed, and a condition may have become true with it.
  return events.length > 0 ? events : conditionEvents(ctx, state, due);
}

/**
 * Applies every step due up to `now` to `state` (in place), and returns the events in order;
 * notes the entities changed in `changes` if given (see evolve).
 */
export function catchUp(ctx: Ctx, state: State, now: GameTime, changes?: Changes): Event[] {
  const all: Event[] = [];
  for (let batch = advance(ctx, state, now); batch.length > 0; batch = advance(ctx, state, now)) {
    for (const happened of batch) evolve(state, happened, changes);
    all.push(...batch);
  }
  return all;
}
