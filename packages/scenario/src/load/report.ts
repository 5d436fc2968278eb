import { MAX_ISSUES, moreIssuesMessage } from './limits.js';
import type { ScenarioIssue } from './problem.js';

/**
 * The issues as a report lists them: each once, in file order, and at most MAX_ISSUES of them
 * so that a response stays small whatever the file. The rest become one last issue, at the
 * place of the first one left out, that counts them.
 */
export function report(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  // A stable sort keeps equal issues in their first order; keeping the first message of each
  // place then needs a set only where a place has several, not a key string per issue.
  const sorted = [...issues].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
  const unique: ScenarioIssue[] = [];
  let messagesHere: Set<string> | undefined;
  for (const issue of sorted) {
    const previous = unique.at(-1);
    if (!previous || previous.line !== issue.line || previous.column !== issue.column) {
      messagesHere = undefined;
      unique.push(issue);
      continue;
    }
    messagesHere ??= new Set([previous.message]);
    if (messagesHere.has(issue.message)) continue;
    messagesHere.add(issue.message);
    unique.push(issue);
  }
  const rest = unique.slice(MAX_ISSUES);
  const first = rest[0];
  if (!first) return unique;
  return [
    ...unique.slice(0, MAX_ISSUES),
    {
      file: first.file,
      line: first.line,
      column: first.column,
      path: [],
      // An error among those left out still makes the file invalid.
      severity: rest.some((issue) => issue.severity === 'error') ? 'error' : 'warning',
      message: moreIssuesMessage(rest.length),
    },
  ];
}
