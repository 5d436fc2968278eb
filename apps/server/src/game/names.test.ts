import { describe, expect, it } from 'vitest';
import { confusableWith, skeleton } from './names.js';

describe('names that look alike (names.ts)', () => {
  it('finds a name written with letters of another script that look the same', () => {
    // "Т" and "а" below are Cyrillic; "Ο" is Greek.
    expect(confusableWith('Тable 3', ['Table 3'])).toBe('Table 3');
    expect(confusableWith('Bаnk Squad', ['Bank Squad'])).toBe('Bank Squad');
    expect(confusableWith('ΟCTO', ['OCTO'])).toBe('OCTO');
  });

  it('takes digits and letters that read alike, case and spacing for the same name', () => {
    expect(confusableWith('Table l', ['Table 1'])).toBe('Table 1');
    expect(confusableWith('team  alpha', ['Team Alpha'])).toBe('Team Alpha');
    expect(confusableWith('Team-Alpha', ['Team Alpha'])).toBe('Team Alpha');
    expect(confusableWith('Team\u200bAlpha', ['Team Alpha'])).toBe('Team Alpha');
  });

  it('tells apart names that look different', () => {
    expect(confusableWith('Table 3', ['Table 4', 'Table 8'])).toBeUndefined();
    expect(confusableWith('Team A', ['Team B'])).toBeUndefined();
    expect(confusableWith('Équipe Nord', ['Equipe Sud'])).toBeUndefined();
    expect(skeleton('فريق الشمال')).not.toBe(skeleton('فريق الجنوب'));
  });
});
