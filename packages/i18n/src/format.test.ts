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
  it('says ids through the catalogue where a placeholder names their prefix', () => {
    const words: Record<string, string> = { 'field.scope': 'scope', 'field.grounds': 'grounds' };
    const lookup = (key: string) => words[key];
    expect(fill('Missing: {missing:field}.', { missing: 'grounds, scope' }, lookup)).toBe(
      'Missing: grounds, scope.',
    );
    // An id the catalogue lacks stays visible, as an unknown placeholder does.
    expect(fill('Missing: {missing:field}.', { missing: 'duration' }, lookup)).toBe('Missing: duration.');
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
  it('says a placeholder of ids in the language, then English', () => {
    const withKinds = { ...en, done: 'Ordered: {kind:measure}.', 'measure.arrest': 'arrest' };
    const frKinds = { 'measure.arrest': 'arrestation' };
    expect(translate(frKinds, withKinds, 'done', { kind: 'arrest' })).toBe('Ordered: arrestation.');
    expect(translate({}, withKinds, 'done', { kind: 'arrest' })).toBe('Ordered: arrest.');
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
