import { type JoinSeat, seatKey } from '@crossborder/protocol';

/**
 * Seat tokens are kept in the browser (localStorage) per join code and seat, so that a reload or
 * a new tab of the same link takes the same seat back. `last` remembers the seat of this tab.
 */
export interface TokenStore {
  get(code: string, seat: JoinSeat): string | null;
  set(code: string, seat: JoinSeat, token: string): void;
  forget(code: string, seat: JoinSeat): void;
}

/** A juror's token is kept under the seat they asked for (`juror`): the server numbers jurors when they join. */
const keyOf = (code: string, seat: JoinSeat) =>
  `crossborder.seat.${code.toUpperCase()}.${seat.kind === 'juror' ? 'juror' : seatKey(seat)}`;

export function tokenStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): TokenStore {
  return {
    get: (code, seat) => storage.getItem(keyOf(code, seat)),
    set: (code, seat, token) => storage.setItem(keyOf(code, seat), token),
    forget: (code, seat) => storage.removeItem(keyOf(code, seat)),
  };
}
