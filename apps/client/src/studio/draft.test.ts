import { describe, expect, it } from 'vitest';
import { checkDraft, playTest, previewDraft } from './draft.js';
import { BROKEN, lineOf, SLOW, TEMPLATE } from './fixtures.js';

describe('checking a draft as the command line does', () => {
  it('finds nothing in the template', () => {
    expect(checkDraft(TEMPLATE)).toEqual([]);
  });

  it('places a broken reference at its line and column, with the command line’s words and fix', () => {
    expect(checkDraft(BROKEN)).toEqual([
      {
        file: 'draft.yaml',
        line: lineOf(BROKEN, 'holder: eastgate-hostin'),
        column: 15,
        path: ['case', 'evidence', 'hosting-logs', 'holder'],
        severity: 'error',
        message:
          'unknown provider "eastgate-hostin" (did you mean "eastgate-hosting"? known: eastgate-hosting)',
      },
    ]);
  });

  it('finds, in a draft that loads, an objective the bots cannot meet, at the objective’s line', () => {
    const [issue, ...others] = checkDraft(SLOW);
    expect(others).toEqual([]);
    expect(issue).toMatchObject({
      line: lineOf(SLOW, '  obtain-logs:'),
      path: ['objectives', 'obtain-logs'],
      severity: 'error',
    });
    expect(issue?.message).toMatch(/^bots playing every country cannot meet this objective/);
  });

  it('says what is missing from a draft that is hardly begun, each at the first line', () => {
    const issues = checkDraft('id: my-case\n');
    expect(issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['missing required field "countries"', 'missing required field "objectives"']),
    );
    expect(new Set(issues.map((issue) => `${issue.line}:${issue.column}`))).toEqual(new Set(['1:1']));
  });
});

describe('a play-test of a draft', () => {
  it('reports the bots’ win: each objective met, when, its slack and its line, and the critical path', () => {
    const report = playTest(TEMPLATE);
    if (!report.ok) throw new Error('the template plays');
    expect(report).toMatchObject({
      won: true,
      speed: 480,
      endsAfter: 10 * 24 * 60,
      countries: { westland: 'Westland', eastland: 'Eastland' },
    });
    expect(report.objectives).toEqual([
      {
        id: 'preserve-logs',
        title: 'Preserve the hosting logs before they are deleted',
        line: lineOf(TEMPLATE, '  preserve-logs:'),
        deadline: 5 * 24 * 60,
        metAt: 120,
        slack: 5 * 24 * 60 - 120,
        causes: [],
      },
      expect.objectContaining({ id: 'obtain-logs', deadline: null, metAt: 2280, causes: [] }),
    ]);
    expect(report.path?.objective).toBe('obtain-logs');
    expect(report.path?.steps.map((step) => [step.at, step.what])).toEqual([
      [0, 'started-with'],
      [2280, 'obtained'],
    ]);
  });

  it('says why an objective was missed, and has no path when nothing was met', () => {
    const report = playTest(SLOW);
    if (!report.ok) throw new Error('the slow draft plays');
    expect(report.won).toBe(false);
    const missed = report.objectives.find((objective) => objective.id === 'obtain-logs');
    expect(missed).toMatchObject({ metAt: null, slack: null, line: lineOf(SLOW, '  obtain-logs:') });
    expect(missed?.causes[0]).toMatchObject({ kind: 'not-met' });
    // Nothing met in a scenario whose only objective is out of reach: no path to show.
    const none = SLOW.replace(/\n {2}preserve-logs:[\s\S]*?(?=\n {2}obtain-logs:)/, '');
    const lone = playTest(none);
    expect(lone.ok && lone.objectives.map((objective) => objective.id)).toEqual(['obtain-logs']);
    expect(lone.ok && lone.path).toBeNull();
  });

  it('refuses a draft with errors, counting them', () => {
    expect(playTest(BROKEN)).toEqual({ ok: false, errors: 1 });
    expect(playTest('id: my-case\n')).toMatchObject({ ok: false });
  });
});

describe('a preview of a country’s view at the start of play', () => {
  it('shows the first country when none is asked for, or one the draft does not have', () => {
    for (const asked of [null, 'atlantis']) {
      const preview = previewDraft(TEMPLATE, asked);
      expect(preview).toMatchObject({
        ok: true,
        country: 'westland',
        countries: { westland: 'Westland', eastland: 'Eastland' },
      });
    }
  });

  it('shows the country asked for, its own view', () => {
    const west = previewDraft(TEMPLATE, 'westland');
    const east = previewDraft(TEMPLATE, 'eastland');
    expect(east.ok && east.country).toBe('eastland');
    expect(east.ok && west.ok && east.view).not.toEqual(west.ok && west.view);
  });

  it('refuses a draft with errors, counting them', () => {
    expect(previewDraft(BROKEN, 'westland')).toEqual({ ok: false, errors: 1 });
  });
});
