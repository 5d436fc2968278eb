import { describe, expect, it } from 'vitest';
import { EN } from './en.js';
import { fill, translate } from './format.js';
import { LOCALES } from './node.js';
import { pseudoMessage } from './pseudo.js';

describe('the pseudo-locale en-XA', () => {
  const pseudo = LOCALES['en-XA'] ?? {};
  it('wraps every English message and lengthens it by a third', () => {
    for (const [key, message] of Object.entries(EN)) {
      const wrapped = pseudo[key] ?? '';
      expect(wrapped.startsWith(`⟦${message}`) && wrapped.endsWith('⟧')).toBe(true);
      expect(wrapped.length).toBeGreaterThanOrEqual(message.length * (4 / 3));
    }
  });
  it('keeps placeholders, ids and plurals working', () => {
    expect(fill(pseudoMessage('{n, plural, one {# day} other {# days}} late'), { n: 2 })).toMatch(
      /^⟦2 days late~{15}⟧$/,
    );
    expect(translate(pseudo, EN, 'ui.briefing.points', { points: 1 })).toMatch(/^⟦1 point~+⟧$/);
    expect(translate(pseudo, EN, 'log.measure-completed', { outcome: 'no-such-outcome' })).toMatch(
      /^⟦A domestic measure completed: no-such-outcome\.~+⟧$/,
    );
  });
});
