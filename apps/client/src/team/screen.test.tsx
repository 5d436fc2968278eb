import type { Command } from '@crossborder/engine';
import type { SessionInfo } from '@crossborder/protocol';
import { translateScenario } from '@crossborder/scenario';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BoardModel } from '../board/model.js';
import { kindName, setLocale, t } from '../i18n.js';
import { languageLabel } from '../language-names.js';
import type { GameClient } from '../net/game-client.js';
import { TestClient } from '../test/client.js';
import { bundled, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { stringsIn, untranslatedText } from '../test/pseudo.js';
import { paused, Seat } from '../test/team.js';
import type { Answer } from '../ui/forms.js';
import { requestAbout } from './about.js';
import { startTeamScreen, TeamScreen } from './screen.js';
import { seenKey } from './unread.js';

const tutorial = await bundled('tutorial');

const SESSION: SessionInfo = {
  id: 's1',
  code: 'K7PQ2M',
  scenarioId: 'tutorial',
  title: 'Tutorial: the Harbourline phishing kit',
  status: 'open',
};

/** A board that records how it was started and stopped, and hands out its model on demand. */
function fakeBoard() {
  const started: { host: HTMLElement; model: () => BoardModel | null }[] = [];
  const stop = vi.fn();
  const board = vi.fn((host: HTMLElement, model: () => BoardModel | null) => {
    started.push({ host, model });
    return stop;
  });
  return { board, started, stop };
}

/** The team screen of `country` on a real engine, the clock paused. */
function mountScreen(country: 'aldoria' | 'borealis' = 'aldoria', scenario = tutorial) {
  const { game, caseId } = tutorialDayOne(scenario);
  const seat = new Seat(game, country);
  seat.client.receive({ session: SESSION });
  const fake = fakeBoard();
  const user = userEvent.setup();
  const mounted = render(
    <TeamScreen signals={seat.client.signals} send={(command) => seat.send(command)} board={fake.board} />,
  );
  return { seat, game, caseId, user, mounted, ...fake };
}

const tabOf = (name: string) => screen.getByRole('tab', { name: new RegExp(`^${name}`) });
const panel = () => screen.getByRole('tabpanel');

describe('the team screen', () => {
  it('waits for the session, with the board already there', () => {
    const client = new TestClient();
    const { board, started } = fakeBoard();
    render(<TeamScreen signals={client.signals} send={() => new Promise<Answer>(() => {})} board={board} />);
    expect(screen.getByRole('heading', { level: 1, name: t('ui.app') })).toBeTruthy();
    expect(screen.getByText(t('ui.team.waiting'))).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByText(t('ui.clock.unknown'))).toBeTruthy();
    expect(board).toHaveBeenCalledTimes(1);
    expect(started[0]?.host.id).toBe('board');
    expect(started[0]?.model()).toBeNull();
  });

  it('shows the panels once the first view arrives, and keeps the board it started', () => {
    const { game } = tutorialDayOne(tutorial);
    const client = new TestClient();
    const { board, started } = fakeBoard();
    render(<TeamScreen signals={client.signals} send={() => new Promise<Answer>(() => {})} board={board} />);
    const host = screen.getByRole('img', { name: t('ui.board.label') });
    act(() => client.receive({ view: game.view('aldoria'), clock: paused(game.now), session: SESSION }));
    expect(screen.queryByText(t('ui.team.waiting'))).toBeNull();
    expect(screen.getByRole('tablist')).toBeTruthy();
    expect(screen.getByText(t('ui.team.playing', { country: 'Aldoria' }))).toBeTruthy();
    expect(screen.getByRole('img', { name: t('ui.board.label') })).toBe(host);
    expect(board).toHaveBeenCalledTimes(1);
    expect(started[0]?.model()?.countries).toHaveLength(2);
    // A resync that briefly has no view leaves the panels as they were.
    const tabs = screen.getByRole('tablist');
    act(() => client.receive({ view: null }));
    expect(screen.getByRole('tablist')).toBe(tabs);
  });

  it('says so when the session has ended or the seat is gone', () => {
    const { seat } = mountScreen();
    act(() => seat.client.receive({ notice: { kind: 'ended', message: 'Ended' } }));
    expect(screen.getByRole('status').textContent).toBe(t('ui.banner.ended'));
    act(() => seat.client.receive({ notice: { kind: 'revoked', message: 'Removed by the instructor' } }));
    expect(screen.getByRole('alert').textContent).toBe(
      t('ui.banner.revoked', { message: 'Removed by the instructor' }),
    );
  });

  it('shows the scenario’s texts as the server sends them in the seat’s language: its title, briefing and facts', async () => {
    const { user } = mountScreen('aldoria', translateScenario(tutorial, 'fr'));
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toMatch(
      /^Tutoriel\s: le kit d’hameçonnage Harbourline$/,
    );
    await user.click(tabOf(t('ui.tab.briefing')));
    expect(within(panel()).getByText(/^Vous êtes l’unité de lutte contre la cybercriminalité/)).toBeTruthy();
    await user.click(tabOf(t('ui.tab.casefile')));
    expect(within(panel()).getAllByText(/^Depuis le 1er mars, 312 clients/).length).toBeGreaterThan(0);
    expect(within(panel()).queryByText(/^Since 1 March/)).toBeNull();
  });

  it('says whose seat it is, the game clock and the score, in the header', () => {
    const { seat } = mountScreen();
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toBe(SESSION.title);
    expect(within(header).getByText(t('ui.team.playing', { country: 'Aldoria' }))).toBeTruthy();
    expect(header.querySelector('.seat .swatch')).not.toBeNull();
    const clock = header.querySelector('.clock') as HTMLElement;
    expect(clock.getAttribute('data-game-minutes')).toBe(String(seat.game.now));
    expect(clock.getAttribute('data-clock-running')).toBe('false');
    expect(within(header).getByText(t('ui.team.score', { total: seat.view.score.total }))).toBeTruthy();
  });

  it('has the board, described, with the notices under it, and the panels behind their tabs', () => {
    mountScreen();
    const boardArea = screen.getByRole('region', { name: t('ui.board.section') });
    expect(within(boardArea).getByRole('img', { name: t('ui.board.label') }).id).toBe('board');
    expect(within(boardArea).getByRole('list', { name: t('ui.notices.label') })).toBeTruthy();
    const tabs = within(screen.getByRole('tablist', { name: t('ui.tabs.label') })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('data-tab'))).toEqual([
      'briefing',
      'casefile',
      'requests',
      'compose',
      'jurisdiction',
      'directory',
      'log',
    ]);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(panel().getAttribute('aria-labelledby')).toBe('tab-briefing');
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'The Harbourline phishing kit' }),
    ).toBeTruthy();
  });

  it('opens a panel when its tab is pressed, takes the keyboard to it, and keeps the same tabs', async () => {
    const { user } = mountScreen();
    const tabs = screen.getAllByRole('tab');
    await user.click(tabOf(t('ui.tab.casefile')));
    expect(tabOf(t('ui.tab.casefile')).getAttribute('aria-selected')).toBe('true');
    expect(tabOf(t('ui.tab.briefing')).getAttribute('aria-selected')).toBe('false');
    expect(screen.getAllByRole('tab')).toEqual(tabs);
    expect(within(panel()).getByRole('heading', { level: 2, name: t('ui.casefile.title') })).toBeTruthy();
    expect(panel().getAttribute('aria-labelledby')).toBe('tab-casefile');
    expect(document.activeElement).toBe(panel());
    for (const [name, heading] of [
      [t('ui.tab.requests'), t('ui.requests.title')],
      [t('ui.tab.compose'), t('ui.composer.title')],
      [t('ui.tab.jurisdiction'), t('ui.jurisdiction.title')],
      [t('ui.tab.directory'), t('ui.directory.title')],
      [t('ui.tab.log'), t('ui.log.title')],
    ] as const) {
      await user.click(tabOf(name));
      expect(within(panel()).getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
  });

  it('moves between tabs with the arrow keys, Home and End, one tab in the tab order', async () => {
    const { user } = mountScreen();
    const briefing = tabOf(t('ui.tab.briefing'));
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);
    briefing.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabOf(t('ui.tab.casefile')));
    expect(tabOf(t('ui.tab.casefile')).getAttribute('aria-selected')).toBe('true');
    expect(tabOf(t('ui.tab.casefile')).tabIndex).toBe(0);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tabOf(t('ui.tab.log')));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(briefing);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tabOf(t('ui.tab.log')));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(briefing);
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'The Harbourline phishing kit' }),
    ).toBeTruthy();
  });

  it('counts on each tab what changed since the team last looked, and marks it in the panel', async () => {
    const { seat, game, caseId, user } = mountScreen('borealis');
    expect(tabOf(t('ui.tab.requests')).textContent).toBe(t('ui.tab.requests'));
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    // In words, not by colour: the tab's name says how many.
    const requests = screen.getByRole('tab', {
      name: `${t('ui.tab.requests')} ${t('ui.unread.count', { count: 1 })}`,
    });
    await user.click(requests);
    // Looked at: the count goes, the request is marked new while the tab stays open.
    expect(tabOf(t('ui.tab.requests')).textContent).toBe(t('ui.tab.requests'));
    const id = Object.keys(seat.view.requests)[0] ?? '';
    const row = document.querySelector(`tr[data-request="${id}"]`) as HTMLElement;
    expect(within(row).getByText(t('ui.unread.new'))).toBeTruthy();
    // Left and come back to: nothing new any more.
    await user.click(tabOf(t('ui.tab.log')));
    await user.click(tabOf(t('ui.tab.requests')));
    expect(within(panel()).queryByText(t('ui.unread.new'))).toBeNull();
    // Aldoria withdraws it: Borealis's tab counts it again, and the row says it changed.
    await user.click(tabOf(t('ui.tab.log')));
    game.at(game.now + 60);
    game.do('aldoria', { type: 'withdrawRequest', requestId: id, reasons: 'Sent twice' });
    act(() => seat.update());
    await user.click(
      screen.getByRole('tab', { name: `${t('ui.tab.requests')} ${t('ui.unread.count', { count: 1 })}` }),
    );
    const changed = document.querySelector(`tr[data-request="${id}"]`) as HTMLElement;
    expect(within(changed).getByText(t('ui.unread.changed'))).toBeTruthy();
  });

  it('marks evidence that another country acted on in the case file, in words', async () => {
    const { seat, game, caseId, user } = mountScreen('aldoria');
    await user.click(tabOf(t('ui.tab.casefile')));
    const row = () => document.querySelector('tr[data-evidence="hosting-logs"]') as HTMLElement;
    // Its kind in words, not the format's id.
    expect(row().textContent).toContain(`(${t('evidence-kind.traffic')})`);
    await user.click(tabOf(t('ui.tab.log')));
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
    game.do('borealis', { type: 'executeRequest', requestId: id });
    game.at(game.now + 2 * 60);
    act(() => seat.update());
    await user.click(
      screen.getByRole('tab', {
        name: new RegExp(
          `^${t('ui.tab.casefile')} ${t('ui.unread.count', { count: 9 }).replace('9', '\\d+')}$`,
        ),
      }),
    );
    expect(within(row()).getByText(t('ui.unread.changed'))).toBeTruthy();
  });

  it('keeps what the team has seen per seat, so that a reload does not make everything new', async () => {
    localStorage.clear();
    const first = mountScreen('borealis');
    first.game.do('aldoria', preservationOfHostingLogs(first.caseId));
    act(() => first.seat.update());
    await first.user.click(tabOf(t('ui.tab.requests')));
    const stored = localStorage.getItem(seenKey(SESSION.code, 'borealis'));
    expect(stored).toContain('request:');
    first.mounted.unmount();
    // The same seat again, as after a reload: the request is not unread.
    const seat = new Seat(first.game, 'borealis');
    seat.client.receive({ session: SESSION });
    render(
      <TeamScreen
        signals={seat.client.signals}
        send={(command) => seat.send(command)}
        board={fakeBoard().board}
      />,
    );
    expect(tabOf(t('ui.tab.requests')).textContent).toBe(t('ui.tab.requests'));
    // Another seat of the same session has its own.
    expect(localStorage.getItem(seenKey(SESSION.code, 'aldoria'))).toBeNull();
  });

  it('lists at the top what waits for the team, each opening the form that answers it', async () => {
    const { seat, game, caseId, user } = mountScreen('borealis');
    const moves = screen.getByRole('region', { name: t('ui.moves.title') });
    expect(within(moves).getByText(t('ui.moves.none'))).toBeTruthy();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    const id = Object.keys(seat.view.requests)[0] ?? '';
    const request = seat.view.requests[id];
    if (!request) throw new Error('no request');
    const answer = within(moves).getByRole('button', {
      name: t('ui.move.answer', { request: requestAbout(seat.view, request) }),
    });
    await user.click(answer);
    expect(tabOf(t('ui.tab.requests')).getAttribute('aria-selected')).toBe('true');
    expect(within(panel()).getByRole('article').getAttribute('data-request-detail')).toBe(id);
    // The keyboard is on the request's first action.
    const first = within(panel()).getAllByRole('form')[0];
    expect(first && document.activeElement && first.contains(document.activeElement)).toBe(true);
  });

  it('opens from a notice the item it is about', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { seat, game, caseId, user } = mountScreen('borealis');
      game.do('aldoria', preservationOfHostingLogs(caseId));
      act(() => seat.update());
      act(() => {
        vi.advanceTimersByTime(50);
      });
      const id = Object.keys(seat.view.requests)[0] ?? '';
      const notices = screen.getByRole('list', { name: t('ui.notices.label') });
      await user.click(within(notices).getByRole('button', { name: /^Open: / }));
      expect(within(panel()).getByRole('article').getAttribute('data-request-detail')).toBe(id);
    } finally {
      vi.useRealTimers();
    }
  });

  it('announces under the board what arrived, and what the team chose and typed outlives the tabs', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { seat, game, caseId, user } = mountScreen('borealis');
      game.do('aldoria', preservationOfHostingLogs(caseId));
      act(() => seat.update());
      act(() => {
        vi.advanceTimersByTime(50);
      });
      const id = Object.keys(seat.view.requests)[0] ?? '';
      expect(document.querySelector('[data-notice="arrival"]')?.textContent).toContain('from Aldoria');

      await user.click(tabOf(t('ui.tab.requests')));
      await user.click(within(panel()).getByRole('button', { name: kindName('preservation') }));
      await user.type(within(panel()).getByRole('textbox', { name: t('ui.field.questions') }), 'Which logs?');
      await user.click(tabOf(t('ui.tab.log')));
      await user.click(tabOf(t('ui.tab.requests')));
      expect(within(panel()).getByRole('article').getAttribute('data-request-detail')).toBe(id);
      expect(
        (within(panel()).getByRole('textbox', { name: t('ui.field.questions') }) as HTMLTextAreaElement)
          .value,
      ).toBe('Which logs?');
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends what the team asks, as the team', async () => {
    const sent: Command[] = [];
    const { game } = tutorialDayOne(tutorial);
    const seat = new Seat(game, 'aldoria');
    const user = userEvent.setup();
    render(
      <TeamScreen
        signals={seat.client.signals}
        send={(command) => {
          sent.push(command);
          return seat.send(command);
        }}
        board={fakeBoard().board}
      />,
    );
    await user.click(tabOf(t('ui.tab.casefile')));
    await user.type(screen.getByRole('textbox', { name: t('ui.field.case-title') }), 'Second');
    // An offence is offered by its description (what a person reads), whatever else the label says.
    const phishing = seat.view.briefing.offences['credential-phishing']?.description ?? '';
    const escaped = phishing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await user.click(screen.getByRole('checkbox', { name: new RegExp(escaped) }));
    await user.click(screen.getByRole('button', { name: t('ui.form.open-case.submit') }));
    expect(sent).toEqual([{ type: 'openCase', title: 'Second', offences: ['credential-phishing'] }]);
    expect(document.querySelectorAll('[data-case]')).toHaveLength(2);
  });

  it('shows the connection banner while the connection is down, and nothing else changes', () => {
    const { seat } = mountScreen();
    const tabs = screen.getByRole('tablist');
    act(() => seat.client.receive({ connection: 'reconnecting' }));
    expect(screen.getByRole('alert').getAttribute('data-connection')).toBe('reconnecting');
    act(() => seat.client.receive({ connection: 'online' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('tablist')).toBe(tabs);
  });
});

describe('the board on the team screen', () => {
  afterEach(() => vi.useRealTimers());

  it('is handed the same model while nothing moves, and a new one when the view or the time does', () => {
    const { seat, game, caseId, started } = mountScreen();
    const model = started[0]?.model ?? (() => null);
    const first = model();
    expect(first?.countries.map((country) => country.id)).toEqual(['aldoria', 'borealis']);
    expect(model()).toBe(first);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    const second = model();
    expect(second).not.toBe(first);
    expect(second?.tokens).toHaveLength(1);
    expect(model()).toBe(second);
    act(() => seat.client.receive({ clock: paused(game.now + 30) }));
    expect(model()).not.toBe(second);
  });

  it('is started once, and stopped when the screen goes', () => {
    const { board, stop, mounted } = mountScreen();
    expect(board).toHaveBeenCalledTimes(1);
    act(() => {
      mounted.unmount();
    });
    expect(stop).toHaveBeenCalledTimes(1);
  });
});

describe('an idle team screen', () => {
  afterEach(() => vi.useRealTimers());

  it('sets no timer and changes nothing while the clock is paused, whatever panel is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { seat, game, caseId, user } = mountScreen('borealis');
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    for (const name of [
      'ui.tab.casefile',
      'ui.tab.requests',
      'ui.tab.compose',
      'ui.tab.jurisdiction',
      'ui.tab.log',
    ] as const) {
      await user.click(tabOf(t(name)));
      act(() => {
        vi.advanceTimersByTime(100);
      });
      const observer = new MutationObserver(() => {});
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      vi.useFakeTimers();
      expect(vi.getTimerCount()).toBe(0);
      act(() => {
        vi.advanceTimersByTime(10_000);
      });
      expect(observer.takeRecords()).toEqual([]);
      observer.disconnect();
      vi.useFakeTimers({ shouldAdvanceTime: true });
    }
  });
});

describe('the team screen in a hand-built page', () => {
  it('mounts into the element it is given, and unmounts with its board when told', () => {
    const { game } = tutorialDayOne(tutorial);
    const seat = new Seat(game, 'aldoria');
    const host = document.createElement('div');
    host.append(document.createElement('form'));
    document.body.append(host);
    const { board, stop } = fakeBoard();
    const client = { signals: seat.client.signals, command: (command: Command) => seat.send(command) };
    let unmount = () => {};
    act(() => {
      unmount = startTeamScreen(host, client as unknown as GameClient, board);
    });
    expect(board).toHaveBeenCalledTimes(1);
    expect(host.querySelector('form')).toBeNull();
    expect(within(host).getByRole('tablist')).toBeTruthy();
    act(() => unmount());
    expect(host.childElementCount).toBe(0);
    expect(stop).toHaveBeenCalledTimes(1);
    host.remove();
  });
});

describe('the team screen in the pseudo-locale', () => {
  afterEach(() => setLocale('en'));
  it('says everything through the catalogue: the header and every tab', async () => {
    setLocale('en-XA');
    const { seat, game, user, mounted } = mountScreen();
    act(() => seat.client.receive({ view: game.view('aldoria'), clock: paused(game.now) }));
    const header = mounted.container.querySelector('header') as HTMLElement;
    expect(within(header).getByRole('combobox', { name: t('ui.language.label') })).toBeTruthy();
    // The scenario's words, the case a test opened, the languages' codes in the picker's values
    // and the names the browser gives the languages a scenario names (as it does the calendar's).
    const named = ['en', 'fr', 'es'].map(languageLabel);
    const data = [...stringsIn(tutorial), SESSION.code, 'Harbourline', 'en', 'fr', 'es', ...named];
    expect(untranslatedText(header, data)).toEqual([]);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.length).toBeGreaterThan(5);
    for (const tab of tabs) {
      await user.click(tab);
      expect({ tab: tab.textContent, untranslated: untranslatedText(mounted.container, data) }).toEqual({
        tab: tab.textContent,
        untranslated: [],
      });
    }
  });
});
