import { EN, translate } from '@crossborder/i18n';
import { describe, expect, it } from 'vitest';
import { colon, comma, dash, paren } from './pairs.js';

describe('pairs in the exports', () => {
  it("are punctuated by the reader's catalogue", () => {
    const en = (key: string, params: Readonly<Record<string, string | number>>) =>
      translate(EN, EN, key, params);
    expect(paren(en, 'Proficient', '10')).toBe('Proficient (10)');
    expect(colon(en, 'Day 1, 09:00', 'sent')).toBe('Day 1, 09:00: sent');
    expect(dash(en, 'K7PQ2M', 'Tutorial')).toBe('K7PQ2M — Tutorial');
    expect(comma(en, 'AldoNet', 'Aldoria')).toBe('AldoNet, Aldoria');
    const ar = { 'ui.pair.comma': '{first}، {second}' };
    // Right to left, each piece is isolated (U+2068 ... U+2069) so that its own direction holds.
    const said = comma((key, params) => translate(ar, EN, key, params, 'ar'), 'AldoNet', 'Aldoria');
    expect(said.replace(/[\u2068\u2069]/g, '')).toBe('AldoNet، Aldoria');
  });
});
