import { z } from 'zod';
import { cleanText } from '../text/clean.js';
import { describeValue } from '../text/describe.js';
import { closest, listForMessage } from '../text/did-you-mean.js';
import { DURATION_PATTERN, parseDuration, parseUtcOffset } from '../time/duration.js';

/**
 * Building blocks of the scenario schema. Each carries an error message written for an
 * instructor (what is wrong and how to write it instead) and a description that the
 * generated JSON Schema shows in the author's editor.
 */

/**
 * An error message for a value of the wrong type. A missing value is left to the loader's
 * generic "missing required field", which names the field.
 */
export const wrong =
  (message: (got: string, input: unknown) => string) =>
  (issue: { input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : message(describeValue(issue.input), issue.input);

/** A strict object: unknown fields are errors that name the closest known field. */
export function obj<Shape extends z.ZodRawShape>(shape: Shape, description?: string) {
  const known = Object.keys(shape);
  const schema = z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      // zod reports all unknown keys of an object in one issue; one message per key, split in zod-issues.ts.
      return issue.keys.map((key) => unknownFieldMessage(key, known)).join(KEY_MESSAGE_SEPARATOR);
    },
  });
  return description ? schema.meta({ description }) : schema;
}

export const KEY_MESSAGE_SEPARATOR = '\u0000';

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  // A runaway key is quoted by its start only, as describeValue quotes a value.
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return guess
    ? `unknown field "${shown}" (did you mean "${guess}"?)`
    : `unknown field "${shown}" (allowed here: ${listForMessage(known, 12)})`;
}

export const SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Words that are slugs but also names every JavaScript object already has: an id like this would
 * find a built-in where a record has no entry. Forbidden as ids everywhere.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

/** Whether a string may be an id: a slug that is not reserved. */
export function isId(text: string): boolean {
  return SLUG_PATTERN.test(text) && !RESERVED_IDS.has(text);
}

/** What an author probably meant as an id: `Kestrel Net` -> `kestrel-net`. */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
}

function slugMessage(input: unknown): string {
  const text = String(input);
  const suggestion = slugify(text);
  const hint = suggestion && suggestion !== text ? ` (e.g. "${suggestion}")` : '';
  return `"${text}" is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter${hint}`;
}

/** Ids are short slugs, used as record keys and references (`kestrel-net`, `c2-logs`). */
export const Slug = z
  .string()
  .max(48, { error: 'an id may have at most 48 characters' })
  .regex(SLUG_PATTERN, { error: wrong((_got, input) => slugMessage(input)) })
  .refine((text) => !RESERVED_IDS.has(text), {
    error: wrong((got) => `${got} is a reserved word: choose another id`),
  })
  .meta({ description: 'An id: lowercase letters, digits and single hyphens, starting with a letter.' });

/**
 * Names the game gives to seats that are not countries, and the audience word `all`. A country
 * called one of these would read as a role wherever seats and countries meet (a join link, an
 * audience, a log), so no country may be called so.
 */
export const ROLE_NAMES: ReadonlySet<string> = new Set([
  'instructor',
  'observer',
  'all',
  'coordination-body',
]);

/** Whom a country names to share through the coordination body, which relays to every other member. */
export const COORDINATION_BODY = 'coordination-body';

/** A country's id: an id that is not one of the role names. */
export const CountryKey = Slug.refine((text) => !ROLE_NAMES.has(text), {
  error: wrong(
    (got) =>
      `${got} is reserved for a seat of the game (instructor, observer), the audience word all or the coordination body: a country may not be called so; choose another id (players see the country's name, not its id)`,
  ),
});

/** A reference to an id declared elsewhere in the scenario; references.ts checks that it exists. */
export const Ref = (what: string) =>
  Slug.meta({ description: `The id of ${what} declared in this scenario.` });

export const RefList = (what: string) =>
  z.array(Ref(what)).meta({ description: `Ids of ${what} declared in this scenario.` });

/**
 * Human text: trimmed, not empty, bounded so that a runaway paste cannot bloat a session, and
 * cleaned as player text is (an uploaded scenario's text reaches every team's screen).
 */
export const Text = (max: number, description?: string) => {
  const schema = z
    .string()
    .overwrite((text) => cleanText(text, { multiline: true }))
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
  return description ? schema.meta({ description }) : schema;
};

/** A duration like `90m`, `36h`, `14d` or `1d12h`, read as whole minutes. */
export const Duration = z
  .string({ error: wrong(durationMessage) })
  .regex(DURATION_PATTERN, { error: wrong(durationMessage) })
  .refine((text) => text !== '', { error: wrong(durationMessage) })
  .transform((text) => parseDuration(text) ?? 0)
  .meta({ description: 'A duration such as 90m, 36h, 14d or 1d12h.' });

function durationMessage(got: string, input: unknown): string {
  const hint =
    typeof input === 'number' ? ` (a bare number has no unit: write ${input}m, ${input}h or ${input}d)` : '';
  return `expected a duration like 90m, 36h or 14d, got ${got}${hint}`;
}

/** A UTC offset such as `+01:00` or `-05:30`; game time is shown in each country's local time. */
export const UtcOffset = z
  .string({ error: wrong(utcOffsetMessage) })
  .refine((text) => parseUtcOffset(text) !== undefined, { error: wrong(utcOffsetMessage) })
  .meta({ description: 'UTC offset of the country, as +HH:MM or -HH:MM, between -12:00 and +14:00.' });

function utcOffsetMessage(got: string): string {
  return `expected a UTC offset like +01:00 or -05:30 (between -12:00 and +14:00), got ${got}`;
}

/** A calendar date `YYYY-MM-DD`. YAML leaves unquoted dates as text in its core schema. */
export const CalendarDate = z
  .string({ error: wrong((got) => `expected a date like 2026-03-01, got ${got}`) })
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), {
    error: wrong((got) => `expected a date like 2026-03-01, got ${got}`),
  })
  .meta({ description: 'A date written YYYY-MM-DD.' });

/** The calendar moment of game minute 0, in UTC. */
export const Instant = z
  .string({ error: wrong(instantMessage) })
  .refine(
    (text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(text) && !Number.isNaN(Date.parse(text)),
    {
      error: wrong(instantMessage),
    },
  )
  .meta({ description: 'A moment in UTC written YYYY-MM-DDTHH:MMZ, e.g. 2027-03-08T06:30Z.' });

function instantMessage(got: string): string {
  return `expected a UTC date and time like 2027-03-08T06:30Z, got ${got}`;
}

export const Color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, {
    error: wrong((got) => `expected a colour like #2b6cb0, got ${got}`),
  })
  .meta({ description: 'A colour as #rrggbb.' });

/** A language code such as `en`, `fr`, `es` (ISO 639-1 style, lowercase). */
export const Language = z
  .string()
  .regex(/^[a-z]{2,3}$/, {
    error: wrong((got) => `expected a language code like en, fr or es, got ${got}`),
  })
  .meta({ description: 'A language code such as en, fr or es.' });

/** Either the word `all` or a list of country ids. */
export const Audience = z
  .union(
    [z.literal('all'), RefList('countries').min(1, { error: 'list at least one country, or write all' })],
    {
      error: wrong((got) => `expected all or a list of country ids, got ${got}`),
    },
  )
  .meta({ description: 'all, or a list of country ids.' });

/** An enum whose error lists the allowed values and guesses the intended one. */
export function oneOf<const Values extends readonly [string, ...string[]]>(
  values: Values,
  description: string,
) {
  return z
    .enum(values, {
      error: (issue) => {
        const input = issue.input;
        if (input === undefined) return undefined;
        if (typeof input !== 'string')
          return `expected one of: ${values.join(', ')}, got ${describeValue(input)}`;
        const guess = closest(input, values);
        return guess
          ? `"${input}" is not one of: ${values.join(', ')} (did you mean "${guess}"?)`
          : `"${input}" is not one of: ${values.join(', ')}`;
      },
    })
    .meta({ description: `${description} One of: ${values.join(', ')}.` });
}

/**
 * An object where exactly one of the listed keys must be given (a YAML "tagged" choice such as
 * `- moveSuspect: {...}`); other keys in `qualifiers` may accompany it.
 */
export function exactlyOne<Shape extends z.ZodRawShape>(
  shape: Shape,
  choices: readonly (keyof Shape & string)[],
  what: string,
) {
  return obj(shape).superRefine((value, context) => {
    const given = choices.filter((key) => (value as Record<string, unknown>)[key] !== undefined);
    if (given.length === 1) return;
    context.addIssue({
      code: 'custom',
      message:
        given.length === 0
          ? `${withArticle(what)} needs exactly one of: ${choices.join(', ')}`
          : `${withArticle(what)} takes exactly one of ${choices.join(', ')}, but this one has ${given.join(' and ')}: split it into separate ${what}s`,
    });
  });
}

function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
