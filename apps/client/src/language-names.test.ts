import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n.js';
import { languageLabel, languageList } from './language-names.js';

describe('languages a scenario names', () => {
  afterEach(() => setLocale('en'));

  it('are shown by their names in the screens’ language, never as bare tags', () => {
    expect(languageLabel('fr')).toBe('French');
    expect(languageLabel('ar')).toBe('Arabic');
    expect(languageList(['en', 'fr', 'es'])).toBe('English, French, Spanish');
  });

  it('keep a tag the browser cannot name as it is', () => {
    expect(languageLabel('not a tag')).toBe('not a tag');
  });
});
