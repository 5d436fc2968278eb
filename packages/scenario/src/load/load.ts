import type { YAMLError } from 'yaml';
import { Scenario } from '../schema/scenario.js';
import { MAX_ALIAS_EXPANSION, MAX_SCENARIO_BYTES, tooBigMessage } from './limits.js';
import { Locator, type Position } from './locate.js';
import { parseYaml } from './parse.js';
import type { PathSegment, ScenarioIssue } from './problem.js';
import { isRecord } from './raw.js';
import { checkReferences, referenceFields } from './references.js';
import { report } from './report.js';
import { checkTree } from './tree-checks.js';
import { friendlyError, problemsFromZod } from './zod-issues.js';

export { MAX_SCENARIO_BYTES } from './limits.js';

export interface LoadResult {
  /** Present only when there is no error (warnings allowed). */
  scenario?: Scenario;
  /** Every problem found, in file order: errors and warnings (at most MAX_ISSUES and a count of the rest). */
  issues: ScenarioIssue[];
}

const START: Position = { line: 1, column: 1 };

/**
 * Reads a scenario from YAML text and reports every problem at once: YAML syntax, duplicate
 * keys, the schema (unknown fields, wrong types, out-of-range numbers) and broken references,
 * each with its line, column and path. Never throws for anything an author can write.
 *
 * Its work grows linearly with the text, within the caps of limits.ts: a file past one of them
 * is refused with that one error before the schema reads it.
 */
export function loadScenarioText(source: string, file: string): LoadResult {
  const issue = (place: Position, path: PathSegment[], message: string): ScenarioIssue => ({
    file,
    ...place,
    path,
    severity: 'error',
    message,
  });

  if (source.length > MAX_SCENARIO_BYTES) return { issues: [issue(START, [], tooBigMessage(source.length))] };

  const parsed = parseYaml(source);
  const at = (offset: number): Position => {
    const { line, col } = parsed.lines.linePos(offset);
    return { line, column: col };
  };
  if ('refused' in parsed) return { issues: [issue(at(parsed.refused.offset), [], parsed.refused.message)] };
  const { document } = parsed;
  const tree = checkTree(document, source);
  if (tree.overCap) {
    const { offset, path, message } = tree.overCap;
    return { issues: [issue(at(offset), path, message)] };
  }

  const yamlIssue = (yamlError: YAMLError): ScenarioIssue => {
    const firstLine = yamlError.message.split('\n')[0] ?? yamlError.message;
    const message = `YAML syntax error: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`;
    return issue(at(yamlError.pos[0]), [], message);
  };
  const yamlIssues = [
    ...document.errors.map(yamlIssue),
    ...tree.duplicates.map(({ offset, path, message }) => issue(at(offset), path, message)),
  ];
  const yamlWarnings = document.warnings.map((yamlWarning) => ({
    ...yamlIssue(yamlWarning),
    severity: 'warning' as const,
  }));
  // A syntax error leaves the document's shape uncertain; duplicate keys do not.
  if (document.errors.length > 0) return finish([...yamlIssues, ...yamlWarnings]);

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return finish([...yamlIssues, issue(START, [], `the YAML cannot be read: ${message}`)]);
  }
  if (!isRecord(data)) {
    const what =
      data === null || data === undefined ? 'the file is empty' : 'the file is not a map of fields';
    return finish([
      ...yamlIssues,
      issue(
        START,
        [],
        `${what}: a scenario starts with fields such as id:, title:, countries: and case: (see scenarios/README.md)`,
      ),
    ]);
  }

  const result = Scenario.safeParse(data, { reportInput: true, error: friendlyError });
  const problems = [
    ...(result.success ? [] : problemsFromZod(result.error.issues)),
    ...checkReferences(data),
  ];
  const locator = new Locator(document, parsed.lines);
  const { issues } = finish([
    ...yamlIssues,
    ...yamlWarnings,
    ...problems.map(
      (problem): ScenarioIssue => ({
        ...problem,
        file,
        ...locator.locate(problem.path, problem.atKey ?? false),
      }),
    ),
  ]);
  return result.success && !issues.some((each) => each.severity === 'error')
    ? { scenario: result.data, issues }
    : { issues };
}

function finish(issues: ScenarioIssue[]): LoadResult {
  return { issues: report(issues) };
}

/** Line and column of a path in YAML source (1, 1 when the source cannot be read): for messages about a valid file. */
export function positionOf(
  source: string,
  path: readonly (string | number)[],
): { line: number; column: number } {
  const parsed = parseYaml(source);
  if ('refused' in parsed) return { ...START };
  return new Locator(parsed.document, parsed.lines).locate(path, true);
}

/**
 * The fields of YAML text that refer to ids declared elsewhere, and the ids of each kind (see
 * `referenceFields`), with each declared item's record, for its name; null when the text is not
 * readable YAML or too big (then there is nothing to complete from).
 */
export function referenceFieldsOfText(source: string): ReferenceFieldsOfText | null {
  if (source.length > MAX_SCENARIO_BYTES) return null;
  const parsed = parseYaml(source);
  if ('refused' in parsed || parsed.document.errors.length > 0) return null;
  if (checkTree(parsed.document, source).overCap) return null;
  try {
    const data: unknown = parsed.document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    return isRecord(data) ? { ...referenceFields(data), data } : null;
  } catch {
    return null;
  }
}

export type ReferenceFieldsOfText = ReturnType<typeof referenceFields> & { data: Record<string, unknown> };
