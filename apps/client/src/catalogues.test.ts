import { EN, PSEUDO_LOCALE } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadedCatalogue, TAGS } from './catalogues.js';

/** The languages a seat may read the screens in, each fetched only once a seat asks for it. */
describe('the screens’ catalogues', () => {
  it('are English first, every language folder after it in order, the pseudo-locale last', () => {
    const folders = Object.keys(LOCALES).filter((tag) => tag !== 'en' && tag !== PSEUDO_LOCALE);
    expect(TAGS).toEqual(['en', ...folders.sort(), PSEUDO_LOCALE]);
    expect(TAGS).toEqual(expect.arrayContaining(['fr', 'es', 'ar']));
  });

  it('have English at hand from the start, and the pseudo-locale made from it on first use', () => {
    expect(loadedCatalogue('en')).toBe(EN);
    const pseudo = loadedCatalogue(PSEUDO_LOCALE);
    expect(pseudo?.['ui.join.title']).toMatch(/^⟦Join a session~+⟧$/);
    expect(loadedCatalogue(PSEUDO_LOCALE)).toBe(pseudo);
  });

  it('fetch a language only when a seat asks for it, once, its glossary markers said in it', async () => {
    expect(loadedCatalogue('fr')).toBeUndefined();
    const french = await loadCatalogue('fr');
    expect(loadedCatalogue('fr')).toBe(french);
    expect(await loadCatalogue('fr')).toBe(french);
    // The same words Node reads from the same folder: what a French seat and a French report say.
    expect(french['ui.join.title']).toBe(LOCALES.fr?.['ui.join.title']);
    expect(french['ui.join.title']).not.toBe(EN['ui.join.title']);
    expect(Object.values(french).some((message) => message.includes('[['))).toBe(false);
    // Another seat's language is still not fetched.
    expect(loadedCatalogue('es')).toBeUndefined();
  });

  it('give Arabic its own words, as every key of English', async () => {
    const arabic = await loadCatalogue('ar');
    expect(Object.keys(arabic).length).toBeGreaterThanOrEqual(Object.keys(EN).length);
    expect(arabic['ui.language.label']).toBe(LOCALES.ar?.['ui.language.label']);
    expect(arabic['ui.language.label']).toMatch(/[\u0600-\u06FF]/);
  });
});
