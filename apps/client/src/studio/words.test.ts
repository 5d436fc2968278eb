import { EN } from '@crossborder/i18n';
import { STUDIO } from '@crossborder/i18n/studio';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n.js';
import { t } from './words.js';

afterEach(() => setLocale('en'));

describe('the studio’s words', () => {
  it('come from the studio’s own catalogue, with their parameters filled', () => {
    expect(t('ui.studio.title')).toBe(STUDIO['ui.studio.title']);
    expect(t('ui.studio.start-ready', { title: 'Kestrel' })).toBe(
      'Starts a session of “Kestrel” and opens its console.',
    );
  });

  it('fall back to the screens’ catalogue for the words they share, and are not in it themselves', () => {
    const shared = Object.keys(EN).find((key) => key.startsWith('ui.')) as keyof typeof EN;
    expect(t(shared)).toBe(EN[shared]);
    // The players' catalogue carries none of the studio's words.
    expect(Object.keys(EN).filter((key) => key.startsWith('ui.studio.'))).toEqual([]);
  });

  it('are wrapped in the pseudo-locale like the screens’ words, so an untranslated studio word shows', () => {
    setLocale('en-XA');
    expect(t('ui.studio.title')).toMatch(/^⟦Scenario studio~+⟧$/);
    expect(t('ui.studio.start-ready', { title: 'Kestrel' })).toMatch(
      /^⟦Starts a session of “Kestrel” and opens its console\.~+⟧$/,
    );
  });
});
