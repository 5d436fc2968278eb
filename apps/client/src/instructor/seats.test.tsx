import type { SeatsInfo } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { bundled, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { type Acts, instructorView } from './context.js';
import { JoinLinks, Seats } from './seats.js';
import { ConsoleTestClient, emptySeats, InstructorWire } from './test-support.js';

const tutorial = await bundled('tutorial');
/** The address the server says the room reaches it at: not this page's own (`location.origin`). */
const ROOM = 'http://192.168.1.20:3000/';

function mountSeats(seats: SeatsInfo = emptySeats(tutorial)) {
  const { game, caseId } = tutorialDayOne(tutorial);
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view, seats });
  const acts: Acts = {
    control: (control) => void client.control(control),
    command: (command) => void client.command(command),
  };
  const view = instructorView(client.signals.view, wire.view);
  render(
    <>
      <JoinLinks view={view} code="K7PQ2M" base={signal(ROOM)} />
      <Seats view={view} seats={client.signals.seats} acts={acts} code="K7PQ2M" />
    </>,
  );
  return { game, caseId, wire, client };
}

const row = (country: string) => document.querySelector(`tr[data-seat="${country}"]`) as HTMLElement;

const withTeam = (team: string): SeatsInfo => {
  const seats = emptySeats(tutorial);
  seats.countries.aldoria = { bot: false, locked: false, team, online: 1 };
  seats.countries.borealis = { bot: true, locked: true, team: null, online: 0 };
  return seats;
};

describe('how teams join', () => {
  it('shows the code and a link per country, and the projector’s, at the address the server gave', () => {
    mountSeats();
    expect(screen.getByText(t('ui.console.join-at', { url: ROOM }), { exact: false })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.console.join') })).toBeTruthy();
    expect(screen.getAllByText('K7PQ2M')[0]).toBeTruthy();
    const aldoria = document.querySelector('a[data-link="aldoria"]') as HTMLAnchorElement;
    expect(aldoria.getAttribute('href')).toBe(`${ROOM}join/K7PQ2M/aldoria`);
    expect(aldoria.textContent).toBe(`${ROOM}join/K7PQ2M/aldoria`);
    expect(aldoria.closest('li')?.textContent).toContain('Aldoria: ');
    expect(document.querySelector('a[data-link="borealis"]')).not.toBeNull();
    const projector = screen.getByRole('link', { name: `${ROOM}watch/K7PQ2M` });
    expect(projector.closest('li')?.textContent).toContain(t('ui.console.observer'));
  });
});

describe('looking through a seat', () => {
  it('offers each country’s screen, read-only, by a link that names the country', () => {
    mountSeats(withTeam('Table 1'));
    expect(screen.getByRole('columnheader', { name: t('ui.console.look-column') })).toBeTruthy();
    for (const [id, name] of [
      ['aldoria', 'Aldoria'],
      ['borealis', 'Borealis'],
    ] as const) {
      const link = within(row(id)).getByRole('link', { name: t('ui.console.look', { country: name }) });
      expect(link.getAttribute('href')).toBe(`/look/K7PQ2M/${id}`);
    }
    expect(t('ui.console.look', { country: 'Aldoria' })).toBe('View Aldoria’s screen (read-only)');
  });
});

describe('the seats', () => {
  // The browser's own dialog: happy-dom has none, so each test says what the instructor answers.
  afterEach(() => vi.unstubAllGlobals());

  it('show a row per country: its team, who is online, and its bot and lock as pressed buttons that say so', () => {
    mountSeats(withTeam('Table 1'));
    const table = screen.getByRole('table', { name: t('ui.console.seats') });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      t('ui.console.country'),
      t('ui.console.team'),
      t('ui.console.online'),
      t('ui.console.bot'),
      t('ui.console.lock'),
      t('ui.console.remove'),
      t('ui.console.look-column'),
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Aldoria', 'Borealis']);
    const aldoria = within(row('aldoria'));
    expect(aldoria.getByText('Table 1')).toBeTruthy();
    expect(aldoria.getByText('1')).toBeTruthy();
    const bot = aldoria.getByRole('button', { name: t('ui.console.bot-off') });
    expect(bot.getAttribute('data-bot')).toBe('aldoria');
    // Each button says what it does; the state is in words beside it.
    expect(aldoria.getByText(t('ui.console.no-bot'))).toBeTruthy();
    expect(aldoria.getByRole('button', { name: t('ui.console.unlocked') })).toBeTruthy();
    expect(aldoria.getByText(t('ui.console.seat-open'))).toBeTruthy();
    const borealis = within(row('borealis'));
    expect(borealis.getByText('—')).toBeTruthy();
    expect(borealis.getByRole('button', { name: t('ui.console.bot-on') })).toBeTruthy();
    expect(borealis.getByText(t('ui.console.bot-plays'))).toBeTruthy();
    expect(borealis.getByRole('button', { name: t('ui.console.locked') })).toBeTruthy();
    expect(borealis.getByText(t('ui.console.seat-locked'))).toBeTruthy();
  });

  it('switch a bot and a lock, each the other way', async () => {
    const { client } = mountSeats(withTeam('Table 1'));
    const user = userEvent.setup();
    await user.click(within(row('aldoria')).getByRole('button', { name: t('ui.console.bot-off') }));
    await user.click(within(row('borealis')).getByRole('button', { name: t('ui.console.locked') }));
    await user.click(within(row('aldoria')).getByRole('button', { name: t('ui.console.unlocked') }));
    expect(client.controls).toEqual([
      { action: 'bot', country: 'aldoria', on: true },
      { action: 'lock', country: 'borealis', locked: false },
      { action: 'lock', country: 'aldoria', locked: true },
    ]);
  });

  it('remove a team once the instructor confirms, and never from a seat nobody took', async () => {
    const { client } = mountSeats(withTeam('Table 9'));
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    const user = userEvent.setup();
    const remove = screen.getByRole('button', { name: t('ui.console.remove-team', { country: 'Aldoria' }) });
    expect(remove.getAttribute('data-remove')).toBe('aldoria');
    await user.click(remove);
    expect(client.controls).toEqual([]);
    await user.click(remove);
    expect(confirm).toHaveBeenLastCalledWith(
      t('ui.console.remove-confirm', { team: 'Table 9', country: 'Aldoria' }),
    );
    expect(client.controls).toEqual([{ action: 'revoke', seat: { kind: 'country', country: 'aldoria' } }]);
    const nobody = screen.getByRole('button', { name: t('ui.console.remove-team', { country: 'Borealis' }) });
    expect((nobody as HTMLButtonElement).disabled).toBe(true);
  });

  it('show everything on the projector or not, and disconnect every projector once confirmed', async () => {
    const { client } = mountSeats();
    vi.stubGlobal('confirm', () => true);
    const user = userEvent.setup();
    const reveal = screen.getByRole('button', { name: t('ui.console.reveal-to-observers') });
    expect(reveal.getAttribute('aria-pressed')).toBe('false');
    await user.click(reveal);
    act(() => client.receive({ seats: { ...emptySeats(tutorial), observersSeeAll: true } }));
    const hide = screen.getByRole('button', { name: t('ui.console.hide-from-observers') });
    expect(hide).toBe(reveal);
    expect(hide.getAttribute('aria-pressed')).toBe('true');
    await user.click(hide);
    await user.click(screen.getByRole('button', { name: t('ui.console.remove-observers') }));
    expect(client.controls).toEqual([
      { action: 'reveal', observers: true },
      { action: 'reveal', observers: false },
      { action: 'revoke', seat: { kind: 'observer' } },
    ]);
  });

  it('change in place: a team joining fills its row, the buttons stay the same, and the game passes them by', () => {
    const { game, caseId, wire, client } = mountSeats();
    const rows = screen.getAllByRole('row');
    const bot = within(row('aldoria')).getByRole('button', { name: t('ui.console.bot-off') });
    const borealis = row('borealis');
    const changes = new MutationObserver(() => {});
    changes.observe(borealis, { subtree: true, childList: true, characterData: true, attributes: true });
    const table = screen.getByRole('table', { name: t('ui.console.seats') });
    const untouched = new MutationObserver(() => {});
    untouched.observe(table, { subtree: true, childList: true, characterData: true, attributes: true });

    // The game moves on: the seats' table has nothing to show of it.
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => client.receive({ view: wire.receive() }));
    expect(untouched.takeRecords()).toEqual([]);

    act(() => client.receive({ seats: withTeam('Table 1') }));
    expect(screen.getAllByRole('row')).toEqual(rows);
    expect(within(row('aldoria')).getByText('Table 1')).toBeTruthy();
    expect(within(row('aldoria')).getByRole('button', { name: t('ui.console.bot-off') })).toBe(bot);
    // Borealis's bot and lock were switched: its two buttons' words and states, nothing else.
    const written = changes.takeRecords();
    expect(written.filter((change) => change.type === 'childList')).toEqual([]);
    expect(new Set(written.map((change) => change.type))).toEqual(new Set(['characterData', 'attributes']));
  });
});
