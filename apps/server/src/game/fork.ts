import type { Event } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type { ClockState, ErrorBody, ForkOrigin } from '@crossborder/protocol';
import { serverError } from '../errors.js';
import type { SessionRecord } from '../store/store.js';
import type { Session } from './session.js';

/**
 * A fork (issue 15, part 8): a new session that starts where another stood at a game time, so
 * that the room can replay a decision differently. Its log starts with a copy of the original's
 * events up to that time (the replay's cut: every event at or before it, which is a prefix of
 * the log, for events come in the order of their time); folding them gives every country's
 * state as it was then. The rest is the fork's own: free seats, its own join code, a clock
 * paused at that time. The original is not touched.
 */

const DAY = 24 * 60;

/** A game time as people read it ("Day 2, 14:05"), for the server's English messages. */
function gameTime(minutes: number): string {
  const whole = Math.floor(minutes);
  // A time before the start reads as the day before ("Day 0, 23:00"), not as the start.
  const ofDay = ((whole % DAY) + DAY) % DAY;
  const time = `${String(Math.floor(ofDay / 60)).padStart(2, '0')}:${String(ofDay % 60).padStart(2, '0')}`;
  return translate(EN, EN, 'ui.time.day-time', { day: Math.floor(whole / DAY) + 1, time });
}

/**
 * The last game time a session can be forked at: the time it has reached, or, once it ended, the
 * minute before its end (a fork at its end would start ended).
 */
function lastForkTime(session: Session): number {
  const state = session.stateForExport();
  return state.ended ? state.now - 1 : session.gameNow();
}

/** The events a fork at `at` copies: the log's prefix up to that game time (the replay's cut). */
export function prefixAt(events: readonly Event[], at: number): Event[] {
  let count = 0;
  while (count < events.length && (events[count]?.at ?? 0) <= at) count++;
  return events.slice(0, count);
}

/** Why a session cannot be forked at `at` (a time before its start or after its end), or null. */
export function forkRefusal(session: Session, at: number): ErrorBody | null {
  const last = lastForkTime(session);
  const params = {
    code: session.record.code,
    when: gameTime(at),
    first: gameTime(0),
    last: gameTime(Math.max(0, last)),
  };
  if (at < 0) return serverError('http.fork-before-start', params);
  if (at > last) return serverError('http.fork-after-end', params);
  return null;
}

/**
 * The fork's record: the original's scenario source (a bundled or an uploaded one) and clock
 * setting, free seats, the clock paused at `at` (at the original's speed), and its origin.
 */
export function forkRecord(
  source: Session,
  fork: { id: string; code: string; createdAt: number; at: number; copied: number },
): SessionRecord {
  const origin: ForkOrigin = {
    sessionId: source.id,
    code: source.record.code,
    title: source.scenario.title,
    at: fork.at,
    events: fork.copied,
  };
  const clock: ClockState = { ...source.clockState(), running: false, game: fork.at, wall: fork.createdAt };
  const { fork: _parent, ...settings } = source.record.settings;
  return {
    id: fork.id,
    code: fork.code,
    createdAt: fork.createdAt,
    scenarioId: source.record.scenarioId,
    scenarioSource: source.record.scenarioSource,
    settings: { ...settings, fork: origin },
    clock,
    seats: {
      countries: Object.fromEntries(
        Object.keys(source.scenario.countries).map((id) => [id, { bot: false, locked: false, team: null }]),
      ),
      observersSeeAll: false,
    },
    status: 'open',
    title: source.scenario.title,
  };
}
