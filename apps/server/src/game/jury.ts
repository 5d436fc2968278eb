import { jurorId } from '@crossborder/engine';
import type { ErrorBody, JoinSeat, JuryInfo, Seat } from '@crossborder/protocol';
import { serverError } from '../errors.js';
import type { SeatSettings } from '../store/store.js';
import { sameSecret, seatToken } from './codes.js';

/** A session has at most this many jurors (a moot court has a handful). */
const MAX_JURORS = 50;

/**
 * Gives a moot session its jury (a new session, or one created before juror seats) and none to
 * any other. Returns whether the seats changed (to be saved).
 */
export function ensureJury(seats: SeatSettings, moot: boolean): boolean {
  if (!moot || seats.jury) return false;
  seats.jury = { key: seatToken(), jurors: {} };
  return true;
}

/** Why a juror may not join: not a moot court, a wrong link, a full jury; null when they may. */
export function juryRefusal(seats: SeatSettings, seat: JoinSeat, key: string | undefined): ErrorBody | null {
  if (seat.kind !== 'juror') return null;
  if (!seats.jury) return serverError('not-moot');
  if (!sameSecret(key ?? '', seats.jury.key)) return serverError('wrong-jury-key');
  if (Object.keys(seats.jury.jurors).length >= MAX_JURORS)
    return serverError('jury-full', { max: MAX_JURORS });
  return null;
}

/** A new juror's seat, numbered after the last; the caller saves the seats. */
export function newJuror(seats: SeatSettings, name: string): Seat {
  const jury = seats.jury;
  if (!jury) throw new Error('a juror joined a session without a jury');
  const juror = jurorId(Object.keys(jury.jurors).length + 1);
  jury.jurors[juror] = { name };
  return { kind: 'juror', juror };
}

/**
 * What the instructor's console shows of the jury: its link's key, each juror's name and devices
 * online (`online`, by juror: listing.ts counts them).
 */
export function juryInfo(seats: SeatSettings, online: Record<string, number>): JuryInfo | undefined {
  if (!seats.jury) return undefined;
  const jurors: JuryInfo['jurors'] = {};
  for (const [id, juror] of Object.entries(seats.jury.jurors))
    jurors[id] = { name: juror.name, online: online[id] ?? 0 };
  return { key: seats.jury.key, jurors };
}

/** Each juror's name by number, for the debrief and the report. */
export function jurorNames(seats: SeatSettings): Record<string, string> {
  return Object.fromEntries(Object.entries(seats.jury?.jurors ?? {}).map(([id, juror]) => [id, juror.name]));
}
