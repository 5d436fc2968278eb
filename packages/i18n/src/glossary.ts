import data from '../glossary.json' with { type: 'json' };

/**
 * The legal glossary (glossary.json): the convention's terms and the wording each language uses
 * for them, so that a legal reviewer changes a term in one place and every message follows.
 * Messages, English included, never spell a term out: they name it by a marker, expanded when a
 * catalogue is built —
 *   `[[requested-state]]`         the language's wording ("requested State"),
 *   `[[requested-state:plural]]`  one of its forms ("requested States"),
 *   `[[Requested-state]]`         the wording with a capital first letter (a sentence's start).
 * A wording is a string (its only form is `base`) or an object of forms with `base`. A marker
 * naming an unknown term or form is left as it is (visible, never a crash) and the catalogue test
 * lists it (`markerProblems`).
 */
/** A wording: a text (its one form, `base`), or its forms by name, `base` among them. */
export type Wording = string | ({ readonly base: string } & Readonly<Record<string, string>>);
interface GlossaryTerm {
  readonly note: string;
  /** The languages whose wording still awaits a legal reviewer. */
  readonly review: readonly string[];
  /** The wording per language tag. */
  readonly wordings: Readonly<Record<string, Wording>>;
}
export type Glossary = Readonly<Record<string, GlossaryTerm>>;

/**
 * The glossary from the file's object. The file is checked field by field (zod, with what is wrong
 * where) by the Node loader and its test (node.ts, `checkGlossary`); the browser, which gets it
 * bundled, only reshapes it, so the players' first JavaScript does not carry a validator.
 */
export function glossaryFrom(raw: Readonly<Record<string, unknown>>): Glossary {
  const terms: Record<string, GlossaryTerm> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (id.startsWith('$')) continue;
    const { note, review, ...wordings } = value as { note: string; review?: string[] } & Record<
      string,
      Wording
    >;
    terms[id] = { note, review: review ?? [], wordings };
  }
  return terms;
}

/** The glossary Crossborder ships. */
export const GLOSSARY: Glossary = glossaryFrom(data);

/** A marker: `[[term]]` or `[[term:form]]`, its first letter a capital to ask for a capital. */
const MARKER = /\[\[([^\]:]+)(?::([^\]]+))?\]\]/g;

/** The forms of a wording, by name (`base` always). */
export function formsOf(wording: Wording): Readonly<Record<string, string>> {
  return typeof wording === 'string' ? { base: wording } : wording;
}

/** The first letter of a text as a capital, by the rules of `locale` (scripts without capitals unchanged). */
function capitalised(text: string, locale: string): string {
  const [first = '', ...rest] = text;
  return first.toLocaleUpperCase(locale) + rest.join('');
}

/** A term id as a marker names it: its first letter may be a capital, asking for a capital wording. */
function termOf(named: string): { id: string; capital: boolean } {
  const id = named.charAt(0).toLowerCase() + named.slice(1);
  return { id, capital: id !== named };
}

/** The wording a marker stands for in `locale`, or undefined if the term or form is unknown. */
function wordingFor(glossary: Glossary, locale: string, named: string, form = 'base'): string | undefined {
  const { id, capital } = termOf(named);
  const wording = glossary[id]?.wordings[locale];
  const text = wording === undefined ? undefined : formsOf(wording)[form];
  return text === undefined || !capital ? text : capitalised(text, locale);
}

/** A message with its markers replaced by `locale`'s wordings; an unknown marker stays as it is. */
export function expandMessage(message: string, locale: string, glossary: Glossary = GLOSSARY): string {
  if (!message.includes('[[')) return message;
  return message.replace(
    MARKER,
    (whole, named: string, form?: string) => wordingFor(glossary, locale, named, form) ?? whole,
  );
}

/** A catalogue with every message's markers expanded in `locale`: the catalogue as screens use it. */
export function expandCatalogue<T extends Readonly<Record<string, string>>>(
  catalogue: T,
  locale: string,
  glossary: Glossary = GLOSSARY,
): { readonly [K in keyof T]: string } {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, message]) => [key, expandMessage(message, locale, glossary)]),
  ) as { readonly [K in keyof T]: string };
}

/**
 * The markers of a catalogue (before expansion) that name an unknown term, or a form the language's
 * wording lacks: "key: [[term:form]] (why)".
 */
export function markerProblems(
  catalogue: Readonly<Record<string, string>>,
  locale: string,
  glossary: Glossary = GLOSSARY,
): string[] {
  return Object.entries(catalogue).flatMap(([key, message]) =>
    [...message.matchAll(MARKER)].flatMap(([whole, named = '', form = 'base']) => {
      const { id } = termOf(named);
      const term = glossary[id];
      if (term === undefined) return [`${key}: ${whole} names no term of glossary.json`];
      const wording = term.wordings[locale];
      if (wording === undefined) return [`${key}: ${whole} has no "${locale}" wording in glossary.json`];
      return formsOf(wording)[form] === undefined
        ? [
            `${key}: ${whole}: the "${locale}" wording of "${id}" has no form "${form}" (add it in glossary.json)`,
          ]
        : [];
    }),
  );
}

/** Escapes a text for a regular expression. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Where a catalogue (before expansion) spells out a glossary wording of its own language instead
 * of naming the term by a marker, so a reviewer's change would miss it: "key: "wording" (term)".
 * Whole words, any case; text inside markers and placeholder names is not read.
 */
export function spelledWordings(
  catalogue: Readonly<Record<string, string>>,
  locale: string,
  glossary: Glossary = GLOSSARY,
): string[] {
  const patterns = Object.entries(glossary).flatMap(([id, term]) => {
    const wording = term.wordings[locale];
    if (wording === undefined) return [];
    return [...new Set(Object.values(formsOf(wording)))].map((text) => ({
      id,
      text,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}_])${escaped(text)}(?![\\p{L}\\p{N}_])`, 'iu'),
    }));
  });
  return Object.entries(catalogue).flatMap(([key, message]) => {
    // Markers and placeholder names (`{reservation}`, `{kind:measure}`) are not prose.
    const prose = message.replace(MARKER, ' ').replace(/\{\s*[\w-]+(?::[\w-]+)?/g, '{');
    return patterns
      .filter(({ pattern }) => pattern.test(prose))
      .map(({ id, text }) => `${key}: spells out "${text}" instead of [[${id}]]`);
  });
}
