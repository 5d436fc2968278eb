import { describe, expect, it } from 'vitest';
import { isGiven } from './contents.js';

describe('isGiven', () => {
  it('wants at least three words, however they are spaced', () => {
    expect(isGiven(undefined)).toBe(false);
    expect(isGiven('')).toBe(false);
    expect(isGiven('   ')).toBe(false);
    expect(isGiven('Cybercrime unit')).toBe(false);
    expect(isGiven('  Cybercrime \n unit  ')).toBe(false);
    expect(isGiven('The cybercrime unit')).toBe(true);
    expect(isGiven('\tThe\n\ncybercrime   unit of Veldmark')).toBe(true);
  });
});
