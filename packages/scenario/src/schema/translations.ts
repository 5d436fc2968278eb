import { z } from 'zod';
import { error, type PathSegment, type Problem } from '../load/problem.js';
import { isRecord, type Raw, record } from '../load/raw.js';
import { closest, listForMessage } from '../text/did-you-mean.js';
import { Text } from './primitives.js';

/**
 * A scenario's own words in other languages. The author writes the scenario in one language; a
 * translation gives, per language tag, the translated text of any of its texts, named by the path
 * the check prints (`case.evidence.c2-logs.title`, `countries.aldoria.law.dataProtection.conditions[0]`).
 * Ids, numbers and times are never translated: only the fields below, which people read.
 */
export const TRANSLATABLE_FIELDS = new Set([
  'title',
  'summary',
  'name',
  'shortName',
  'description',
  'text',
  'statement',
  'alias',
  'briefing',
  'message',
  'label',
  'conditions',
  'executingAuthority',
  'botsMayMiss',
]);

export const Translations = z
  .record(
    z.string(),
    z.record(z.string(), Text(4000, 'The text in this language, in place of the one at that path.')).meta({
      description:
        'The translated texts of one language: the path of each text, as `scenario check` prints paths (e.g. `case.evidence.c2-logs.title`), and its translation.',
    }),
  )
  .default({})
  .meta({
    description:
      "Translations of this scenario's own texts (title, briefings, facts, names, injects, objectives...), by language tag (BCP 47: fr, es, ar, pt-BR). A seat reading another language sees a text in its language where a translation gives one, else as written.",
  });
export type Translations = z.output<typeof Translations>;

/** `case.evidence.c2-logs.title` -> ['case', 'evidence', 'c2-logs', 'title']; `conditions[0]` -> ['conditions', 0]. */
export function textPath(path: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  for (const part of path.split('.')) {
    const match = /^([A-Za-z0-9_-]+)((?:\[\d+\])*)$/.exec(part);
    if (!match?.[1]) return null;
    segments.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/** Whether a tag is a language the platform knows (well-formed, and a language it can name). */
function knownLanguage(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    const language = canonical?.split('-')[0] ?? '';
    const named = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(language);
    return named !== undefined && named.toLowerCase() !== language;
  } catch {
    return false;
  }
}

/**
 * The translations' problems, on the raw document: a tag that is not a language, a path that
 * names nothing in the scenario (an id that does not exist, a field it does not have) or names
 * something that is not a text people read.
 */
export function checkTranslations(root: Raw): Problem[] {
  const problems: Problem[] = [];
  for (const [tag, texts] of Object.entries(record(root.translations))) {
    if (!knownLanguage(tag)) {
      problems.push(
        error(
          ['translations', tag],
          `unknown language tag "${tag}": write a BCP 47 language tag such as fr, es, ar or pt-BR`,
          true,
        ),
      );
      continue;
    }
    for (const path of Object.keys(record(texts))) {
      const message = pathProblem(root, path);
      if (message) problems.push(error(['translations', tag, path], message, true));
    }
  }
  return problems;
}

/** What is wrong with a translated text's path, or null when it names a text of the scenario. */
function pathProblem(root: Raw, path: string): string | null {
  const segments = textPath(path);
  if (!segments || segments.length === 0 || segments[0] === 'translations')
    return `"${path}" is not the path of a text: name it as the check prints it, e.g. case.evidence.c2-logs.title`;
  let here: unknown = root;
  const walked: PathSegment[] = [];
  for (const segment of segments) {
    const where = walked.length === 0 ? 'the scenario' : walked.join('.');
    if (typeof segment === 'number') {
      if (!Array.isArray(here) || segment >= here.length)
        return `${where} has no item [${segment}]: this translates nothing`;
      here = here[segment];
    } else {
      if (!isRecord(here) || !Object.hasOwn(here, segment)) {
        const known = isRecord(here) ? Object.keys(here) : [];
        const guess = closest(segment, known);
        return `there is no "${segment}" in ${where}${guess ? ` (did you mean "${guess}"?)` : ''} (known: ${listForMessage(known)}): this translates nothing`;
      }
      here = here[segment];
    }
    walked.push(segment);
  }
  const field = [...segments].reverse().find((segment) => typeof segment === 'string');
  if (typeof here !== 'string' || !TRANSLATABLE_FIELDS.has(String(field)))
    return `${path} is not a text people read (only ${[...TRANSLATABLE_FIELDS].join(', ')} are translated; ids, numbers and times stay as they are)`;
  return null;
}

/** The language tags a scenario has translations for. */
export function translationTags(scenario: { translations?: Translations }): string[] {
  return Object.keys(scenario.translations ?? {});
}

/**
 * Which of a scenario's translations a reader of `wanted` reads: the one of that very tag, else of
 * its language alone (`fr-CA` reads `fr`); undefined when none (the reader reads it as written).
 */
export function translationFor(
  scenario: { translations?: Translations },
  wanted: string,
): string | undefined {
  const tags = translationTags(scenario);
  const language = wanted.split(/[-_]/)[0]?.toLowerCase();
  return (
    tags.find((each) => each.toLowerCase() === wanted.toLowerCase()) ??
    tags.find((each) => each.toLowerCase() === language)
  );
}

/**
 * The scenario as a reader of `wanted` sees it: each text a translation gives in that language (or
 * in its language alone: `fr-CA` reads `fr`) replaced, everything else as written. The same ids
 * and shape, so the engine plays it the same; the original is not changed.
 */
export function translateScenario<S extends { translations?: Translations }>(scenario: S, wanted: string): S {
  const tag = translationFor(scenario, wanted);
  const texts = tag ? scenario.translations?.[tag] : undefined;
  if (!texts || Object.keys(texts).length === 0) return scenario;
  const copy = structuredClone(scenario);
  for (const [path, translated] of Object.entries(texts)) {
    const segments = textPath(path);
    if (!segments) continue;
    let here: unknown = copy;
    for (const segment of segments.slice(0, -1))
      here = (here as Record<PathSegment, unknown> | undefined)?.[segment];
    const last = segments.at(-1);
    const holder = here as Record<PathSegment, unknown> | undefined;
    if (holder && last !== undefined && typeof holder[last] === 'string') holder[last] = translated;
  }
  return copy;
}
