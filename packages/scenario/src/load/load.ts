import { type Document, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { Scenario } from '../schema/scenario.js';
import { locate, pathOfKeyAt } from './locate.js';
import { error, type Problem, type ScenarioIssue } from './problem.js';
import { isRecord } from './raw.js';
import { checkReferences } from './references.js';
import { friendlyError, problemsFromZod } from './zod-issues.js';

/** Scenario files are small; anything bigger is a mistake or an attack on an upload endpoint. */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** YAML aliases can expand exponentially ("billion laughs"); real scenarios need few. */
const MAX_ALIAS_COUNT = 200;

export interface LoadResult {
  /** Present only when there is no error (warnings allowed). */
  scenario?: Scenario;
  /** Every problem found, in file order: errors and warnings. */
  issues: ScenarioIssue[];
}

/**
 * Reads a scenario from YAML text and reports every problem at once: YAML syntax, duplicate
 * keys, the schema (unknown fields, wrong types, out-of-range numbers) and broken references,
 * each with its line, column and path. Never throws for anything an author can write.
 */
export function loadScenarioText(source: string, file: string): LoadResult {
  const place = (problems: Problem[], at: (problem: Problem) => { line: number; column: number }) =>
    problems.map((problem): ScenarioIssue => ({ ...problem, file, ...at(problem) }));

  if (source.length > MAX_SCENARIO_BYTES) {
    return finish(
      place(
        [error([], `the file is ${source.length} bytes; a scenario may have at most ${MAX_SCENARIO_BYTES}`)],
        () => ({ line: 1, column: 1 }),
      ),
    );
  }

  const lines = new LineCounter();
  const document = parseDocument(source, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const yamlIssues = document.errors.map((yamlError) =>
    yamlProblem(yamlError, source, lines, file, document),
  );
  const yamlWarnings = document.warnings.map((yamlWarning) => ({
    ...yamlProblem(yamlWarning, source, lines, file, document),
    severity: 'warning' as const,
  }));
  // A syntax error leaves the document's shape uncertain; duplicate keys do not.
  if (document.errors.some((yamlError) => yamlError.code !== 'DUPLICATE_KEY'))
    return finish([...yamlIssues, ...yamlWarnings]);

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return finish([
      ...yamlIssues,
      {
        file,
        line: 1,
        column: 1,
        path: [],
        severity: 'error',
        message: `the YAML cannot be read: ${message}`,
      },
    ]);
  }
  if (!isRecord(data)) {
    const what =
      data === null || data === undefined ? 'the file is empty' : 'the file is not a map of fields';
    return finish([
      ...yamlIssues,
      {
        file,
        line: 1,
        column: 1,
        path: [],
        severity: 'error',
        message: `${what}: a scenario starts with fields such as id:, title:, countries: and case: (see scenarios/README.md)`,
      },
    ]);
  }

  const parsed = Scenario.safeParse(data, { reportInput: true, error: friendlyError });
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
    ...checkReferences(data),
  ];
  const issues = [
    ...yamlIssues,
    ...yamlWarnings,
    ...place(problems, (problem) => locate(document, lines, problem.path, problem.atKey ?? false)),
  ];
  const result = finish(issues);
  return parsed.success && !result.issues.some((issue) => issue.severity === 'error')
    ? { scenario: parsed.data, issues: result.issues }
    : result;
}

function finish(issues: ScenarioIssue[]): LoadResult {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.line}:${issue.column}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
  return { issues: unique };
}

function yamlProblem(
  yamlError: YAMLError,
  source: string,
  lines: LineCounter,
  file: string,
  document: Document,
): ScenarioIssue {
  const [start] = yamlError.pos;
  const { line, col } = lines.linePos(start);
  const base = { file, line, column: col, path: [], severity: 'error' as const };
  if (yamlError.code === 'DUPLICATE_KEY') {
    const key =
      source
        .slice(start, start + 200)
        .split(/[:\n]/)[0]
        ?.trim() ?? '';
    return {
      ...base,
      path: pathOfKeyAt(document, start) ?? [],
      message: `duplicate key "${key}": each key may appear only once in a map; remove or rename one of them`,
    };
  }
  const firstLine = yamlError.message.split('\n')[0] ?? yamlError.message;
  return { ...base, message: `YAML syntax error: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}` };
}

/** Line and column of a path in YAML source (1, 1 when the source cannot be read): for messages about a valid file. */
export function positionOf(
  source: string,
  path: readonly (string | number)[],
): { line: number; column: number } {
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  return locate(document, lines, path, true);
}
