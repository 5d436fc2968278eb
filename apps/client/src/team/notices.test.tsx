import { act, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kindName, t } from '../i18n.js';
import { bundled, DAY, type Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { paused, Seat } from '../test/team.js';
import { NoticeList, noticeFeed } from './notices.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;

function mountNotices(country: 'aldoria' | 'borealis', game: Game) {
  const seat = new Seat(game, country);
  render(<NoticeList view={seat.team.view} minutes={seat.team.minutes} />);
  return seat;
}

/** The notices' effects run after the frame they were woken in: let it pass. */
const settle = () =>
  act(() => {
    vi.advanceTimersByTime(50);
  });

describe('the notices feed', () => {
  it('takes the first view as the baseline: nothing that was there on joining is news', () => {
    const { game } = tutorialDayOne(tutorial);
    const feed = noticeFeed();
    // Within a day of the objective's deadline and the logs' deletion already: not announced.
    game.at(5 * DAY - 5 * HOUR);
    feed.see(game.view('aldoria'), game.now);
    expect(feed.shown.value).toEqual([]);
    feed.see(game.view('aldoria'), game.now + 1);
    expect(feed.shown.value).toEqual([]);
  });

  it('announces what is new once, and keeps the last eight', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    const feed = noticeFeed();
    feed.see(game.view('borealis'), game.now);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    feed.see(game.view('borealis'), game.now);
    feed.see(game.view('borealis'), game.now);
    expect(feed.shown.value.map((notice) => notice.kind)).toEqual(['arrival']);
    for (let count = 0; count < 9; count += 1) {
      game.do('aldoria', preservationOfHostingLogs(caseId));
      feed.see(game.view('borealis'), game.now);
    }
    expect(feed.shown.value).toHaveLength(8);
    expect(new Set(feed.shown.value.map((notice) => notice.key)).size).toBe(8);
  });
});

describe('the notices under the board', () => {
  afterEach(() => vi.useRealTimers());

  it('show a request arriving, in words and a symbol, as one new item of a live list', () => {
    vi.useFakeTimers();
    const { game, caseId } = tutorialDayOne(tutorial);
    const seat = mountNotices('borealis', game);
    const list = screen.getByRole('list', { name: t('ui.notices.label') });
    expect(list.getAttribute('aria-live')).toBe('assertive');
    expect(within(list).queryAllByRole('listitem')).toEqual([]);

    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    settle();
    const [arrival] = within(list).getAllByRole('listitem');
    const id = Object.keys(seat.view.requests)[0] ?? '';
    expect(arrival?.getAttribute('data-notice')).toBe('arrival');
    expect(arrival?.textContent).toBe(
      `✉ ${t('ui.notice-kind.arrival')}: ${t('ui.notice.arrival', { request: id, kind: kindName('preservation'), from: 'Aldoria' })}`,
    );
    // The symbol is for the eye; the kind is said in words.
    expect(arrival?.querySelector('[aria-hidden="true"]')?.textContent).toBe('✉');

    // The next one goes on top; the first is left as it was.
    game.at(game.now + 30);
    game.do('aldoria', { type: 'withdrawRequest', requestId: id, reasons: 'Sent twice' });
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    settle();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toBe(arrival);
  });

  it('announce a deadline coming close as the game time moves, once', () => {
    vi.useFakeTimers();
    const { game } = tutorialDayOne(tutorial);
    const seat = mountNotices('aldoria', game);
    const expires = seat.view.evidence['hosting-logs']?.expiresAt ?? 0;
    act(() => seat.client.receive({ clock: paused(expires - 20 * HOUR) }));
    settle();
    const deadlines = () =>
      screen.queryAllByRole('listitem').filter((item) => item.getAttribute('data-notice') === 'deadline');
    expect(
      deadlines().some((item) => item.textContent?.includes('Northwind Hosting control-panel logs')),
    ).toBe(true);
    const count = deadlines().length;
    act(() => seat.client.receive({ clock: paused(expires - 19 * HOUR) }));
    settle();
    expect(deadlines()).toHaveLength(count);
  });

  it('change nothing while the clock is paused and nothing happens', () => {
    vi.useFakeTimers();
    const { game, caseId } = tutorialDayOne(tutorial);
    const seat = mountNotices('borealis', game);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    settle();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    act(() => {
      vi.advanceTimersByTime(60 * 60_000);
    });
    expect(observer.takeRecords()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
