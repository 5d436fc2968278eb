import { describe, expect, it } from 'vitest';
import { EN } from './en.js';
import type { Catalogue } from './format.js';
import { placeholdersOf } from './icu.js';
import { catalogueFor, directionOf, LOCALES, localeFor, preferredLocale } from './locales.js';
import { PSEUDO_LOCALE, pseudoCatalogue } from './pseudo.js';
import { STUDIO } from './studio.js';

/**
 * Every catalogue in LOCALES against English: the same keys, the same placeholders per message,
 * and every message valid ICU. A translator runs this test to learn what a new catalogue lacks.
 * The studio's own catalogue (studio.ts, loaded with the studio's code only) is checked the same
 * way against its English. Its key and placeholder comparison is groundwork until a real
 * translation exists: its `en` is STUDIO itself and its `en-XA` is made from it, so only the ICU
 * check can fail today.
 */
const catalogues: [string, Catalogue, Catalogue][] = [
  ...Object.entries(LOCALES).map(([tag, catalogue]): [string, Catalogue, Catalogue] => [tag, catalogue, EN]),
  ['studio en', STUDIO, STUDIO],
  [`studio ${PSEUDO_LOCALE}`, pseudoCatalogue(STUDIO), STUDIO],
];

describe.each(catalogues)('catalogue %s', (tag, catalogue, source) => {
  const english = Object.keys(source).sort();
  it('has exactly the keys of English', () => {
    const keys = new Set(Object.keys(catalogue));
    expect({ tag, missing: english.filter((key) => !keys.has(key)) }).toEqual({ tag, missing: [] });
    expect({ tag, extra: [...keys].filter((key) => !Object.hasOwn(source, key)) }).toEqual({
      tag,
      extra: [],
    });
  });
  it('parses as ICU MessageFormat, message by message', () => {
    const broken = Object.entries(catalogue).flatMap(([key, message]) => {
      try {
        placeholdersOf(message);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });
  it('has the placeholders of English in each message', () => {
    const differing = Object.entries(catalogue).flatMap(([key, message]) => {
      const english = source[key];
      if (english === undefined) return [];
      const want = [...placeholdersOf(english)].sort();
      const have = [...placeholdersOf(message)].sort();
      return want.join() === have.join()
        ? []
        : [`${key}: has {${have.join('} {')}}, English {${want.join('} {')}}`];
    });
    expect(differing).toEqual([]);
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
  it('takes the tag itself, then its language alone, then English', () => {
    expect(localeFor('en')).toBe('en');
    expect(localeFor('EN-xa')).toBe('en-XA');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('fr-CA')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
    expect(catalogueFor('de-AT')).toBe(EN);
    expect(catalogueFor('en-XA')).toBe(LOCALES['en-XA']);
  });
  it('takes a region’s catalogue back to its language (fr-CA to fr) once that language exists', () => {
    const tags = ['en', 'fr', 'pt-BR'];
    expect(localeFor('fr-CA', tags)).toBe('fr');
    expect(localeFor('fr_CA', tags)).toBe('fr');
    expect(localeFor('pt-br', tags)).toBe('pt-BR');
    expect(localeFor('pt-PT', tags)).toBe('en');
    expect(localeFor('en-US')).toBe('en');
  });
  it('takes the first of the reader’s languages that has a catalogue', () => {
    expect(preferredLocale(['de-DE', 'en-XA', 'en'])).toBe('en-XA');
    expect(preferredLocale(['de-DE', 'fr'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });
  it('lays out Arabic (and other right-to-left languages) right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('fr-CA')).toBe('ltr');
  });
});
