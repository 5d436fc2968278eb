import type { SessionRecord } from '../src/store/store.js';

/**
 * A session's record for the store's tests and benchmarks: a paused real-time clock, no seats
 * taken, open; its join code made from its id unless `changes` gives one.
 */
export function sessionRecord(id: string, changes: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id,
    code: id.toUpperCase().padEnd(6, 'X').slice(0, 6),
    createdAt: 1,
    scenarioId: 'tutorial',
    scenarioSource: 'id: tutorial',
    settings: {},
    clock: { mode: 'realtime', running: false, speed: 1, game: 0, wall: 0, roundLength: 60 },
    seats: { countries: {}, observersSeeAll: false },
    status: 'open',
    ...changes,
  };
}
