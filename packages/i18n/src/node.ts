import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BOTS_SOURCE } from './bots.js';
import { EN_SOURCE } from './en.js';
import type { Catalogue } from './format.js';
import { expandCatalogue, GLOSSARY, type Glossary } from './glossary.js';
import { DEFAULT_LOCALE, localeFor } from './locales.js';
import { mergeLocaleFiles } from './merge.js';
import { PSEUDO_LOCALE, pseudoCatalogue } from './pseudo.js';
import { RULES_TEXT } from './rules.js';
import { STUDIO_SOURCE } from './studio.js';

/**
 * `@crossborder/i18n/node`: every language at once, for Node (the server, the report, the command
 * line, tests). It reads packages/i18n/locales/ when first imported: a folder per language tag,
 * its JSON files merged (merge.ts). Nothing is registered by hand: a new folder is a new language.
 * The browser never imports this; it fetches the one language a seat asks for (apps/client).
 */

/** The package's folder (locales/, glossary.json), from this file in src/ (tests) or dist/src/ (built). */
function packageFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'locales'))) {
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error('@crossborder/i18n: its locales/ folder was not found above node.js.');
    folder = parent;
  }
  return folder;
}

/** Where the translations are: one folder per language tag. */
export const LOCALES_FOLDER = join(packageFolder(), 'locales');

/** English as written (markers unexpanded): every key a translation must have, the studio's and the bots' included. */
export const ENGLISH_SOURCE: Catalogue = { ...EN_SOURCE, ...RULES_TEXT, ...STUDIO_SOURCE, ...BOTS_SOURCE };

/** A JSON file's text parsed; throws naming the file and where in it the JSON breaks. */
function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where =
      at === null
        ? ''
        : (() => {
            const before = text.slice(0, Number(at[1]));
            const line = before.split('\n').length;
            return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
          })();
    throw new Error(
      `${name}: not valid JSON${where} (${message}). A locale file is one object: { "key": "message", ... }, with double quotes and no trailing comma.`,
    );
  }
}

/**
 * Every language's messages as written, by tag, from a folder of language folders: each a union
 * of its *.json files (read in name order). A folder with no JSON file is no language yet.
 */
export function readLocaleFolder(folder: string): Record<string, Catalogue> {
  const sources: Record<string, Catalogue> = {};
  const tags = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const tag of tags) {
    const files = readdirSync(join(folder, tag))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => {
        const path = join(folder, tag, file);
        const name = relative(dirname(folder), path);
        return { name, messages: parseJson(readFileSync(path, 'utf8'), name) };
      });
    if (files.length > 0) sources[tag] = mergeLocaleFiles(files);
  }
  return sources;
}

/**
 * The catalogues as screens use them, by tag: English (EN, the rules' and the studio's words), each language
 * of `sources`, and the pseudo-locale made from English; every glossary marker expanded in its
 * language.
 */
export function buildLocales(
  sources: Readonly<Record<string, Catalogue>>,
  glossary: Glossary = GLOSSARY,
): Record<string, Catalogue> {
  const english = expandCatalogue(ENGLISH_SOURCE, DEFAULT_LOCALE, glossary);
  const built: Record<string, Catalogue> = { [DEFAULT_LOCALE]: english };
  for (const [tag, source] of Object.entries(sources))
    if (tag !== DEFAULT_LOCALE) built[tag] = expandCatalogue(source, tag, glossary);
  built[PSEUDO_LOCALE] = pseudoCatalogue(english);
  return built;
}

/** Every language's messages as written (markers unexpanded), English included: what the tests read. */
export const SOURCES: Readonly<Record<string, Catalogue>> = {
  ...readLocaleFolder(LOCALES_FOLDER),
  [DEFAULT_LOCALE]: ENGLISH_SOURCE,
};

/** Every language Crossborder speaks, by BCP 47 tag: `en`, each folder of locales/, and `en-XA`. */
export const LOCALES: Readonly<Record<string, Catalogue>> = buildLocales(SOURCES);

const Wording = z.union([
  z.string().min(1),
  z.object({ base: z.string().min(1) }).catchall(z.string().min(1)),
]);
const Term = z.object({ note: z.string().min(1), review: z.array(z.string()).optional() }).catchall(Wording);
const GlossaryFile = z.record(z.string(), z.unknown());

/**
 * Checks glossary data field by field: a list of "term: field: what is wrong" (empty when right).
 * The browser trusts the bundled file; this is its check (the glossary test runs it).
 */
export function checkGlossary(raw: unknown): string[] {
  const file = GlossaryFile.safeParse(raw);
  if (!file.success) return ['glossary.json: expected one object of terms, { "traffic-data": { ... } }.'];
  return Object.entries(file.data).flatMap(([id, term]) => {
    if (id.startsWith('$')) return [];
    const parsed = Term.safeParse(term);
    return parsed.success
      ? []
      : parsed.error.issues.map(
          (issue) =>
            `${id}: ${issue.path.join('.') || 'the term'}: ${issue.message} (a term is { "note": "...", "<tag>": "wording" or { "base": "...", "plural": "..." }, "review": ["<tag>"] })`,
        );
  });
}

/** The tag of the catalogue for a wanted language (`fr-CA` -> `fr` -> English) among every language. */
export function localeTag(wanted: string | undefined): string {
  return localeFor(wanted, Object.keys(LOCALES));
}

/** The catalogue for a wanted language, with the fallbacks of `localeTag`. */
export function catalogueFor(wanted: string | undefined): Catalogue {
  return LOCALES[localeTag(wanted)] ?? (LOCALES[DEFAULT_LOCALE] as Catalogue);
}
