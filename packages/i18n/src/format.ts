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

/**
 * Messages are templates with named parameters: `Request {request} was not sent to {country}.`
 * Translators add a catalogue per language with the same keys; code never builds sentences.
 */
export type Params = Readonly<Record<string, string | number>>;
export type Catalogue = Readonly<Record<string, string>>;

/** Says a list of ids (joined by ", ") through the catalogue's `prefix.<id>`; an unknown id stays as it is. */
function sayIds(value: string, prefix: string, lookup: (key: string) => string | undefined): string {
  if (value === '') return value;
  return value
    .split(', ')
    .map((id) => lookup(`${prefix}.${id}`) ?? id)
    .join(', ');
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
  if (compiled === null) return fillPlainly(template, params, lookup);
  // A missing plural or number has no `{name}` ICU could show (it would say "NaN"): filled plainly,
  // the message keeps the gap in sight as its own text.
  if ([...compiled.numeric].some((name) => !Object.hasOwn(params, name)))
    return fillPlainly(template, params, lookup);
  const values: Record<string, string | number> = {};
  const isolate = directionOf(locale) === 'rtl';
  for (const name of compiled.arguments)
    values[name] = Object.hasOwn(params, name)
      ? isolated(params[name] as string | number, isolate && compiled.plain.has(name))
      : `{${name}}`;
  for (const { argument, name, prefix } of compiled.prefixed) {
    values[argument] = Object.hasOwn(params, name)
      ? sayIds(String(params[name]), prefix, lookup)
      : `{${name}:${prefix}}`;
  }
  return String(compiled.format.format(values));
}

/** The fallback for a template ICU cannot parse: each `{name}` or `{name:prefix}` replaced, nothing else. */
function fillPlainly(template: string, params: Params, lookup: (key: string) => string | undefined): string {
  return template.replace(/\{(\w+)(?::([\w-]+))?\}/g, (whole, name: string, prefix?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    return prefix ? sayIds(value, prefix, lookup) : value;
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
