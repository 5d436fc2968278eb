import {
  CLOSED_REQUEST_STATUSES,
  type InstructorView,
  processingMinutes,
  type State,
} from '@crossborder/engine';
import type { ClockState, Progress, SeatsInfo } from '@crossborder/protocol';
import { kindName, t } from '../i18n.js';
import { movesOf } from '../team/moves.js';
import { deadlinesOf } from '../team/notifications.js';
import { span } from '../time.js';
import { seatOf } from './seat.js';

/**
 * Progress at a glance, for the instructor: per team, what it has achieved and what it races;
 * against the bots' model answer, which team is behind and by how much; and what needs the
 * instructor now. Pure: the instructor's view, the progress message, the seats and the game time
 * in, words out (names and titles, never ids).
 */

const DAY = 24 * 60;

interface Waiting {
  key: string;
  text: string;
  /** Game minutes it has waited for the team's decision. */
  waited: number;
}

export interface TeamProgress {
  country: string;
  met: number;
  open: number;
  missed: number;
  /** The soonest deadline still ahead of the team, in words, and when. */
  next: { what: string; at: number } | null;
  waiting: Waiting[];
  /** Game minutes since its last command (since the start if none); null while a bot plays it. */
  idle: number | null;
  violations: number;
}

const scores = (objective: Progress['objectives'][string], country: string) =>
  objective.for === 'all' || objective.for.includes(country);

export function teamProgress(
  view: InstructorView,
  progress: Progress,
  country: string,
  now: number,
  bot = false,
): TeamProgress {
  const seat = seatOf(view, progress.objectives, country);
  const objectives = Object.values(seat.objectives);
  const next = deadlinesOf(seat).find((deadline) => deadline.at > now) ?? null;
  return {
    country,
    met: objectives.filter((objective) => objective.metAt !== null).length,
    open: objectives.filter((objective) => objective.metAt === null && objective.missedAt === null).length,
    missed: objectives.filter((objective) => objective.missedAt !== null).length,
    next: next && { what: next.what, at: next.at },
    waiting: movesOf(seat, now).flatMap((move) =>
      move.since === null ? [] : [{ key: move.key, text: move.text, waited: Math.max(0, now - move.since) }],
    ),
    idle: bot ? null : Math.max(0, now - (progress.lastCommandAt[country] ?? 0)),
    violations: Object.values(view.state.violations).filter((violation) => violation.country === country)
      .length,
  };
}

/** Where a team stands on one objective against the model path. */
export type Lag =
  /** Not an objective this team scores. */
  | { kind: 'none' }
  /** The bots never meet it: no model time to compare with. */
  | { kind: 'no-model'; met: boolean }
  | { kind: 'missed' }
  /** Met, `by` minutes after the model (behind) or before it or on it (ahead, by >= 0). */
  | { kind: 'met-behind' | 'met-ahead'; by: number }
  /** Open, and the model met it `by` minutes ago: the gap grows as the clock moves. */
  | { kind: 'behind'; by: number }
  /** Open, and the model meets it in `by` minutes: still on the model's pace. */
  | { kind: 'on-track'; by: number };

export interface LagRow {
  objective: string;
  title: string;
  /** When the model path meets it (null: never). */
  model: number | null;
  teams: Record<string, Lag>;
}

/** Each objective against the bots' model answer, for every country; null while the model is computed. */
export function lagAgainstModel(
  view: InstructorView,
  progress: Progress,
  countries: readonly string[],
  now: number,
): LagRow[] | null {
  const { model } = progress;
  if (model === null) return null;
  return Object.entries(progress.objectives).map(([id, objective]) => {
    const current = view.state.objectives[id];
    const at = model[id] ?? null;
    const lag = (): Lag => {
      const metAt = current?.metAt ?? null;
      if (current?.missedAt != null) return { kind: 'missed' };
      if (at === null) return { kind: 'no-model', met: metAt !== null };
      if (metAt !== null)
        return metAt > at ? { kind: 'met-behind', by: metAt - at } : { kind: 'met-ahead', by: at - metAt };
      return now > at ? { kind: 'behind', by: now - at } : { kind: 'on-track', by: at - now };
    };
    return {
      objective: id,
      title: objective.title,
      model: at,
      teams: Object.fromEntries(
        countries.map((country) => [country, scores(objective, country) ? lag() : { kind: 'none' }]),
      ),
    };
  });
}

export interface Flag {
  key: string;
  text: string;
}

/**
 * What needs the instructor now: a team idle for a game day or more, data deleted within a day
 * that a team knows of and nobody has asked to preserve, a request left unanswered past the time
 * its requested State takes to process one. Nothing once the session has ended.
 */
export function attentionFlags(
  view: InstructorView,
  /** Each country's last command (the progress message); null until it came: no idle flag then. */
  lastCommandAt: Progress['lastCommandAt'] | null,
  seats: SeatsInfo | null,
  now: number,
): Flag[] {
  if (view.ended) return [];
  const { directory } = view.briefing;
  const name = (id: string) => directory[id]?.shortName ?? directory[id]?.name ?? id;
  const flags: Flag[] = [];
  for (const country of lastCommandAt ? Object.keys(directory) : []) {
    const seat = seats?.countries[country];
    // A bot does not idle, and a seat no team has taken is not a team's to fill.
    if (seat && (seat.bot || seat.team === null)) continue;
    const idle = now - (lastCommandAt?.[country] ?? 0);
    if (idle >= DAY)
      flags.push({
        key: `idle:${country}`,
        text: t('ui.progress.flag-idle', { country: name(country), idle: span(idle) }),
      });
  }
  const { state } = view;
  for (const [id, risk] of Object.entries(view.atRisk)) {
    const item = state.evidence[id];
    if (item?.status !== 'available' || risk.preserved || risk.until === null) continue;
    if (risk.until <= now || risk.until - now > DAY || preservationAsked(state, id)) continue;
    const knowing = Object.keys(directory).filter((country) => item.knownBy[country]);
    if (knowing.length === 0) continue;
    flags.push({
      key: `evidence:${id}`,
      text: t('ui.progress.flag-evidence', {
        evidence: risk.title,
        left: span(risk.until - now),
        countries: knowing.map(name).join(', '),
      }),
    });
  }
  for (const request of Object.values(state.requests)) {
    const to = directory[request.to];
    if (request.status !== 'received' || !to) continue;
    const processing = processingMinutes(to, request.kind);
    if (now - request.receivedAt <= processing) continue;
    flags.push({
      key: `request:${request.id}`,
      text: t('ui.progress.flag-request', {
        to: name(request.to),
        kind: kindName(request.kind),
        from: name(request.from),
        waited: span(now - request.receivedAt),
        processing: span(processing),
      }),
    });
  }
  return flags;
}

/** Whether a preservation of this item is in the works: a request for it still open, or an order not yet done. */
function preservationAsked(state: State, evidence: string): boolean {
  return (
    Object.values(state.requests).some(
      (request) =>
        request.kind === 'preservation' &&
        request.subject.evidence.includes(evidence) &&
        !CLOSED_REQUEST_STATUSES.includes(request.status),
    ) ||
    Object.values(state.measures).some(
      (measure) =>
        measure.kind === 'preservation-order' &&
        'evidence' in measure.target &&
        measure.target.evidence === evidence &&
        !measure.completed,
    )
  );
}

/** A span of game time, and what it is in real time at the clock's speed (none in rounds mode). */
export function inRealTime(minutes: number, clock: ClockState | null): string {
  if (!clock || clock.mode === 'rounds' || clock.speed <= 0) return span(minutes);
  return t('ui.progress.game-and-real', {
    game: span(minutes),
    real: span(minutes / clock.speed),
    speed: clock.speed,
  });
}
