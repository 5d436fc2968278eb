import { describe, expect, it } from 'vitest';
import { KeyedRateLimiter, RateLimiter } from './rate-limit.js';

describe('rate limits (rate-limit.ts)', () => {
  it('a bucket allows its burst at once, then its rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 3, () => now);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now += 100;
    expect([limiter.take(), limiter.take()]).toEqual([true, false]);
  });

  it('connections sharing a key share one allowance; other keys have their own', () => {
    let now = 0;
    const limits = new KeyedRateLimiter(1, 2, () => now);
    // Two sockets on one token draw from the same bucket.
    expect([limits.take('token-a'), limits.take('token-a'), limits.take('token-a')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limits.take('token-b')).toBe(true);
    now += 1000;
    expect(limits.take('token-a')).toBe(true);
  });

  it('forgets the buckets that have refilled, so memory follows the active keys', () => {
    let now = 0;
    const limits = new KeyedRateLimiter(1, 2, () => now);
    for (let i = 0; i < 1000; i++) limits.take(`address-${i}`);
    expect(limits.sweep()).toBe(1000);
    now += 5000;
    limits.take('address-still-busy');
    limits.take('address-still-busy');
    expect(limits.sweep()).toBe(1);
  });
});
