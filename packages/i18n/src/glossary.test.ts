import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from './format.js';
import {
  expandCatalogue,
  expandMessage,
  formsOf,
  GLOSSARY,
  glossaryFrom,
  markerProblems,
  spelledWordings,
} from './glossary.js';
import { checkGlossary, LOCALES_FOLDER, SOURCES } from './node.js';

/**
 * The legal glossary: every language's messages (English included) name its terms by markers,
 * every marker names a term and form the language has, and no message spells a term's wording
 * out, so that a reviewer's correction reaches every message.
 */
const languages = Object.keys(SOURCES).sort();

const sample = glossaryFrom({
  'requested-state': {
    note: 'The State asked.',
    en: 'requested State',
    fr: 'État requis',
    ar: 'الدولة متلقية الطلب',
  },
  'central-authority': {
    note: 'The authority that sends and receives requests.',
    en: { base: 'central authority', plural: 'central authorities' },
  },
});

describe('expanding markers', () => {
  it('puts the language’s wording, a form of it, or the wording with a capital first letter', () => {
    expect(expandMessage('Ask the [[requested-state]].', 'en', sample)).toBe('Ask the requested State.');
    expect(expandMessage('[[Requested-state]] refuses.', 'en', sample)).toBe('Requested State refuses.');
    expect(expandMessage('[[Requested-state]] refuse.', 'fr', sample)).toBe('État requis refuse.');
    expect(expandMessage('[[Central-authority:plural]] meet', 'en', sample)).toBe('Central authorities meet');
    expect(expandMessage('[[Requested-state]]', 'ar', sample)).toBe('الدولة متلقية الطلب');
  });
  it('leaves a marker it cannot expand in sight, and the test below names it', () => {
    expect(expandMessage('[[no-such-term]] and [[central-authority:dual]]', 'en', sample)).toBe(
      '[[no-such-term]] and [[central-authority:dual]]',
    );
    expect(
      markerProblems({ k: '[[no-such-term]] [[central-authority:dual]] [[requested-state]]' }, 'es', sample),
    ).toEqual([
      'k: [[no-such-term]] names no term of glossary.json',
      'k: [[central-authority:dual]] has no "es" wording in glossary.json',
      'k: [[requested-state]] has no "es" wording in glossary.json',
    ]);
    expect(markerProblems({ k: '[[central-authority:dual]]' }, 'en', sample)).toEqual([
      'k: [[central-authority:dual]]: the "en" wording of "central-authority" has no form "dual" (add it in glossary.json)',
    ]);
  });
  it('expands a whole catalogue, keys unchanged', () => {
    expect(expandCatalogue({ a: 'the [[requested-state]]', b: 'plain' }, 'en', sample)).toEqual({
      a: 'the requested State',
      b: 'plain',
    });
  });
  it('finds a wording spelled out in any case, as whole words only, outside markers and placeholder names', () => {
    expect(
      spelledWordings(
        {
          a: 'The Requested State and [[requested-state]]',
          b: 'Two Central Authorities',
          c: 'unrequested Statement {requested}',
          d: 'the [[requested-state]] only',
        },
        'en',
        sample,
      ),
    ).toEqual([
      'a: spells out "requested State" instead of [[requested-state]]',
      'b: spells out "central authorities" instead of [[central-authority]]',
    ]);
  });
});

describe('glossary.json', () => {
  const raw: unknown = JSON.parse(readFileSync(join(LOCALES_FOLDER, '..', 'glossary.json'), 'utf8'));
  it('is well formed: a note, wordings as texts or forms with a base, a review list', () => {
    expect(checkGlossary(raw)).toEqual([]);
    expect(checkGlossary({ x: { note: 'n', en: { plural: 'xs' } } })).toEqual([
      expect.stringMatching(/^x: en.*base/),
    ]);
  });
  it(`has every language's wording for every term (${languages.join(', ')})`, () => {
    const missing = Object.entries(GLOSSARY).flatMap(([id, term]) =>
      languages.filter((tag) => term.wordings[tag] === undefined).map((tag) => `${id}: no "${tag}" wording`),
    );
    expect(missing).toEqual([]);
  });
  it('asks a review only of languages it has', () => {
    const stray = Object.entries(GLOSSARY).flatMap(([id, term]) =>
      term.review.filter((tag) => term.wordings[tag] === undefined).map((tag) => `${id}: review of "${tag}"`),
    );
    expect(stray).toEqual([]);
  });
  it('has wordings that read as themselves in an ICU message (no braces, no # )', () => {
    const changed = Object.entries(GLOSSARY).flatMap(([id, term]) =>
      Object.entries(term.wordings).flatMap(([tag, wording]) =>
        Object.values(formsOf(wording))
          .filter((text) => fill(`{n, plural, other {${text}}}`, { n: 2 }, undefined, tag) !== text)
          .map((text) => `${id} (${tag}): "${text}"`),
      ),
    );
    expect(changed).toEqual([]);
  });
});

describe.each(languages)('the %s messages and the glossary', (tag) => {
  const source = SOURCES[tag] ?? {};
  it('name only terms and forms the glossary has for the language', () => {
    expect(markerProblems(source, tag)).toEqual([]);
  });
  it('spell out no glossary wording: they name the term by its marker', () => {
    expect(spelledWordings(source, tag)).toEqual([]);
  });
});
