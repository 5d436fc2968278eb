import { describe, expect, it } from 'vitest';
import { BOT_THINK_MAX_MINUTES, BotThink, botThinkMinutes, DEFAULT_BOT_THINK } from './bot-think.js';
import { CreateSessionRequest } from './http.js';

describe('a bot thinking time', () => {
  it('is read as the scenario’s durations are, in game minutes, up to a day', () => {
    expect(botThinkMinutes('30m')).toBe(30);
    expect(botThinkMinutes('1h30m')).toBe(90);
    expect(botThinkMinutes(' 2h ')).toBe(120);
    expect(botThinkMinutes('0m')).toBe(0);
    expect(botThinkMinutes('1d')).toBe(BOT_THINK_MAX_MINUTES);
    expect(botThinkMinutes(DEFAULT_BOT_THINK)).toBe(30);
  });

  it('is not a bare number, a word, a negative time or more than a day', () => {
    for (const wrong of ['30', 'soon', '-5m', '1d1m', '2d', '', '30 m'])
      expect(botThinkMinutes(wrong), wrong).toBeUndefined();
  });

  it('travels as written in a new session’s body, and a wrong one is refused with what to write', () => {
    expect(CreateSessionRequest.parse({ scenario: 'tutorial', botThink: '45m' })).toEqual({
      scenario: 'tutorial',
      botThink: '45m',
    });
    const refused = CreateSessionRequest.safeParse({ scenario: 'tutorial', botThink: '45' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path)).toEqual([['botThink']]);
    expect(BotThink.safeParse(30).success).toBe(false);
  });
});
