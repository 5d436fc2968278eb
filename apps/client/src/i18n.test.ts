import { POSTPONEMENT_GROUNDS, REFUSAL_GROUNDS, REQUEST_STATUSES } from '@crossborder/engine';
import { EN } from '@crossborder/i18n';
import { CHANNELS } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';

/** Words shown through run-time keys (tDynamic) have catalogue entries, so translators see them. */
describe('the screens’ catalogue', () => {
  it('names every request status, channel, refusal and postponement ground', () => {
    const keys = [
      ...REQUEST_STATUSES.map((status) => `ui.status.${status}`),
      ...CHANNELS.map((channel) => `channel.${channel}`),
      ...REFUSAL_GROUNDS.map((ground) => `ground.${ground}`),
      ...POSTPONEMENT_GROUNDS.map((ground) => `postpone.${ground}`),
    ];
    expect(keys.filter((key) => !Object.hasOwn(EN, key))).toEqual([]);
  });
  it('writes its placeholders as fill() reads them ({name}, or {name:prefix} for ids): no empty, unclosed or stray brace would show', () => {
    const placeholder = /\{\w+(?::[\w-]+)?\}/g;
    const placeholders = Object.values(EN).join(' ').match(placeholder) ?? [];
    expect(placeholders.length).toBeGreaterThan(100);
    for (const [key, text] of Object.entries(EN))
      expect(text.replace(placeholder, ''), key).not.toMatch(/[{}]/);
  });
});
