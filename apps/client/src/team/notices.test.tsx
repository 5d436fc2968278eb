import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, type Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { paused, Seat } from '../test/team.js';
import { requestAbout } from './about.js';
import { NoticeList, noticeFeed } from './notices.js';
import type { Target } from './target.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;

function mountNotices(
  country: 'aldoria' | 'borealis',
  game: Game,
  open: (target: Target) => void = () => {},
) {
  const seat = new Seat(game, country);
  render(<NoticeList view={seat.team.view} minutes={seat.team.minutes} open={open} />);
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
    // Pushed out by newer ones, not lost: the two oldest are in the history, newest first.
    expect(feed.history.value).toHaveLength(2);
    expect(feed.history.value[1]?.key).toBe(`arrival:${Object.keys(game.view('borealis').requests)[0]}`);
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
    const request = seat.view.requests[id];
    if (!request) throw new Error('no request');
    const text = t('ui.notice.arrival', { request: requestAbout(seat.view, request) });
    expect(text).toContain('from Aldoria');
    expect(text).not.toContain(id);
    expect(arrival?.textContent).toBe(
      `✉ ${t('ui.notice-kind.arrival')}: ${text}${t('ui.notices.open')}${t('ui.notices.dismiss')}`,
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

  it('open what they are about, and go to the history once dismissed, where they still open it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { game, caseId } = tutorialDayOne(tutorial);
    const open = vi.fn();
    const seat = mountNotices('borealis', game, open);
    const user = userEvent.setup();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    settle();
    const id = Object.keys(seat.view.requests)[0] ?? '';
    const list = screen.getByRole('list', { name: t('ui.notices.label') });
    const [arrival] = within(list).getAllByRole('listitem');
    if (!arrival) throw new Error('no notice');
    await user.click(within(arrival).getByRole('button', { name: /^Open: / }));
    expect(open).toHaveBeenCalledWith({ tab: 'requests', request: id });

    const history = screen.getByText(t('ui.notices.history', { count: 0 }));
    await user.click(within(arrival).getByRole('button', { name: /^Dismiss: / }));
    expect(within(list).queryAllByRole('listitem')).toEqual([]);
    expect(history.textContent).toBe(t('ui.notices.history', { count: 1 }));
    // The last one gone, the keyboard goes to the history rather than the top of the page.
    expect(document.activeElement).toBe(history);
    const kept = history.closest('details');
    if (!kept) throw new Error('no history');
    await user.click(history);
    const [earlier] = within(kept).getAllByRole('listitem');
    expect(earlier?.textContent).toContain(t('ui.notice-kind.arrival'));
    expect(within(kept).queryByRole('button', { name: /^Dismiss/ })).toBeNull();
    await user.click(within(kept).getByRole('button', { name: /^Open: / }));
    expect(open).toHaveBeenCalledTimes(2);
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

  it('take the keyboard on to the next notice when one is dismissed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { game, caseId } = tutorialDayOne(tutorial);
    const seat = mountNotices('borealis', game);
    const user = userEvent.setup();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    settle();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    settle();
    const list = screen.getByRole('list', { name: t('ui.notices.label') });
    const [newest, older] = within(list).getAllByRole('listitem');
    if (!newest || !older) throw new Error('two notices expected');
    await user.click(within(newest).getByRole('button', { name: /^Dismiss: / }));
    expect(within(list).getAllByRole('listitem')).toEqual([older]);
    expect(document.activeElement).toBe(within(older).getByRole('button', { name: /^Open: / }));
  });
});
