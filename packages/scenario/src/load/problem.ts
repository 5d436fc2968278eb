/** A step in a path through the scenario document: a field name, an id, or a list index. */
export type PathSegment = string | number;

export type Severity = 'error' | 'warning';

/** Something wrong with a scenario, before it is given a place in a file. */
export interface Problem {
  path: PathSegment[];
  message: string;
  severity: Severity;
  /** Point at the key itself (an unknown field, a bad id) rather than at its value. */
  atKey?: boolean;
}

/** A problem with its place in the file, as the check command prints it. */
export interface ScenarioIssue extends Problem {
  file: string;
  line: number;
  column: number;
}

export function error(path: PathSegment[], message: string, atKey = false): Problem {
  return { path, message, severity: 'error', ...(atKey ? { atKey } : {}) };
}

export function warning(path: PathSegment[], message: string, atKey = false): Problem {
  return { path, message, severity: 'warning', ...(atKey ? { atKey } : {}) };
}

/** `case.evidence.c2-logs.holder`, `injects.flee.effects[0].moveSuspect` */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : text ? `.${segment}` : segment;
  }
  return text;
}

/** `scenarios/ransomware.yaml:42:7 case.evidence.c2-logs.holder: unknown provider "kestrel-isp" (...)` */
export function formatIssue(issue: ScenarioIssue): string {
  const place = `${issue.file}:${issue.line}:${issue.column}`;
  const path = formatPath(issue.path);
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return path ? `${place} ${path}: ${prefix}${issue.message}` : `${place} ${prefix}${issue.message}`;
}
