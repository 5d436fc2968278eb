import type { Progress, SeatsInfo } from '@crossborder/protocol';
import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { dayTime, span } from '../time.js';
import { instructorView } from './context.js';
import { Dashboard } from './dashboard.js';
import { ConsoleTestClient, InstructorWire, reading } from './test-support.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;
const PRESERVE = 'Preserve the hosting logs before Northwind deletes them';
/** When the bots meet each objective of the tutorial (the server computes it: packages/report modelAnswer). */
const MODEL = { 'preserve-logs': 1560, 'obtain-logs': 4530, 'identify-kite': 3000, 'arrest-kite': null };

const SEATS: SeatsInfo = {
  countries: {
    aldoria: { bot: false, locked: false, team: 'Table 1', online: 1 },
    borealis: { bot: false, locked: false, team: 'Table 2', online: 1 },
  },
  observersSeeAll: false,
};

function progress(model: Progress['model'] = MODEL): Progress {
  return {
    objectives: Object.fromEntries(
      Object.entries(tutorial.objectives).map(([id, objective]) => [
        id,
        { title: objective.title, for: objective.for, deadline: objective.deadline ?? null },
      ]),
    ),
    model,
    lastCommandAt: { aldoria: DAY },
  };
}

function mount(model?: Progress['model']) {
  const { game, caseId } = tutorialDayOne(tutorial);
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({
    view: wire.view,
    clock: reading(DAY, true, 60),
    progress: progress(model),
    seats: SEATS,
  });
  const { signals } = client;
  render(
    <Dashboard
      view={instructorView(signals.view, wire.view)}
      minutes={signals.minutes}
      progress={signals.progress}
      seats={signals.seats}
      clock={signals.clock}
    />,
  );
  const at = (minutes: number) => act(() => client.receive({ clock: reading(minutes, false, 60) }));
  return { game, caseId, wire, client, at };
}

const lagCell = (objective: string, country: string) =>
  document.querySelector(`tr[data-lag="${objective}"] [data-lag-team="${country}"]`)?.textContent;

describe('progress at a glance', () => {
  it('shows each team’s objectives, and each objective against the model path, behind by more as the clock moves', () => {
    const { at } = mount();
    expect(document.querySelector('[data-objectives="aldoria"]')?.textContent).toBe(
      t('ui.progress.objectives-count', { met: 0, open: 4, missed: 0 }),
    );
    const lag = screen.getByRole('table', { name: t('ui.progress.lag') });
    const preserve = within(lag).getByRole('rowheader', { name: PRESERVE }).closest('tr') as HTMLElement;
    expect(within(preserve).getAllByRole('cell')[0]?.textContent).toBe(dayTime(1560));
    expect(lagCell('preserve-logs', 'aldoria')).toBe(t('ui.lag.on-track', { by: span(2 * HOUR) }));
    // Not Borealis's to meet; the arrest, which the bots never make here, has no model time.
    expect(lagCell('preserve-logs', 'borealis')).toBe('—');
    expect(lagCell('arrest-kite', 'borealis')).toBe(t('ui.lag.no-model'));
    expect(within(lag).getByText(t('ui.progress.model-never'))).toBeTruthy();

    at(1560 + 6 * HOUR);
    expect(lagCell('preserve-logs', 'aldoria')).toBe(t('ui.lag.behind', { by: span(6 * HOUR) }));
    at(1560 + 9 * HOUR);
    expect(lagCell('preserve-logs', 'aldoria')).toBe(t('ui.lag.behind', { by: span(9 * HOUR) }));
  });

  it('says what waits for a team’s decision and for how long, in game and real time', () => {
    const { game, caseId, wire, client } = mount();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => client.receive({ view: wire.receive(), clock: reading(DAY + 3 * HOUR, false, 60) }));
    const waiting = document.querySelector('[data-waiting="borealis"]') as HTMLElement;
    const [item] = within(waiting).getAllByRole('listitem');
    expect(item?.textContent).toContain('request from Aldoria');
    expect(item?.textContent).toContain(
      t('ui.progress.game-and-real', { game: span(3 * HOUR), real: span(3), speed: 60 }),
    );
    expect(document.querySelector('[data-waiting="aldoria"]')?.textContent).toBe('—');
  });

  it('lists what needs the instructor in words, marked by more than colour', () => {
    const { at } = mount();
    expect(screen.getByRole('heading', { level: 3, name: t('ui.progress.attention') })).toBeTruthy();
    // Borealis has never acted: a day in, it is flagged.
    const flags = screen.getByRole('list', { name: t('ui.progress.attention') });
    const [idle] = within(flags).getAllByRole('listitem');
    expect(idle?.textContent).toBe(
      `⚠ ${t('ui.progress.flag')} ${t('ui.progress.flag-idle', { country: 'Borealis', idle: span(DAY) })}`,
    );
    at(5 * DAY);
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain(
      `⚠ ${t('ui.progress.flag')} ${t('ui.progress.flag-evidence', { evidence: 'Northwind Hosting control-panel logs', left: span(DAY), countries: 'Aldoria' })}`,
    );
  });

  it('says so while the model answer is being computed, and nothing needs the instructor at the start', () => {
    const { at } = mount(null);
    at(0);
    expect(screen.getByText(t('ui.progress.lag-computing'))).toBeTruthy();
    expect(screen.queryByRole('table', { name: t('ui.progress.lag') })).toBeNull();
    expect(screen.getByText(t('ui.progress.no-attention'))).toBeTruthy();
  });
});
