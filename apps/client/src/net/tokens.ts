import { type Seat, seatKey } from '@crossborder/protocol';

/**
 * Seat tokens are kept in the browser (localStorage) per join code and seat, so that a reload or
 * a new tab of the same link takes the same seat back. `last` remembers the seat of this tab.
 */
export interface TokenStore {
  get(code: string, seat: Seat): string | null;
  set(code: string, seat: Seat, token: string): void;
  forget(code: string, seat: Seat): void;
}

const keyOf = (code: string, seat: Seat) => `crossborder.seat.${code.toUpperCase()}.${seatKey(seat)}`;

export function tokenStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): TokenStore {
  return {
    get: (code, seat) => storage.getItem(keyOf(code, seat)),
    set: (code, seat, token) => storage.setItem(keyOf(code, seat), token),
    forget: (code, seat) => storage.removeItem(keyOf(code, seat)),
  };
}
