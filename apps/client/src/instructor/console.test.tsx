import { INSTRUCTOR } from '@crossborder/engine';
import type { SessionInfo } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale, t } from '../i18n.js';
import { bundled, DAY, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { stringsIn, untranslatedText } from '../test/pseudo.js';
import { dayAndTime } from '../time.js';
import { ConsolePage, InstructorConsole } from './console.js';
import { ConsoleTestClient, emptySeats, InstructorWire, reading } from './test-support.js';

const tutorial = await bundled('tutorial');
const session: SessionInfo = {
  id: 'session-1',
  code: 'K7PQ2M',
  scenarioId: 'tutorial',
  title: tutorial.title,
  status: 'open',
};
const dayTime = (minutes: number) => t('ui.time.day-time', dayAndTime(minutes));

/** The console of the tutorial a day in, as the instructor's browser holds it once seated. */
function mountConsole(clock = reading(DAY, false, 960)) {
  const { game, caseId } = tutorialDayOne(tutorial);
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view, session, clock, seats: emptySeats(tutorial) });
  const navigate = vi.fn();
  const status = signal('');
  render(
    <InstructorConsole client={client} code="K7PQ2M" apiKey="key" navigate={navigate} status={status} />,
  );
  return { game, caseId, wire, client, navigate };
}

/** The server answers where the room reaches it; this page's own address is never used for that. */
const ROOM = 'http://192.168.1.20:3000/';
beforeEach(() =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ urls: [ROOM, 'http://localhost:3000/'] })),
  ),
);
afterEach(() => vi.unstubAllGlobals());

/** What changed under `element`, as the browser would report it. */
function recordChanges(element: Element): () => MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => observer.takeRecords();
}

describe('the console', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the room the address the server gave, not the one this browser opened', async () => {
    mountConsole();
    const link = await screen.findByRole('link', { name: `${ROOM}join/K7PQ2M/aldoria` });
    expect(link.getAttribute('href')).toBe(`${ROOM}join/K7PQ2M/aldoria`);
    expect(screen.getByRole('link', { name: `${ROOM}watch/K7PQ2M` })).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('/api/addresses', expect.anything());
  });

  it('shows the session, its join code, the clock, and every part under its heading', () => {
    mountConsole();
    expect(screen.getByRole('heading', { level: 1, name: tutorial.title })).toBeTruthy();
    const code = document.querySelector('[data-join-code]') as HTMLElement;
    expect(code.getAttribute('data-join-code')).toBe('K7PQ2M');
    expect(code.textContent).toBe(`${t('ui.console.code')} K7PQ2M`);
    const clock = document.querySelector('header .clock') as HTMLElement;
    expect(clock.getAttribute('data-game-minutes')).toBe(String(DAY));
    expect(within(clock).getByText(dayTime(DAY))).toBeTruthy();
    expect(document.querySelectorAll('.clock')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      t('ui.console.dashboard'),
      t('ui.console.clock'),
      t('ui.console.join'),
      t('ui.console.seats'),
      t('ui.timeline.title'),
      t('ui.live.title'),
      t('ui.words.title'),
      t('ui.console.end-title'),
      t('ui.exports.title'),
      t('ui.fork.title'),
    ]);
    // Not a moot session: no jury forms, though the tutorial has a rubric.
    expect(screen.queryByRole('heading', { name: t('ui.console.jury') })).toBeNull();
  });

  it('goes back to every session by its link, and leaves a new tab to the browser', async () => {
    const { navigate } = mountConsole();
    const link = screen.getByRole('link', { name: t('ui.console.all-sessions') });
    expect(link.getAttribute('href')).toBe('/instructor');
    const user = userEvent.setup();
    await user.click(link);
    expect(navigate).toHaveBeenCalledWith('/instructor');
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('answers each act on its status line only when it went wrong (no stray "Done.")', async () => {
    const { client } = mountConsole();
    const user = userEvent.setup();
    const line = screen.getByRole('status');
    expect(line.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: t('ui.console.start') }));
    expect(client.controls.length).toBeGreaterThan(0);
    expect(line.textContent).toBe('');
    client.answer = {
      ok: false,
      error: { code: 'session-ended-control', message: 'The session has ended.' },
    };
    await user.click(screen.getByRole('button', { name: t('ui.console.fire') }));
    expect(line.textContent).toBe(t('server.session-ended-control'));
    expect(client.controls).toEqual([{ action: 'start' }]);
    expect(client.commands).toEqual([{ type: 'fireInject', injectId: 'new-kit' }]);
  });

  it('shows the banner when the connection drops', () => {
    const { client } = mountConsole();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => client.receive({ connection: 'reconnecting' }));
    expect(screen.getByRole('alert').textContent).toBe(`⟳ ${t('ui.banner.reconnecting')}`);
  });

  it('ends the session once confirmed, then says so and offers the debrief', async () => {
    const { game, wire, client } = mountConsole();
    const user = userEvent.setup();
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    const end = screen.getByRole('button', { name: t('ui.console.end') });
    expect(end.getAttribute('data-control')).toBe('end');
    expect(screen.getByRole('link', { name: t('ui.console.open-debrief') }).getAttribute('href')).toBe(
      '/debrief/K7PQ2M',
    );
    await user.click(end);
    await user.click(end);
    expect(confirm).toHaveBeenCalledWith(t('ui.console.end-confirm'));
    expect(client.controls).toEqual([{ action: 'end' }]);

    game.do(INSTRUCTOR, { type: 'endSession' });
    act(() => client.receive({ view: wire.receive() }));
    expect(screen.queryByRole('button', { name: t('ui.console.end') })).toBeNull();
    expect(screen.getByText(`✔ ${t('ui.console.ended')}`)).toBeTruthy();
    const debrief = screen.getByRole('link', { name: t('ui.console.debrief') });
    expect(debrief.getAttribute('data-link')).toBe('debrief');
  });

  it('exports the session’s log as a JSON file', async () => {
    mountConsole();
    const fetch = vi.fn(async () => Response.json({ format: 'crossborder-session/1', events: [] }));
    vi.stubGlobal('fetch', fetch);
    const made = vi.fn((_blob: Blob) => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: made, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: t('ui.console.export') }));
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(fetch).toHaveBeenCalledWith(
      '/api/sessions/session-1/export',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer key' }) }),
    );
    expect(clicked[0]?.download).toBe('crossborder-K7PQ2M.json');
    expect(await made.mock.calls[0]?.[0].text()).toContain('"format": "crossborder-session/1"');
    click.mockRestore();
  });
});

describe('the console’s header', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 2, 8, 12, 0, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('is passed by the game: a request, a team joining, a violation change nothing in it', () => {
    const { game, caseId, wire, client } = mountConsole();
    const header = document.querySelector('header.topbar') as HTMLElement;
    const changes = recordChanges(header);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => client.receive({ view: wire.receive() }));
    const seats = emptySeats(tutorial);
    seats.countries.aldoria = { bot: false, locked: false, team: 'Table 1', online: 1 };
    act(() => client.receive({ seats }));
    expect(document.querySelector('[data-seat="aldoria"]')?.textContent).toContain('Table 1');
    expect(changes()).toEqual([]);
  });

  it('moves only its clock’s text, once a game minute; nothing at all while paused; no timer then', () => {
    const { client } = mountConsole(reading(DAY, true, 60));
    const header = document.querySelector('header.topbar') as HTMLElement;
    const changes = recordChanges(header);
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(changes()).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(510);
    });
    const minute = changes();
    expect(minute.filter((change) => change.type === 'childList')).toEqual([]);
    expect(new Set(minute.map((change) => change.type))).toEqual(new Set(['characterData', 'attributes']));
    expect(header.querySelector('.clock')?.getAttribute('data-game-minutes')).toBe(String(DAY + 1));

    // Paused (and the session ended, as in the issue): the header stays as it is, and nothing is timed.
    act(() => client.receive({ clock: reading(DAY + 1.5, false, 60) }));
    changes();
    expect(vi.getTimerCount()).toBe(0);
    act(() => {
      vi.advanceTimersByTime(3_600_000);
    });
    expect(changes()).toEqual([]);
    expect(within(header).getByText(dayTime(DAY + 1))).toBeTruthy();
  });
});

describe('the console page', () => {
  afterEach(() => sessionStorage.clear());

  it('asks for the key first, then takes the instructor’s seat with it', async () => {
    const client = new ConsoleTestClient();
    render(<ConsolePage client={client} code="K7PQ2M" navigate={vi.fn()} />);
    const key = screen.getByLabelText(t('ui.instructor.key')) as HTMLInputElement;
    expect(document.activeElement).toBe(key);
    expect(key.type).toBe('password');
    const user = userEvent.setup();
    await user.type(key, ' secret-key {Enter}');
    await vi.waitFor(() => expect(client.seatings).toHaveLength(2));
    expect(client.seatings).toEqual([
      { how: 'resume', code: 'K7PQ2M', seat: { kind: 'instructor' } },
      { how: 'join', code: 'K7PQ2M', seat: { kind: 'instructor' }, key: 'secret-key' },
    ]);
    expect(sessionStorage.getItem('crossborder.instructor-key')).toBe('secret-key');
    // Seated: the console waits for the view, then shows it.
    expect(screen.getByText(t('ui.instructor.loading'))).toBeTruthy();
    const { game } = tutorialDayOne(tutorial);
    act(() => client.receive({ view: new InstructorWire(game).view, session, clock: reading(DAY, false) }));
    expect(screen.getByRole('heading', { level: 1, name: tutorial.title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.console.seats') })).toBeTruthy();
  });

  it('with the key kept in this tab, takes the seat back without asking', async () => {
    sessionStorage.setItem('crossborder.instructor-key', 'secret-key');
    const client = new ConsoleTestClient();
    const { game } = tutorialDayOne(tutorial);
    const view = new InstructorWire(game).view;
    client.resumed = {
      ok: true,
      token: 't'.repeat(22),
      seat: { kind: 'instructor' },
      session,
      snapshot: { seq: 0, view, clock: reading(DAY, false) },
    };
    render(<ConsolePage client={client} code="K7PQ2M" navigate={vi.fn()} />);
    await vi.waitFor(() => expect(client.seatings).toHaveLength(1));
    expect(client.seatings).toEqual([{ how: 'resume', code: 'K7PQ2M', seat: { kind: 'instructor' } }]);
    expect(screen.queryByLabelText(t('ui.instructor.key'))).toBeNull();
  });

  it('says on its status line why it could not take the seat', async () => {
    sessionStorage.setItem('crossborder.instructor-key', 'secret-key');
    const client = new ConsoleTestClient();
    client.resumed = { ok: false, error: { code: 'unknown-token', message: 'gone' } };
    client.joined = { ok: false, error: { code: 'unknown-code', message: 'x', params: { code: 'K7PQ2M' } } };
    render(<ConsolePage client={client} code="K7PQ2M" navigate={vi.fn()} />);
    await vi.waitFor(() => expect(client.seatings).toHaveLength(2));
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(t('server.unknown-code', { code: 'K7PQ2M' })),
    );
  });

  it('asks again, saying why, when the server refuses the key', async () => {
    sessionStorage.setItem('crossborder.instructor-key', 'wrong');
    const client = new ConsoleTestClient();
    client.joined = { ok: false, error: { code: 'wrong-key', message: 'Wrong key.' } };
    render(<ConsolePage client={client} code="K7PQ2M" navigate={vi.fn()} />);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', t('ui.instructor.wrong-key'));
    expect(screen.getByLabelText(t('ui.instructor.key'))).toBeTruthy();
    expect(sessionStorage.getItem('crossborder.instructor-key')).toBeNull();
  });
});

describe('the console in the pseudo-locale', () => {
  afterEach(() => setLocale('en'));
  it('says everything through the catalogue, the header with its language picker included', async () => {
    setLocale('en-XA');
    mountConsole();
    await screen.findByRole('link', { name: `${ROOM}join/K7PQ2M/aldoria` });
    const header = document.querySelector('header') as HTMLElement;
    expect(within(header).getByRole('combobox', { name: t('ui.language.label') })).toBeTruthy();
    const links = [...document.querySelectorAll('a')].map((link) => link.textContent ?? '');
    expect(untranslatedText(document.body, [...stringsIn(tutorial), session.code, ...links])).toEqual([]);
  });
});
