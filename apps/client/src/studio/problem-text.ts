import { formatPath, type ScenarioIssue } from '@crossborder/scenario';
import { t } from './words.js';

/**
 * A problem as the studio says it: severity in words (never colour alone), line, column, the
 * field's path and the checker's own message, which is the command line's.
 */
export function problemText(issue: ScenarioIssue): string {
  const params = {
    line: issue.line,
    column: issue.column,
    path: formatPath(issue.path),
    message: issue.message,
  };
  if (issue.path.length === 0)
    return t(issue.severity === 'error' ? 'ui.studio.error-at' : 'ui.studio.warning-at', params);
  return t(issue.severity === 'error' ? 'ui.studio.error-in' : 'ui.studio.warning-in', params);
}
