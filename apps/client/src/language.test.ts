import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  askedLanguage,
  choosableLocales,
  keepLanguage,
  languageName,
  markDocument,
  seatOf,
  storageKey,
} from './language.js';

function memoryStorage(entries: Record<string, string> = {}) {
  const kept = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    kept,
  };
}

const browser = { search: '', pathname: '/', languages: ['en-US'], storage: memoryStorage() };

describe('the seat a language choice belongs to', () => {
  it('is each team, the instructor, the projector and a juror, by the address', () => {
    expect(seatOf('/join/K7PQ2M/aldoria')).toBe('team:K7PQ2M:aldoria');
    expect(seatOf('/instructor')).toBe('instructor');
    expect(seatOf('/instructor/K7PQ2M')).toBe('instructor');
    expect(seatOf('/look/K7PQ2M/aldoria')).toBe('instructor');
    expect(seatOf('/watch/K7PQ2M')).toBe('projector:K7PQ2M');
    expect(seatOf('/jury/K7PQ2M')).toBe('jury:K7PQ2M');
    expect(seatOf('/studio')).toBe('instructor');
    expect(seatOf('/debrief/K7PQ2M')).toBe('instructor');
    expect(seatOf('/')).toBeNull();
    expect(seatOf('/join/K7PQ2M')).toBeNull();
  });
});

describe('the language a page is asked for', () => {
  it('is the browser’s first language that has a catalogue, else English', () => {
    expect(askedLanguage(browser)).toBe('en');
    expect(askedLanguage({ ...browser, languages: ['de-DE', 'en-XA'] })).toBe('en-XA');
    expect(askedLanguage({ ...browser, languages: ['de-DE'] })).toBe('en');
  });
  it('is the seat’s own choice over the choice made before joining, over the browser’s', () => {
    const storage = memoryStorage({ [storageKey(null)]: 'en-XA' });
    expect(askedLanguage({ ...browser, storage, pathname: '/join/K7PQ2M/aldoria' })).toBe('en-XA');
    keepLanguage(storage, 'team:K7PQ2M:aldoria', 'en');
    expect(askedLanguage({ ...browser, storage, pathname: '/join/K7PQ2M/aldoria' })).toBe('en');
    // Another seat in the same browser keeps the general choice.
    expect(askedLanguage({ ...browser, storage, pathname: '/join/K7PQ2M/borealis' })).toBe('en-XA');
  });
  it('is the console’s choice in the studio and the debrief, behind the same instructor key', () => {
    const storage = memoryStorage({ [storageKey(null)]: 'en' });
    keepLanguage(storage, seatOf('/instructor'), 'en-XA');
    expect(askedLanguage({ ...browser, storage, pathname: '/studio' })).toBe('en-XA');
    expect(askedLanguage({ ...browser, storage, pathname: '/debrief/K7PQ2M' })).toBe('en-XA');
  });
  it('is the address’s ?lang= over everything, a language without a catalogue included', () => {
    const storage = memoryStorage({ [storageKey('instructor')]: 'en' });
    expect(askedLanguage({ ...browser, storage, pathname: '/instructor', search: '?lang=en-XA' })).toBe(
      'en-XA',
    );
    expect(askedLanguage({ ...browser, search: '?lang=ar' })).toBe('ar');
  });
});

describe('the page’s lang and dir', () => {
  const root = () => ({ lang: '', dir: '' }) as HTMLElement;
  it('give the language shown, left to right for English', () => {
    const page = root();
    markDocument(page, 'en', 'en-GB');
    expect({ lang: page.lang, dir: page.dir }).toEqual({ lang: 'en', dir: 'ltr' });
  });
  it('go right to left for Arabic, even before an Arabic catalogue exists', () => {
    const page = root();
    markDocument(page, 'en', 'ar');
    expect({ lang: page.lang, dir: page.dir }).toEqual({ lang: 'en', dir: 'rtl' });
  });
});

describe('the languages offered', () => {
  it('are English and every language folder of the catalogue, the pseudo-locale only once in use', () => {
    const folders = readdirSync(new URL('../../../packages/i18n/locales/', import.meta.url), {
      withFileTypes: true,
    })
      .filter(
        (entry) =>
          entry.isDirectory() &&
          readdirSync(join(entry.parentPath, entry.name)).some((file) => file.endsWith('.json')),
      )
      .map((entry) => entry.name)
      .sort();
    expect(choosableLocales('en')).toEqual(['en', ...folders]);
    expect(choosableLocales('en-XA')).toEqual(['en', ...folders, 'en-XA']);
  });
  it('are each named in itself, without fetching its catalogue', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('en-XA')).toMatch(/^⟦English~+⟧$/);
    expect(languageName('fr')).toBe('Français');
    expect(languageName('es')).toBe('Español');
    expect(languageName('ar')).toBe('العربية');
  });
});
