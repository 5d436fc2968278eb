import type { SeatsInfo, SessionListEntry } from '@crossborder/protocol';
import type { Listed, Presence, SeatSettings } from '../store/store.js';
import type { Connection } from './audience.js';
import { Clock } from './clock.js';
import { juryInfo } from './jury.js';

/**
 * The instructor's list (`GET /api/sessions`), one entry per session, the same whichever node
 * answers: a session held here is read from memory (Session.listEntry); one held elsewhere (several nodes over
 * PostgreSQL) from the store's listing, without rebuilding it: its record, the number of its
 * events, and who is online as its node recorded it (presence, written when a seat attaches or
 * detaches).
 */

/** Who is online, by seat, among these connections: countries' and jurors' devices (others are not counted). */
export function presenceOf(connections: Iterable<Connection>): Presence {
  const online: Presence = { countries: {}, jurors: {} };
  for (const { seat } of connections) {
    if (seat.kind === 'country') online.countries[seat.country] = (online.countries[seat.country] ?? 0) + 1;
    else if (seat.kind === 'juror') online.jurors[seat.juror] = (online.jurors[seat.juror] ?? 0) + 1;
  }
  return online;
}

/** What the instructor's console shows of the seats: the instructor's settings, with who is online. */
export function seatsInfoOf(seats: SeatSettings, online: Presence): SeatsInfo {
  const jury = juryInfo(seats, online.jurors);
  return {
    countries: Object.fromEntries(
      Object.entries(seats.countries).map(([id, seat]) => [
        id,
        { ...seat, online: online.countries[id] ?? 0 },
      ]),
    ),
    observersSeeAll: seats.observersSeeAll,
    ...(jury ? { jury } : {}),
  };
}

/**
 * A session held elsewhere (or by no node), as the list shows it at wall time `wall`, with its
 * scenario's title. Its clock is the one its node last saved (at every change of pace, and every
 * few seconds while it runs), run on to now while a node holds it; held by none, it stands where
 * it was saved, as the session will resume (paused) when a seat brings it back.
 */
export function storedEntry(listed: Listed, title: string, wall: number): SessionListEntry {
  const { record } = listed;
  const clock = new Clock(listed.held ? record.clock : { ...record.clock, running: false });
  return {
    id: record.id,
    code: record.code,
    scenarioId: record.scenarioId,
    title,
    status: record.status === 'open' ? 'open' : 'ended',
    createdAt: record.createdAt,
    clock: clock.state(wall),
    seats: seatsInfoOf(record.seats, listed.online),
    events: listed.events,
  };
}
