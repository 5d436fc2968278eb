import { compile } from './icu.js';
import { directionOf } from './locales.js';

// Unicode's first-strong isolate and its end (FSI, PDI): a value inside them is laid out in its own
// direction and does not reorder the sentence around it.
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A text parameter as a right-to-left sentence holds it: isolated, so that what a player typed,
 * a name or an id in Latin letters ("Req-2 (Borealis)") stays readable inside Arabic. Numbers
 * stay numbers (ICU formats them in the language's digits and plurals).
 */
function isolated(value: string | number, isolate: boolean): string | number {
  return isolate && typeof value === 'string' && value !== '' ? `${FSI}${value}${PDI}` : value;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A list as the reader's language says one ("A, B and C", "A, B et C", "A وB وC"): the engine
 * passes a list as an array, never joined, so that neither the commas nor the "and" are code's.
 */
export function listText(items: readonly string[], locale = 'en'): string {
  let format = listFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    } catch {
      format = new Intl.ListFormat('en', { type: 'conjunction', style: 'long' });
    }
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * Messages are templates with named parameters: `Request {request} was not sent to {country}.`
 * Translators add a catalogue per language with the same keys; code never builds sentences.
 */
export type Param = string | number | readonly string[];
export type Params = Readonly<Record<string, Param>>;
export type Catalogue = Readonly<Record<string, string>>;

/**
 * Says ids through the catalogue's `prefix.<id>` (an unknown id stays as it is): a list of them as
 * the reader's language lists. A text of ids joined by ", " is what sessions saved before lists were
 * arrays hold: read as it was written.
 */
function sayIds(
  value: Param,
  prefix: string,
  lookup: (key: string) => string | undefined,
  locale: string,
): string {
  const say = (id: string) => lookup(`${prefix}.${id}`) ?? id;
  if (Array.isArray(value)) return listText(value.map(say), locale);
  const text = String(value);
  if (text === '') return text;
  return text.split(', ').map(say).join(', ');
}

/** A parameter as text: a list as the reader's language lists, each item isolated in a right-to-left sentence. */
function plainValue(value: Param, isolate: boolean, locale: string): string | number {
  if (Array.isArray(value))
    return listText(
      value.map((item) => String(isolated(item, isolate))),
      locale,
    );
  return isolated(value as string | number, isolate);
}

/**
 * Formats a message (ICU MessageFormat, see icu.ts) with its parameters, plurals chosen by the rules
 * of `locale`. An unknown placeholder stays visible so that a gap is noticed, not hidden. A
 * placeholder `{name:prefix}` holds ids, one or several joined by ", " (the engine keeps keys, not
 * words): each is said as the catalogue's `prefix.<id>` through `lookup`, so `{kind:measure}` of
 * "production-order" reads "production order"; an id with no entry stays as it is. A template that
 * is not valid ICU (a translator's slip, which the catalogue test catches), or that lacks a number
 * it formats (plural, number, date), is filled plainly.
 */
export function fill(
  template: string,
  params: Params = {},
  lookup: (key: string) => string | undefined = () => undefined,
  locale = 'en',
): string {
  const compiled = compile(template, locale);
  if (compiled === null) return fillPlainly(template, params, lookup, locale);
  // A missing plural or number has no `{name}` ICU could show (it would say "NaN"): filled plainly,
  // the message keeps the gap in sight as its own text.
  if ([...compiled.numeric].some((name) => !Object.hasOwn(params, name)))
    return fillPlainly(template, params, lookup, locale);
  const values: Record<string, string | number> = {};
  const isolate = directionOf(locale) === 'rtl';
  for (const name of compiled.arguments)
    values[name] = Object.hasOwn(params, name)
      ? plainValue(params[name] as Param, isolate && compiled.plain.has(name), locale)
      : `{${name}}`;
  for (const { argument, name, prefix } of compiled.prefixed) {
    values[argument] = Object.hasOwn(params, name)
      ? sayIds(params[name] as Param, prefix, lookup, locale)
      : `{${name}:${prefix}}`;
  }
  return String(compiled.format.format(values));
}

/** The fallback for a template ICU cannot parse: each `{name}` or `{name:prefix}` replaced, nothing else. */
function fillPlainly(
  template: string,
  params: Params,
  lookup: (key: string) => string | undefined,
  locale: string,
): string {
  return template.replace(/\{(\w+)(?::([\w-]+))?\}/g, (whole, name: string, prefix?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name] as Param;
    return prefix ? sayIds(value, prefix, lookup, locale) : String(plainValue(value, false, locale));
  });
}

/**
 * The message for `key` in `catalogue`, falling back to `fallback` (English), then to the key
 * itself; plurals follow `locale`, the catalogue's language.
 */
export function translate(
  catalogue: Catalogue,
  fallback: Catalogue,
  key: string,
  params: Params = {},
  locale = 'en',
): string {
  const template = catalogue[key] ?? fallback[key];
  return template === undefined ? key : fill(template, params, (id) => catalogue[id] ?? fallback[id], locale);
}

/**
 * As `translate`, but `otherwise` when neither catalogue has the key: texts that come with the
 * rules or a scenario (in English), which a translator may add to a catalogue without code.
 */
export function translateOr(
  catalogue: Catalogue,
  fallback: Catalogue,
  key: string,
  params: Params,
  otherwise: string,
  locale = 'en',
): string {
  return catalogue[key] === undefined && fallback[key] === undefined
    ? otherwise
    : translate(catalogue, fallback, key, params, locale);
}
