import { describe, expect, it } from 'vitest';
import { BOTS_EN } from './bots.js';
import { EN } from './en.js';
import type { Catalogue } from './format.js';
import { placeholdersOf } from './icu.js';
import { directionOf, localeFor, matchLocale, preferredLocale } from './locales.js';
import { catalogueFor, ENGLISH_SOURCE, LOCALES, localeTag, SOURCES } from './node.js';
import { PSEUDO_LOCALE } from './pseudo.js';
import { RULES_EN } from './rules.js';
import { STUDIO } from './studio.js';

/**
 * Every catalogue in LOCALES (English, each folder of locales/, the pseudo-locale) against English
 * (EN, the rules' texts and the studio's words): the same keys, the same placeholders per message,
 * every message valid ICU once its glossary markers are expanded. Nothing is registered here: a new
 * folder is a new language, and this test is how its translator learns what it lacks.
 */
const english: Catalogue = LOCALES.en ?? {};
const keys = Object.keys(ENGLISH_SOURCE).sort();

/** A key list short enough to read in a failure: the count, then the first keys. */
function listed(found: readonly string[]): string {
  return found.length === 0
    ? ''
    : `${found.length}: ${found.slice(0, 40).join(', ')}${found.length > 40 ? ', …' : ''}`;
}

describe.each(Object.keys(LOCALES))('the %s catalogue', (tag) => {
  const catalogue = LOCALES[tag] ?? {};
  it('has exactly the keys of English', () => {
    const have = new Set(Object.keys(catalogue));
    expect({ tag, missing: listed(keys.filter((key) => !have.has(key))) }).toEqual({ tag, missing: '' });
    expect({ tag, extra: listed([...have].filter((key) => !Object.hasOwn(english, key))) }).toEqual({
      tag,
      extra: '',
    });
  });
  it('parses as ICU MessageFormat, message by message', () => {
    const broken = Object.entries(catalogue).flatMap(([key, message]) => {
      try {
        placeholdersOf(message);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message} in ${JSON.stringify(message)}`];
      }
    });
    expect(broken).toEqual([]);
  });
  it('has the placeholders of English in each message', () => {
    const differing = Object.entries(catalogue).flatMap(([key, message]) => {
      const source = english[key];
      if (source === undefined) return [];
      try {
        const want = [...placeholdersOf(source)].sort();
        const have = [...placeholdersOf(message)].sort();
        return want.join() === have.join()
          ? []
          : [`${key}: has {${have.join('} {')}}, English {${want.join('} {')}}`];
      } catch {
        return []; // the ICU test above names it
      }
    });
    expect(differing).toEqual([]);
  });
});

describe('LOCALES', () => {
  it('holds English, every language folder with messages, and the pseudo-locale', () => {
    expect(Object.keys(LOCALES)).toEqual(
      expect.arrayContaining(['en', PSEUDO_LOCALE, ...Object.keys(SOURCES)]),
    );
  });
  it('is English with the rules’, the studio’s and the bots’ words, as screens show them (glossary markers expanded)', () => {
    expect(english).toEqual({ ...EN, ...RULES_EN, ...STUDIO, ...BOTS_EN });
    // The screens' first catalogue goes without the rules' texts (their own entry, loaded with the screens that say a rule).
    expect(Object.keys(EN).some((key) => key.startsWith('rule.'))).toBe(false);
    expect(Object.values(english).filter((message) => message.includes('[['))).toEqual([]);
  });
});

describe('the catalogue test', () => {
  it('tells a placeholder apart from text an apostrophe quoted (the French "d\'{pays}" slip)', () => {
    expect([...placeholdersOf("le droit d'{country}")]).toEqual([]);
    expect([...placeholdersOf('le droit d’{country}')]).toEqual(['country']);
    expect([...placeholdersOf("le droit d''{country}")]).toEqual(['country']);
  });
  it('names plural arguments and ids with their prefix', () => {
    expect([...placeholdersOf('{n, plural, one {# {kind:measure}} other {# {what}}}')].sort()).toEqual([
      'kind:measure',
      'n',
      'what',
    ]);
  });
  it('throws on a message that is not ICU', () => {
    expect(() => placeholdersOf('{n, plural, one {# day}')).toThrow();
  });
});

describe('choosing a catalogue', () => {
  const tags = ['en', 'en-XA', 'fr', 'pt-BR'];
  it('takes the tag itself, then its language alone, then English', () => {
    expect(localeFor('en', tags)).toBe('en');
    expect(localeFor('EN-xa', tags)).toBe('en-XA');
    expect(localeFor('en-GB', tags)).toBe('en');
    expect(localeFor('fr-CA', tags)).toBe('fr');
    expect(localeFor('fr_CA', tags)).toBe('fr');
    expect(localeFor('pt-br', tags)).toBe('pt-BR');
    expect(localeFor('pt-PT', tags)).toBe('en');
    expect(localeFor('de-AT', tags)).toBe('en');
    expect(localeFor(undefined, tags)).toBe('en');
  });
  it('says when no catalogue matches, for callers that refuse rather than fall back to English', () => {
    expect(matchLocale('fr-CA', tags)).toBe('fr');
    expect(matchLocale('PT-br', tags)).toBe('pt-BR');
    expect(matchLocale('de', tags)).toBeUndefined();
    expect(matchLocale('pt-PT', tags)).toBeUndefined();
  });
  it('finds every language Node knows, by the same fallbacks', () => {
    expect(localeTag('de-AT')).toBe('en');
    expect(catalogueFor('de-AT')).toBe(LOCALES.en);
    expect(catalogueFor('en-xa')).toBe(LOCALES[PSEUDO_LOCALE]);
    for (const tag of Object.keys(SOURCES)) expect(catalogueFor(`${tag}-ZZ`)).toBe(LOCALES[tag]);
  });
  it('takes the first of the reader’s languages that has a catalogue', () => {
    expect(preferredLocale(['de-DE', 'en-XA', 'en'], tags)).toBe('en-XA');
    expect(preferredLocale(['de-DE', 'fr'], tags)).toBe('fr');
    expect(preferredLocale(['de-DE', 'es'], tags)).toBe('en');
    expect(preferredLocale([], tags)).toBe('en');
  });
  it('lays out Arabic (and other right-to-left languages) right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('fr-CA')).toBe('ltr');
  });
});
