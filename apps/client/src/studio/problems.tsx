import type { ScenarioIssue } from '@crossborder/scenario';
import { problemText } from './problem-text.js';
import { t } from './words.js';

/** Where the checker stands: not yet run, running, or done with these problems. */
export type Checked = { state: 'checking' } | { state: 'done'; issues: ScenarioIssue[] };

/**
 * The checker's problems beside the editor, errors first: each a button that puts the cursor at
 * its line and column, so that a keyboard user reaches them as a mouse user does.
 */
export function ProblemsList({
  checked,
  onGo,
}: {
  checked: Checked;
  onGo: (line: number, column: number) => void;
}) {
  if (checked.state === 'checking') return <p role="status">{t('ui.studio.checking')}</p>;
  const issues = [...checked.issues].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || a.line - b.line,
  );
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <div>
      <p role="status">
        {issues.length === 0
          ? t('ui.studio.no-problems')
          : t('ui.studio.problem-count', { errors, warnings: issues.length - errors })}
      </p>
      {issues.length > 0 ? (
        <ul class="studio-problems">
          {issues.map((issue) => (
            <li key={`${issue.line}:${issue.column}:${issue.message}`} class={`problem ${issue.severity}`}>
              <button type="button" class="link" onClick={() => onGo(issue.line, issue.column)}>
                {t('ui.studio.go-to-line', { line: issue.line })}
              </button>{' '}
              <span>{problemText(issue)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
