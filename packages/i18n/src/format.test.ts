import { describe, expect, it } from 'vitest';
import { fill, translate, translateOr } from './format.js';

describe('fill', () => {
  it('replaces named placeholders with their values', () => {
    expect(fill('Request {request} goes to {country}.', { request: 'req-1', country: 'Borealis' })).toBe(
      'Request req-1 goes to Borealis.',
    );
    expect(fill('{n} days', { n: 3 })).toBe('3 days');
  });
  it('leaves unknown placeholders visible', () => {
    expect(fill('Hello {name}', {})).toBe('Hello {name}');
  });
});

describe('translate', () => {
  const en = { greet: 'Hello {name}', only: 'English only' };
  const fr = { greet: 'Bonjour {name}' };
  it('uses the language, then English, then the key', () => {
    expect(translate(fr, en, 'greet', { name: 'Ana' })).toBe('Bonjour Ana');
    expect(translate(fr, en, 'only')).toBe('English only');
    expect(translate(fr, en, 'missing.key')).toBe('missing.key');
  });
});

describe('translateOr', () => {
  const en = { greet: 'Hello {name}' };
  const fr = { 'rule.x.title': 'Règle {n}' };
  it('uses the language, then English, then the text it is given (never the key)', () => {
    expect(translateOr(fr, en, 'rule.x.title', { n: 1 }, 'Rule')).toBe('Règle 1');
    expect(translateOr(fr, en, 'greet', { name: 'Ana' }, 'unused')).toBe('Hello Ana');
    expect(translateOr(fr, en, 'rule.y.title', {}, 'The rule in English')).toBe('The rule in English');
  });
});
