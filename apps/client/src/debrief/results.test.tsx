import { analyse, type SessionAnalysis } from '@crossborder/report';
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { kindName, t } from '../i18n.js';
import { bundled, DAY } from '../test/fixtures.js';
import { dayTime } from '../time.js';
import { when } from './common.js';
import { playedTutorial } from './fixture.js';
import { Jury, ObjectivesTable, Violations } from './results.js';

const tutorial = await bundled('tutorial');
const moot = await bundled('fraud-ring');
const played = playedTutorial(tutorial);
const analysis = analyse(tutorial, played.events);

/** The same session, its comparison with the bots as given. */
const compared = (
  rows: Pick<SessionAnalysis['comparison'][number], 'bots' | 'behind'>[],
): SessionAnalysis => ({
  ...analysis,
  comparison: analysis.comparison.map((row, index) => ({ ...row, ...rows[index] })),
});

describe('the objectives against the model answer', () => {
  it('says how far behind or ahead of the bots the room was, or that the bots missed it too', () => {
    render(
      <ObjectivesTable
        analysis={compared([
          { bots: 1560, behind: 2 * DAY },
          { bots: 4530, behind: -DAY / 2 },
          { bots: null, behind: null },
          { bots: 3360, behind: null },
        ])}
      />,
    );
    const cells = within(document.querySelector('tbody') as HTMLElement)
      .getAllByRole('row')
      .map((row) => row.querySelectorAll('td')[1]?.textContent);
    expect(cells).toEqual([
      t('report.behind', { days: '2.0', when: when(1560) }),
      t('report.ahead', { days: '0.5', when: when(4530) }),
      t('report.bots-missed'),
      t('report.bots-met', { when: when(3360) }),
    ]);
  });

  it('says when an objective was met', () => {
    const met: SessionAnalysis = {
      ...analysis,
      debrief: {
        ...analysis.debrief,
        objectives: Object.fromEntries(
          Object.entries(analysis.debrief.objectives).map(([id, objective]) => [
            id,
            { ...objective, metAt: DAY },
          ]),
        ),
      },
    };
    render(<ObjectivesTable analysis={met} />);
    expect(screen.getAllByText(new RegExp(`^✔ ${t('report.met')} ${when(DAY)}`))).toHaveLength(4);
  });
});

describe('the jury', () => {
  const [criterion, rubric] = Object.entries(moot.rubric)[0] ?? [];
  const scenario = { ...tutorial, rubric: moot.rubric };
  const award = (by: string | undefined, level: number, points: number, feedback: string) => ({
    country: 'aldoria',
    criterion: criterion ?? '',
    level,
    points,
    feedback,
    at: DAY,
    ...(by ? { by } : {}),
  });
  /** The cells of a table's body rows, as text. */
  const cells = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

  it('shows each juror’s score by name with their feedback, as text, then the mean and the spread', () => {
    const scored: SessionAnalysis = {
      ...analysis,
      state: {
        ...analysis.state,
        awards: {
          'award-1': award('@juror-1', 3, rubric?.levels[3]?.points ?? 0, '<b>Sound</b> basis'),
          'award-2': award('@juror-2', 1, rubric?.levels[1]?.points ?? 0, 'Ignores the other claims.'),
        },
      },
    };
    render(<Jury scenario={scenario} analysis={scored} jurors={{ '@juror-1': 'Judge Amara' }} />);
    const [each, summary] = screen.getAllByRole('table') as HTMLElement[];
    expect(cells(each as HTMLElement)).toEqual([
      ['Aldoria', rubric?.title, 'Judge Amara', `${rubric?.levels[3]?.label} (15)`, '<b>Sound</b> basis'],
      [
        'Aldoria',
        rubric?.title,
        t('report.scorer-juror', { number: 2 }),
        `${rubric?.levels[1]?.label} (5)`,
        'Ignores the other claims.',
      ],
    ]);
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { name: t('report.jury-summary') })).toBeTruthy();
    expect(cells(summary as HTMLElement)).toEqual([['Aldoria', rubric?.title, '2', '10', '10']]);
    expect(document.body.textContent).not.toContain('@juror');
  });

  it('counts a juror’s latest score only, and the instructor’s as the instructor’s', () => {
    const scored: SessionAnalysis = {
      ...analysis,
      state: {
        ...analysis.state,
        awards: {
          'award-1': award(undefined, 2, 10, 'From the console.'),
          'award-2': award('@juror-1', 0, 0, 'First thoughts.'),
          'award-3': award('@juror-1', 1, 5, 'On reflection.'),
        },
      },
    };
    render(<Jury scenario={scenario} analysis={scored} />);
    const [each, summary] = screen.getAllByRole('table') as HTMLElement[];
    expect(cells(each as HTMLElement).map((row) => [row[2], row[4]])).toEqual([
      [t('report.scorer-instructor'), 'From the console.'],
      [t('report.scorer-juror', { number: 1 }), 'On reflection.'],
    ]);
    expect(cells(summary as HTMLElement)).toEqual([['Aldoria', rubric?.title, '2', '7.5', '5']]);
  });

  it('says when nobody was scored', () => {
    render(<Jury scenario={scenario} analysis={analysis} />);
    expect(screen.getByText(t('report.no-jury'))).toBeTruthy();
  });
});

describe('the violations', () => {
  it('says when no rule was broken', () => {
    render(
      <Violations
        scenario={tutorial}
        analysis={{ ...analysis, debrief: { ...analysis.debrief, violations: [] } }}
      />,
    );
    expect(screen.getByText(t('report.no-violations'))).toBeTruthy();
  });

  it('names the request a ruling is about by its kind, countries and time, never by its id', () => {
    const [request] = Object.values(analysis.state.requests);
    const [base] = analysis.debrief.violations;
    if (!request || !base) throw new Error('the played tutorial has a request and a violation');
    const line = { key: 'violation.no-deadline' as typeof base.line.key, params: { request: request.id } };
    const violation = { ...base, line };
    render(
      <Violations
        scenario={tutorial}
        analysis={{ ...analysis, debrief: { ...analysis.debrief, violations: [violation] } }}
      />,
    );
    const named = t('ui.about.request-between', {
      kind: kindName(request.kind),
      from: 'Aldoria',
      to: 'Borealis',
      when: dayTime(request.sentAt),
    });
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain(`“${named}”`);
    expect(item.textContent).not.toContain(request.id);
  });
});
