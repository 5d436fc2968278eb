import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n.js';
import { colon, comma, dash, paren } from './punctuation.js';

describe('pairs of text on the screens', () => {
  afterEach(() => setLocale('en'));

  it('are punctuated as English punctuates them', () => {
    expect(paren('Kite', 'Mara Venn')).toBe('Kite (Mara Venn)');
    expect(colon('Deadline', '2d')).toBe('Deadline: 2d');
    expect(dash('Case 1', 'Harbourline')).toBe('Case 1 — Harbourline');
    expect(comma('Northwind Hosting', 'Borealis')).toBe('Northwind Hosting, Borealis');
  });

  it('come from the catalogue, so a translation punctuates them its way', () => {
    setLocale('en-XA');
    expect(paren('Kite', 'Mara Venn')).toMatch(/^⟦Kite \(Mara Venn\)~*⟧$/);
    expect(comma('a', 'b')).toMatch(/^⟦a, b~*⟧$/);
  });
});
