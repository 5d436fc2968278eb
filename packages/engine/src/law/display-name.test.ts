import { describe, expect, it } from 'vitest';
import { displayName } from './display-name.js';

describe('displayName', () => {
  const countries = {
    aldoria: { name: 'Republic of Aldoria', shortName: 'Aldoria' },
    borealis: { name: 'Kingdom of Borealis' },
  };

  it('names a country by its short name, else its full name', () => {
    expect(displayName(countries, 'aldoria')).toBe('Aldoria');
    expect(displayName(countries, 'borealis')).toBe('Kingdom of Borealis');
  });

  it('falls back to the id only for a country the scenario does not have', () => {
    expect(displayName(countries, 'nowhere')).toBe('nowhere');
  });
});
