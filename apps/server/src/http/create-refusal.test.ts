import { describe, expect, it } from 'vitest';
import { badCreateRequest } from './create-refusal.js';

describe('why a new session’s body was refused', () => {
  it('names a bot thinking time that is not one, as written, and says what to write', () => {
    const refused = badCreateRequest({ scenario: 'tutorial', botThink: '30' });
    expect(refused.code).toBe('bad-bot-think');
    expect(refused.params).toEqual({ value: '30' });
    expect(refused.message).toBe(
      '“30” is not a bot thinking time: write "botThink" as a game duration such as "30m", "2h" or "1d" (at most a day; "0m" for bots that answer at once), or leave it out for the server’s default.',
    );
    expect(badCreateRequest({ scenario: 'tutorial', botThink: 45 }).params).toEqual({ value: '45' });
    expect(badCreateRequest({ scenario: 'tutorial', botThink: '2d' }).code).toBe('bad-bot-think');
  });

  it('shortens a long wrong value, so that the answer stays readable', () => {
    const refused = badCreateRequest({ scenario: 'tutorial', botThink: 'x'.repeat(500) });
    expect(refused.params).toEqual({ value: `${'x'.repeat(40)}…` });
  });

  it('gives the general answer for anything else', () => {
    expect(badCreateRequest({ scenario: 'tutorial', botThink: '30m', speed: 60 }).code).toBe('bad-request');
    expect(badCreateRequest(null).code).toBe('bad-request');
    expect(badCreateRequest('scenario').code).toBe('bad-request');
  });
});
