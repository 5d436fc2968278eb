import type { Catalogue } from './format.js';

/**
 * A translation is data: the folder locales/<tag>/ of flat JSON files (key -> ICU message), split
 * as suits the translator (engine.json, screens.json, studio.json, rules.json...). The language's
 * catalogue is the union of its files. The Node loader (node.ts) and the browser (which gets the
 * files from Vite, one chunk each, when a seat asks for the language) both merge them here.
 */
export interface LocaleFile {
  /** Where the file is, as a person finds it: `locales/fr/screens.json`. */
  readonly name: string;
  /** Its parsed JSON. */
  readonly messages: unknown;
}

/**
 * One language's messages from its files, as written (glossary markers unexpanded). Throws,
 * naming the files, on a key found in two files, a file that is not an object, or a message that
 * is not a text.
 */
export function mergeLocaleFiles(files: readonly LocaleFile[]): Catalogue {
  const merged: Record<string, string> = {};
  const from = new Map<string, string>();
  for (const { name, messages } of files) {
    if (typeof messages !== 'object' || messages === null || Array.isArray(messages))
      throw new Error(
        `${name}: expected one JSON object of messages, { "key": "message", ... }, not ${Array.isArray(messages) ? 'an array' : typeof messages}.`,
      );
    for (const [key, message] of Object.entries(messages)) {
      if (typeof message !== 'string')
        throw new Error(
          `${name}: the message "${key}" is ${JSON.stringify(message)}, not a text: write it as "${key}": "…".`,
        );
      const earlier = from.get(key);
      if (earlier !== undefined)
        throw new Error(
          `The key "${key}" is in both ${earlier} and ${name}: a key belongs in one file of its language; delete one.`,
        );
      from.set(key, name);
      merged[key] = message;
    }
  }
  return merged;
}
