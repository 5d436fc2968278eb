import { POSTPONEMENT_GROUNDS, REFUSAL_GROUNDS, REQUEST_STATUSES } from '@crossborder/engine';
import { EN, PSEUDO_LOCALE, placeholdersOf } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import { CHANNELS, REQUEST_KIND_IDS, REQUEST_KINDS } from '@crossborder/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import { TAGS } from './catalogues.js';
import { currentLocale, kindName, listOf, loadLocale, setLocale, t, tDynamic } from './i18n.js';

/** Words shown through run-time keys (tDynamic) have catalogue entries, so translators see them. */
describe('the screens’ catalogue', () => {
  it('names every request status, channel, refusal and postponement ground', () => {
    const keys = [
      ...REQUEST_STATUSES.map((status) => `ui.status.${status}`),
      ...CHANNELS.map((channel) => `channel.${channel}`),
      ...REFUSAL_GROUNDS.map((ground) => `ground.${ground}`),
      ...POSTPONEMENT_GROUNDS.map((ground) => `postpone.${ground}`),
    ];
    expect(keys.filter((key) => !Object.hasOwn(EN, key))).toEqual([]);
  });
  it('writes its messages as ICU that fill() reads ({name}, {name:prefix} for ids, plurals): no empty, unclosed or stray brace would show', () => {
    const placeholders = Object.values(EN).flatMap((text) => [...placeholdersOf(text)]);
    expect(placeholders.length).toBeGreaterThan(100);
    for (const [key, text] of Object.entries(EN)) expect(() => placeholdersOf(text), key).not.toThrow();
  });
});

describe('the language the screens speak', () => {
  afterEach(() => setLocale('en'));
  it('is English unless another catalogue is chosen', () => {
    expect(currentLocale()).toBe('en');
    expect(t('ui.join.title')).toBe('Join a session');
  });
  it('follows the chosen catalogue, plurals and run-time keys included', () => {
    expect(setLocale('en-XA')).toBe('en-XA');
    expect(t('ui.join.title')).toMatch(/^⟦Join a session~+⟧$/);
    expect(t('ui.briefing.points', { points: 1 })).toMatch(/^⟦1 point~+⟧$/);
    expect(tDynamic('ui.status.received')).toMatch(/^⟦.+⟧$/);
  });
  it('falls back to a region’s language, then English, for a language it has no catalogue for', () => {
    expect(setLocale('en-GB')).toBe('en');
    expect(setLocale('de-AT')).toBe('en');
    expect(t('ui.join.title')).toBe('Join a session');
  });
  it('fetches a translation’s files, then speaks it as Node’s catalogue does, markers expanded', async () => {
    const translations = TAGS.filter((tag) => tag !== 'en' && tag !== PSEUDO_LOCALE);
    expect(translations.length).toBeGreaterThan(0);
    for (const tag of translations) {
      const node = LOCALES[tag] ?? {};
      expect(await loadLocale(`${tag}-ZZ`)).toBe(tag);
      expect(currentLocale()).toBe(tag);
      for (const key of ['ui.join.title', 'ui.language.label', 'evidence-kind.traffic'] as const)
        expect(t(key), `${tag} ${key}`).toBe(node[key] ?? EN[key]);
      expect(Object.keys(node).length).toBeGreaterThan(0);
    }
  });
  it('shows a language with no folder in English', async () => {
    expect(await loadLocale('de')).toBe('en');
    expect(t('ui.join.title')).toBe('Join a session');
  });
  it('names request kinds through the catalogue, as the rules name them in English', () => {
    for (const kind of REQUEST_KIND_IDS)
      expect(EN[`kind.${kind}` as keyof typeof EN], kind).toBe(REQUEST_KINDS[kind].name);
    setLocale('en-XA');
    expect(kindName('extradition')).toMatch(/^⟦Extradition~+⟧$/);
  });
  it('writes lists as the language does', () => {
    expect(listOf(['subscriber information: 365d', 'traffic data: 180d'])).toBe(
      'subscriber information: 365d, traffic data: 180d',
    );
    expect(listOf([])).toBe('');
  });
});
