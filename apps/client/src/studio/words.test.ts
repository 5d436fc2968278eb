import { EN } from '@crossborder/i18n';
import { STUDIO } from '@crossborder/i18n/studio';
import { describe, expect, it } from 'vitest';
import { t } from './words.js';

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
});
