import { analyse, type SessionAnalysis } from '@crossborder/report';
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY } from '../test/fixtures.js';
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

  it('lists each score with its country, criterion, level and the jury’s feedback, as text', () => {
    const scored: SessionAnalysis = {
      ...analysis,
      state: {
        ...analysis.state,
        awards: {
          'aldoria:memo': {
            country: 'aldoria',
            criterion: criterion ?? '',
            level: 2,
            points: 6,
            feedback: '<b>Sound</b> basis',
            at: DAY,
          },
        },
      },
    };
    render(<Jury scenario={scenario} analysis={scored} />);
    const award = screen.getByRole('listitem');
    expect(award.getAttribute('data-award')).toBe(`aldoria:${criterion}`);
    expect(award.textContent).toBe(
      `Aldoria — ${rubric?.title}: ${rubric?.levels[2]?.label} (6). <b>Sound</b> basis`,
    );
    expect(award.querySelector('b')).toBeNull();
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
});
