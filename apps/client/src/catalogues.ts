import {
  type Catalogue,
  DEFAULT_LOCALE,
  EN,
  expandCatalogue,
  mergeLocaleFiles,
  PSEUDO_LOCALE,
  pseudoCatalogue,
} from '@crossborder/i18n';

/**
 * The languages the screens can be shown in, and their catalogues, fetched only when a seat asks
 * for one. A translation is the folder packages/i18n/locales/<tag>/ of JSON files: Vite makes each
 * file a chunk of its own (the glob below), so the players' first JavaScript carries English
 * alone, and a new folder is a new language at the next build, with no code. Why the build and not
 * the server: the page then works from any static host and in the component tests, a language
 * costs one cached request per file, and the build fails on a broken JSON file instead of a seat.
 */
const FILES = import.meta.glob<unknown>('../../../packages/i18n/locales/*/*.json', { import: 'default' });

/** A glob key's language folder and file: `../../../packages/i18n/locales/fr/screens.json`. */
function partsOf(path: string): { tag: string; name: string } {
  const [, tag = '', file = ''] = /locales\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
  return { tag, name: `locales/${tag}/${file}` };
}

/** Every language there is a catalogue for, English first; the pseudo-locale last (never offered unless in use). */
export const TAGS: readonly string[] = [
  DEFAULT_LOCALE,
  ...new Set(
    Object.keys(FILES)
      .map((path) => partsOf(path).tag)
      .filter((tag) => tag !== DEFAULT_LOCALE)
      .sort(),
  ),
  PSEUDO_LOCALE,
];

const loaded = new Map<string, Catalogue>([[DEFAULT_LOCALE, EN]]);

/** A catalogue already at hand (English always; the pseudo-locale is made on first use). */
export function loadedCatalogue(tag: string): Catalogue | undefined {
  if (tag === PSEUDO_LOCALE && !loaded.has(tag)) loaded.set(tag, pseudoCatalogue(EN));
  return loaded.get(tag);
}

/**
 * The catalogue of one of TAGS: its files fetched and merged, its glossary markers expanded in
 * its language. Rejects (naming the file) on a key found in two files; the page then stays in
 * English (page-language.ts).
 */
export async function loadCatalogue(tag: string): Promise<Catalogue> {
  const ready = loadedCatalogue(tag);
  if (ready) return ready;
  const files = await Promise.all(
    Object.entries(FILES)
      .filter(([path]) => partsOf(path).tag === tag)
      .map(async ([path, load]) => ({ name: partsOf(path).name, messages: await load() })),
  );
  const catalogue = expandCatalogue(mergeLocaleFiles(files), tag);
  loaded.set(tag, catalogue);
  return catalogue;
}
