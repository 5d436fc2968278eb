import {
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isPoundElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Messages are ICU MessageFormat (FormatJS), so that plurals and choices are the translator's, not
 * code's: `{points, plural, one {# point} other {# points}}`. Crossborder adds one thing ICU lacks,
 * `{name:prefix}`: a parameter holding ids, said through the catalogue's `prefix.<id>` entries. ICU
 * has no custom argument types, so such a placeholder is rewritten, before parsing, into a plain
 * argument of its own (`{name__prefix}`), whose value the caller renders from the ids.
 */
export interface Compiled {
  readonly format: IntlMessageFormat;
  /** Every argument the message names (the rewritten ones included), so a missing one can stay visible. */
  readonly arguments: ReadonlySet<string>;
  /**
   * The arguments ICU formats as numbers or dates (plural, selectordinal, number, date, time): a
   * text in their place, such as a missing one's `{name}`, would read "NaN" or throw.
   */
  readonly numeric: ReadonlySet<string>;
  /** The arguments said as they are (`{name}`), not chosen on (select) nor formatted (plural, number, date). */
  readonly plain: ReadonlySet<string>;
  /** The rewritten `{name:prefix}` placeholders: the argument ICU sees, the parameter and the prefix. */
  readonly prefixed: readonly { readonly argument: string; readonly name: string; readonly prefix: string }[];
}

/** What a message's text says, before ICU formats anything: its elements and arguments. */
type Analysed = Omit<Compiled, 'format'> & { readonly elements: MessageFormatElement[] };

const PREFIXED = /\{(\w+):([\w-]+)\}/g;

/** ICU argument names take letters, digits and "_" only: a prefix's "-" becomes "_". */
function argumentFor(name: string, prefix: string): string {
  return `${name}__${prefix.replaceAll('-', '_')}`;
}

/** The message as ICU sees it: each `{name:prefix}` rewritten into a plain argument. */
function toIcu(template: string): string {
  return template.replace(
    PREFIXED,
    (_whole, name: string, prefix: string) => `{${argumentFor(name, prefix)}}`,
  );
}

/** Parses a message (tags such as `<token>` are text here, not markup); throws on ICU syntax errors. */
function parseMessage(template: string): MessageFormatElement[] {
  return parse(toIcu(template), { ignoreTag: true });
}

/** A parsed message's arguments, inside plural and select branches too, and which of them are numeric. */
function argumentsOf(
  elements: readonly MessageFormatElement[],
  into = { all: new Set<string>(), numeric: new Set<string>(), plain: new Set<string>() },
): { all: Set<string>; numeric: Set<string>; plain: Set<string> } {
  for (const element of elements) {
    // Text and `#` (the plural's own number) name no argument.
    if (isLiteralElement(element) || isPoundElement(element)) continue;
    if ('children' in element) {
      argumentsOf(element.children, into);
      continue;
    }
    into.all.add(element.value);
    if (isArgumentElement(element)) into.plain.add(element.value);
    if (
      isPluralElement(element) ||
      isNumberElement(element) ||
      isDateElement(element) ||
      isTimeElement(element)
    )
      into.numeric.add(element.value);
    if ('options' in element)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

/** Parses a message and lists its arguments; throws on ICU syntax errors. */
function analyse(template: string): Analysed {
  const elements = parseMessage(template);
  const { all, numeric, plain } = argumentsOf(elements);
  const prefixed = [...template.matchAll(PREFIXED)].map(([, name, prefix]) => ({
    argument: argumentFor(name as string, prefix as string),
    name: name as string,
    prefix: prefix as string,
  }));
  return { elements, arguments: all, numeric, plain, prefixed };
}

/**
 * The placeholders of a message as a translator writes them: `name` for ICU arguments (plural and
 * select included) and `name:prefix` for id lists. Two translations of one message must have the
 * same. Throws on a message that is not valid ICU.
 */
export function placeholdersOf(template: string): Set<string> {
  const { arguments: names, prefixed } = analyse(template);
  const written = new Map(prefixed.map(({ argument, name, prefix }) => [argument, `${name}:${prefix}`]));
  return new Set([...names].map((name) => written.get(name) ?? name));
}

// Compiled messages per language and template: a catalogue's few thousand messages, so the cache
// stays small; it is emptied if anything ever fills it with templates from elsewhere.
const CACHE_LIMIT = 10_000;
const cache = new Map<string, Compiled | null>();

/** The message compiled for `locale`, or null if it is not valid ICU (the caller then falls back). */
export function compile(template: string, locale: string): Compiled | null {
  const key = `${locale}\u0000${template}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  let compiled: Compiled | null;
  try {
    const { elements, ...analysed } = analyse(template);
    compiled = {
      format: new IntlMessageFormat(elements, locale, undefined, { ignoreTag: true }),
      ...analysed,
    };
  } catch {
    compiled = null;
  }
  cache.set(key, compiled);
  return compiled;
}
