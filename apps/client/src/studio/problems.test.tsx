import { formatIssue } from '@crossborder/scenario';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { inlineAnalyst } from './analyst.js';
import { BROKEN, lineOf, SLOW, TEMPLATE } from './fixtures.js';
import { ProblemsList } from './problems.js';

describe('the studio’s problems list', () => {
  it('shows a broken reference at its line and column, in the command line’s words, and goes there', async () => {
    const { issues } = await inlineAnalyst().check(BROKEN);
    const onGo = vi.fn();
    render(<ProblemsList checked={{ state: 'done', issues }} onGo={onGo} />);
    const line = lineOf(BROKEN, 'holder: eastgate-hostin');
    expect(screen.getByRole('status').textContent).toBe('Errors: 1. Warnings: 0.');
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain(
      `Error at line ${line}, column 15, case.evidence.hosting-logs.holder: unknown provider "eastgate-hostin"`,
    );
    // The same message as `npm run scenario -- check` prints after the file, line and path.
    const [issue] = issues;
    expect(issue && item.textContent).toContain(issue && formatIssue(issue).split(' ').slice(2).join(' '));
    await userEvent.click(screen.getByRole('button', { name: `Line ${line}` }));
    expect(onGo).toHaveBeenCalledWith(line, 15);
  });

  it('says, as the check command does, when the bots cannot meet an objective, at its line', async () => {
    const { issues } = await inlineAnalyst().check(SLOW);
    render(<ProblemsList checked={{ state: 'done', issues }} onGo={() => undefined} />);
    const line = lineOf(SLOW, '  obtain-logs:');
    expect(screen.getByRole('listitem').textContent).toContain(
      `Error at line ${line}, column 3, objectives.obtain-logs: bots playing every country cannot meet this objective, so the scenario cannot be won as written`,
    );
  });

  it('says when the draft has no problems, and while it is being checked', async () => {
    const { issues } = await inlineAnalyst().check(TEMPLATE);
    const { rerender } = render(<ProblemsList checked={{ state: 'checking' }} onGo={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Checking the draft…');
    rerender(<ProblemsList checked={{ state: 'done', issues }} onGo={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('No problems: the checker finds nothing to fix.');
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('lists errors before warnings, each saying which it is in words', () => {
    const base = { file: 'draft.yaml', column: 1, path: [] };
    render(
      <ProblemsList
        checked={{
          state: 'done',
          issues: [
            { ...base, line: 3, severity: 'warning', message: 'a warning' },
            { ...base, line: 9, severity: 'error', message: 'an error' },
          ],
        }}
        onGo={() => undefined}
      />,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Line 9 Error at line 9, column 1: an error',
      'Line 3 Warning at line 3, column 1: a warning',
    ]);
  });
});
