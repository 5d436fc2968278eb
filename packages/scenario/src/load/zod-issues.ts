import type { z } from 'zod';
import { KEY_MESSAGE_SEPARATOR } from '../schema/primitives.js';
import { describeValue as describe } from '../text/describe.js';
import { error, type PathSegment, type Problem } from './problem.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const MISSING = 'missing required field';

/**
 * Messages for the zod issues that no schema customised, written for an instructor.
 * Passed to `safeParse` so that schema-level messages (durations, ids...) keep priority.
 */
export function friendlyError(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return MISSING;
      return `expected ${typeWord(issue.expected)}, got ${describe(issue.input)}`;
    case 'too_small':
      return sizeMessage(
        'at least',
        'more than',
        issue.origin,
        Number(issue.minimum),
        issue.inclusive,
        issue.input,
      );
    case 'too_big':
      return sizeMessage(
        'at most',
        'less than',
        issue.origin,
        Number(issue.maximum),
        issue.inclusive,
        issue.input,
      );
    case 'invalid_value':
      return `${describe(issue.input)} is not allowed here: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `${describe(issue.input)} is not in the expected format`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}, got ${describe(issue.input)}`;
    case 'invalid_union':
      return `${describe(issue.input)} does not match any of the allowed forms`;
    default:
      return undefined;
  }
}

/** zod issues -> problems: one per unknown key, nested key issues flattened, missing fields named. */
export function problemsFromZod(issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.map(
      (segment): PathSegment => (typeof segment === 'symbol' ? String(segment) : segment),
    );
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split(KEY_MESSAGE_SEPARATOR);
      issue.keys.forEach((key, index) => {
        problems.push(error([...path, key], messages[index] ?? `unknown field "${key}"`, true));
      });
    } else if (issue.code === 'invalid_key') {
      for (const inner of issue.issues) problems.push(error(path, inner.message, true));
    } else if (issue.code === 'invalid_element') {
      for (const inner of issue.issues) problems.push(error(path, inner.message));
    } else if (issue.message === MISSING) {
      problems.push(error(path, `${MISSING} "${String(path.at(-1) ?? '')}"`));
    } else {
      problems.push(error(path, issue.message));
    }
  }
  return withoutMisspeltRequiredFields(problems);
}

/**
 * `colour:` where `color:` is required gives two zod issues: an unknown field and a missing one.
 * They are one mistake; keep the message that names both spellings.
 */
function withoutMisspeltRequiredFields(problems: Problem[]): Problem[] {
  const suggested = new Set(
    problems.flatMap((problem) => {
      const guess = /did you mean "([^"]+)"/.exec(problem.message)?.[1];
      return problem.message.startsWith('unknown field') && guess
        ? [formatSiblingPath(problem.path, guess)]
        : [];
    }),
  );
  return problems.filter(
    (problem) => !(problem.message.startsWith(MISSING) && suggested.has(formatSiblingPath(problem.path))),
  );
}

function formatSiblingPath(path: readonly PathSegment[], replaceLast?: string): string {
  return JSON.stringify(replaceLast === undefined ? path : [...path.slice(0, -1), replaceLast]);
}

function typeWord(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a map of fields',
    array: 'a list',
    record: 'a map of ids',
    literal: 'a fixed value',
  };
  return words[expected] ?? expected;
}

function sizeMessage(
  inclusiveWord: string,
  exclusiveWord: string,
  origin: string,
  limit: number,
  inclusive: boolean | undefined,
  input: unknown,
): string {
  const bound = `${inclusive === false ? exclusiveWord : inclusiveWord} ${limit}`;
  switch (origin) {
    case 'array':
      return `needs ${bound} item${limit === 1 ? '' : 's'}, has ${Array.isArray(input) ? input.length : '?'}`;
    case 'string':
      return `must be ${bound} characters long`;
    default:
      return `must be ${bound}, got ${describe(input)}`;
  }
}
