import { describe, expect, it } from 'vitest';
import { parseClientMessage, Seat, seatKey } from './messages.js';

describe('the instructor’s look through a country’s seat', () => {
  it('is a seat of its own, with its country: never the team’s, nor another country’s look', () => {
    expect(Seat.parse({ kind: 'look', country: 'aldoria' })).toEqual({ kind: 'look', country: 'aldoria' });
    expect(Seat.safeParse({ kind: 'look' }).success).toBe(false);
    expect(seatKey({ kind: 'look', country: 'aldoria' })).toBe('look:aldoria');
    expect(seatKey({ kind: 'country', country: 'aldoria' })).toBe('country:aldoria');
    expect(seatKey({ kind: 'look', country: 'borealis' })).not.toBe(
      seatKey({ kind: 'look', country: 'aldoria' }),
    );
    expect(seatKey({ kind: 'instructor' })).toBe('instructor');
  });

  it('is asked for with the join message, like the instructor’s seat', () => {
    const join = parseClientMessage('join', {
      protocol: 2,
      code: 'k7pq2m',
      seat: { kind: 'look', country: 'aldoria' },
      name: 'Instructor',
      key: 'the key',
    });
    expect(join.ok && join.value.seat).toEqual({ kind: 'look', country: 'aldoria' });
  });
});
