import type { CommandOf } from '@crossborder/engine';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { bundled, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { paused, Seat } from '../test/team.js';
import { requestAbout } from './about.js';
import { YourMove } from './your-move.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;

function mount(country: 'aldoria' | 'borealis') {
  const { game, caseId } = tutorialDayOne(tutorial);
  const seat = new Seat(game, country);
  const open = vi.fn();
  render(<YourMove view={seat.team.view} minutes={seat.team.minutes} open={open} />);
  return { game, caseId, seat, open, region: () => screen.getByRole('region', { name: /^Your move/ }) };
}

describe('the “your move” list', () => {
  it('says when nothing waits, and lists what comes, each a button to the form that answers it', async () => {
    const { game, caseId, seat, open, region } = mount('borealis');
    expect(within(region()).getByText(t('ui.moves.none'))).toBeTruthy();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    const id = Object.keys(seat.view.requests)[0] ?? '';
    const request = seat.view.requests[id];
    if (!request) throw new Error('no request');
    // Its heading says how many, in words.
    expect(within(region()).getByRole('heading', { level: 2 }).textContent).toBe(
      `${t('ui.moves.title')} ${t('ui.moves.count', { count: 1 })}`,
    );
    await userEvent.click(
      within(region()).getByRole('button', {
        name: t('ui.move.answer', { request: requestAbout(seat.view, request) }),
      }),
    );
    expect(open).toHaveBeenCalledWith({ tab: 'requests', request: id });
    // Answered: it goes.
    game.do('borealis', { type: 'executeRequest', requestId: id });
    act(() => seat.update());
    expect(within(region()).queryAllByRole('listitem')).toEqual([]);
  });

  it('brings a deadline in as the game time comes within a day of it, with the time left', () => {
    const { seat, region } = mount('aldoria');
    const expires = seat.view.evidence['hosting-logs']?.expiresAt ?? 0;
    const logs = () =>
      within(region())
        .queryAllByRole('listitem')
        .filter((item) => item.textContent?.includes('Northwind Hosting'));
    act(() => seat.client.receive({ clock: paused(expires - 30 * HOUR) }));
    expect(logs()).toEqual([]);
    act(() => seat.client.receive({ clock: paused(expires - 20 * HOUR) }));
    expect(logs()).toHaveLength(1);
    expect(logs()[0]?.textContent).toContain(t('ui.moves.left', { left: '20h' }));
  });

  it('lets a deadline go the minute it passes, not at the next hour', () => {
    // The logs deleted half past the hour: the list, made for the hour, must not keep them to its end.
    const scenario = structuredClone(tutorial);
    const logs = scenario.case.evidence['hosting-logs'];
    if (logs) logs.expiresAfter = 6 * 24 * HOUR + 30;
    const { game } = tutorialDayOne(scenario);
    const seat = new Seat(game, 'aldoria');
    render(<YourMove view={seat.team.view} minutes={seat.team.minutes} open={vi.fn()} />);
    const expires = 6 * 24 * HOUR + 30;
    const shown = () =>
      within(screen.getByRole('region', { name: /^Your move/ }))
        .queryAllByRole('listitem')
        .filter((item) => item.textContent?.includes('Northwind Hosting'));
    act(() => seat.client.receive({ clock: paused(expires - 20) }));
    expect(shown()[0]?.textContent).toContain(t('ui.moves.left', { left: '20m' }));
    act(() => seat.client.receive({ clock: paused(expires + 1) }));
    expect(shown()).toEqual([]);
  });

  it('keeps a decision still owed past its asked deadline, saying it is late', () => {
    const borealis = mount('borealis');
    const preservation = preservationOfHostingLogs(borealis.caseId) as CommandOf<'sendRequest'>;
    borealis.game.do('aldoria', {
      ...preservation,
      suggestedDeadline: 2 * 24 * HOUR,
      deadlineReason: 'The logs go soon',
    });
    act(() => borealis.seat.update());
    act(() => borealis.seat.client.receive({ clock: paused(2 * 24 * HOUR + 5) }));
    const [answer] = within(borealis.region())
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('data-move') !== 'deadline');
    expect(answer?.textContent).toContain(t('ui.moves.late'));
    expect(answer?.textContent).not.toContain('0m');
  });
});
