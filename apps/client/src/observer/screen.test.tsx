import { applyPatch, INSTRUCTOR, OBSERVER, type View, type ViewStream } from '@crossborder/engine';
import type { ClockState, SessionInfo } from '@crossborder/protocol';
import { act, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BoardModel } from '../board/model.js';
import { errorText, kindName, setLocale, t } from '../i18n.js';
import { TestClient } from '../test/client.js';
import {
  bundled,
  DAY,
  type Game,
  preservationOfHostingLogs,
  thinMlaForHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { stringsIn, untranslatedText } from '../test/pseudo.js';
import { dayAndTime } from '../time.js';
import { ObserverPage, ObserverScreen } from './screen.js';

const tutorial = await bundled('tutorial');
const SESSION: SessionInfo = {
  id: 'session-1',
  code: 'K7PQ2M',
  scenarioId: 'tutorial',
  title: tutorial.title,
  status: 'open',
};
const reading = (game: number, running: boolean): ClockState => ({
  mode: 'realtime',
  running,
  speed: 60,
  game,
  wall: Date.now(),
  roundLength: 60,
});
/** What only Aldoria knows: never on the projector. */
const ALDORIA_ONLY = ['312 Harbourline Bank customers', 'Northwind Hosting control-panel logs'];

/** The projector's view as its browser holds it: whole once, then kept in step by the server's patches. */
class ProjectorWire {
  private readonly stream: ViewStream;
  view: View;

  constructor(
    private readonly game: Game,
    viewer: typeof OBSERVER | typeof INSTRUCTOR = OBSERVER,
  ) {
    this.stream = game.engine.viewStream(viewer);
    this.view = this.stream.reset(game.state);
  }

  receive(): View {
    this.view = applyPatch(this.view, this.stream.update(this.game.state, this.game.changes));
    return this.view;
  }
}

function mountProjector(running = false, viewer: typeof OBSERVER | typeof INSTRUCTOR = OBSERVER) {
  const { game, caseId } = tutorialDayOne(tutorial);
  const wire = new ProjectorWire(game, viewer);
  const client = new TestClient({ view: wire.view, session: SESSION, clock: reading(DAY, running) });
  const models: (() => BoardModel | null)[] = [];
  const stop = vi.fn();
  const board = vi.fn((_host: HTMLElement, model: () => BoardModel | null) => {
    models.push(model);
    return stop;
  });
  const rendered = render(<ObserverScreen signals={client.signals} board={board} />);
  return { game, caseId, wire, client, board, stop, models, ...rendered };
}

const side = () => screen.getByRole('region', { name: t('ui.observer.public') });
const requestLines = () => [...side().querySelectorAll('.in-flight li')];

function recordChanges(element: Element): () => MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => observer.takeRecords();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the projector', () => {
  it('shows the session, its join code, the clock, the board and the public side of the game', () => {
    const { board } = mountProjector();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(tutorial.title);
    expect(screen.getByText(t('ui.observer.code', { code: 'K7PQ2M' }))).toBeTruthy();
    const { day, time } = dayAndTime(DAY);
    expect(screen.getByText(t('ui.time.day-time', { day, time }))).toBeTruthy();
    expect(screen.getByText(`‖ ${t('ui.clock.paused')}`)).toBeTruthy();
    const host = screen.getByRole('img', { name: t('ui.board.label') });
    expect(host.id).toBe('board');
    // The projector chooses its own language, as each team does.
    expect(screen.getByRole('combobox', { name: t('ui.language.label') })).toBeTruthy();
    expect(board).toHaveBeenCalledWith(host, expect.any(Function));

    for (const name of [
      t('ui.observer.in-flight'),
      t('ui.observer.at-risk'),
      t('ui.observer.objectives'),
      t('ui.observer.scores'),
    ])
      expect(within(side()).getByRole('heading', { level: 2, name })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.observer.legend') })).toBeTruthy();
    expect(requestLines()).toEqual([]);
    expect(within(side()).getByText(t('ui.observer.none-in-flight'))).toBeTruthy();
    // The hosting logs are at risk, but only Aldoria knows of them: the room is not told.
    expect(within(side()).getByText(t('ui.observer.none-at-risk'))).toBeTruthy();
    const objectives = [...side().querySelectorAll('.public-objectives li')];
    expect(objectives.map((item) => item.textContent)).toContain(
      `○ Preserve the hosting logs before Northwind deletes them (${t('ui.observer.open')})`,
    );
    // The symbol is for the eye; a screen reader hears the word.
    expect(objectives[0]?.querySelector('[aria-hidden="true"]')?.textContent).toBe('○ ');
    const scores = within(side()).getAllByRole('row');
    expect(scores.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Aldoria',
      'Borealis',
    ]);
    expect(scores.map((row) => row.querySelector('td')?.textContent)).toEqual(['0', '0']);
    expect(document.body.textContent).not.toContain(ALDORIA_ONLY[0]);
  });

  it('lists each request in flight with what it races next, and lets it go once it is done', () => {
    const { game, caseId, wire, client } = mountProjector();
    game.do('aldoria', thinMlaForHostingLogs(caseId, { suggestedDeadline: 4 * DAY }));
    act(() => client.receive({ view: wire.receive() }));
    const [sent] = requestLines();
    const id = sent?.getAttribute('data-race') ?? '';
    const title = t('ui.observer.race-request', {
      kind: kindName('stored-data'),
      from: 'Aldoria',
      to: 'Borealis',
    });
    expect(sent?.querySelector('.race-title')?.textContent).toBe(title);
    // By post, it is on its way: the line says when it arrives.
    expect(sent?.querySelector('.race-detail')?.textContent).toMatch(
      new RegExp(`^${t('ui.status.in-transit')}, arrives in \\d+h$`),
    );
    // Said by kind and countries, never by the request's internal id.
    expect(sent?.textContent).not.toContain(id);
    const scores = side().querySelector('.scores') as HTMLElement;
    const scoresUntouched = recordChanges(scores);

    // Arrived, it races the deadline Aldoria asked for; under a day before it, a symbol and a word say so.
    game.at(3 * DAY + 12 * 60);
    act(() => client.receive({ view: wire.receive(), clock: reading(3 * DAY + 12 * 60, false) }));
    const [arrived] = requestLines();
    expect(arrived).toBe(sent);
    expect(arrived?.querySelector('.race-detail')?.textContent).toBe(
      `⚠ ${t('ui.observer.soon')}: ${t('ui.observer.race-asked', { status: t('ui.status.received'), left: '12h' })}`,
    );
    expect(arrived?.classList.contains('soon')).toBe(true);
    expect(scoresUntouched()).toEqual([]);

    // Borealis executes it: no longer in flight.
    game.do('borealis', { type: 'executeRequest', requestId: id });
    game.at(8 * DAY);
    act(() => client.receive({ view: wire.receive(), clock: reading(8 * DAY, false) }));
    expect(requestLines()).toEqual([]);
    for (const secret of ALDORIA_ONLY) expect(document.body.textContent).not.toContain(secret);
  });

  it("shows each team's objectives under its name, met or missed with a symbol and a word", () => {
    const { game, wire, client } = mountProjector();
    const teams = [...side().querySelectorAll('.team-objectives [data-team]')];
    expect(teams.map((team) => team.querySelector('h3')?.textContent).length).toBeGreaterThan(0);
    game.at(8 * DAY);
    act(() => client.receive({ view: wire.receive() }));
    const missed = [...side().querySelectorAll('.public-objectives li')].find((item) =>
      item.textContent?.startsWith('✖ Preserve the hosting logs'),
    );
    expect(missed?.textContent).toBe(
      `✖ Preserve the hosting logs before Northwind deletes them (${t('ui.observer.missed')})`,
    );
  });

  it('runs no timer of its own: paused, nothing moves; running, only the clock, once a game minute', () => {
    vi.useFakeTimers();
    const paused = mountProjector(false);
    const all = recordChanges(document.body);
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(vi.getTimerCount()).toBe(0);
    expect(all()).toEqual([]);
    paused.unmount();

    const running = mountProjector(true);
    const changes = recordChanges(side());
    const clock = document.querySelector('.clock') as HTMLElement;
    const clockChanges = recordChanges(clock);
    act(() => {
      vi.advanceTimersByTime(1010);
    });
    expect(changes()).toEqual([]);
    const minute = clockChanges();
    expect(minute.filter((change) => change.type === 'childList')).toEqual([]);
    expect(clock.getAttribute('data-game-minutes')).toBe(String(DAY + 1));
    running.unmount();
  });

  it('draws the board from the latest view at the game time, and stops it when it goes', () => {
    vi.useFakeTimers();
    const { models, stop, unmount, game, caseId, wire, client } = mountProjector();
    expect(models[0]?.()?.countries.map((country) => country.name)).toEqual(['Aldoria', 'Borealis']);
    expect(models[0]?.()?.tokens).toEqual([]);
    // The clock paused and nothing new: the same model, so that Phaser has nothing to draw again.
    const still = models[0]?.();
    expect(models[0]?.()).toBe(still);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => client.receive({ view: wire.receive() }));
    expect(models[0]?.()).not.toBe(still);
    expect(models[0]?.()?.tokens.map((token) => token.kind)).toEqual(['preservation']);
    unmount();
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('shows every request when the instructor lets the projector see all', () => {
    const { game, caseId, wire, client } = mountProjector(false, INSTRUCTOR);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => client.receive({ view: wire.receive() }));
    expect(requestLines()).toHaveLength(1);
    expect(within(side()).getAllByRole('row')).toHaveLength(2);
    // Revealed, the hosting logs only Aldoria knows of count down for the room too.
    const risk = side().querySelector('.at-risk li');
    expect(risk?.querySelector('.race-title')?.textContent).toBe(
      t('ui.observer.risk-item', { evidence: 'Northwind Hosting control-panel logs', country: 'Borealis' }),
    );
    expect(within(side()).queryByText(t('ui.observer.at-risk-note'))).toBeNull();
  });
});

describe('taking the projector’s seat', () => {
  const refusal = { code: 'unknown-code', message: 'No session', params: { code: 'ZZZZZZ' } };

  it('takes its seat back after a reload, or joins as the observer', async () => {
    const client = new TestClient();
    const seat = {
      signals: client.signals,
      resume: vi.fn(async () => ({ ok: true as const })),
      join: vi.fn(async () => ({ ok: true as const })),
    };
    const board = vi.fn(() => () => {});
    render(<ObserverPage client={seat} code="K7PQ2M" board={board} />);
    await act(async () => {});
    expect(seat.resume).toHaveBeenCalledWith('K7PQ2M', { kind: 'observer' });
    expect(seat.join).not.toHaveBeenCalled();

    seat.resume.mockResolvedValueOnce(null as never);
    render(<ObserverPage client={seat} code="K7PQ2M" board={board} />);
    await act(async () => {});
    expect(seat.join).toHaveBeenCalledWith('K7PQ2M', { kind: 'observer' }, t('ui.console.observer'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why it could not join, as an alert', async () => {
    const client = new TestClient();
    const seat = {
      signals: client.signals,
      resume: vi.fn(async () => null),
      join: vi.fn(async () => ({ ok: false as const, error: refusal })),
    };
    render(<ObserverPage client={seat} code="ZZZZZZ" board={() => () => {}} />);
    expect((await screen.findByRole('alert')).textContent).toBe(errorText(refusal));
  });
});

describe('the projector in the pseudo-locale', () => {
  afterEach(() => setLocale('en'));
  it('says everything through the catalogue', () => {
    setLocale('en-XA');
    const { container } = mountProjector();
    expect(screen.getByRole('region', { name: t('ui.observer.public') })).toBeTruthy();
    expect(untranslatedText(container, [...stringsIn(tutorial), SESSION.code])).toEqual([]);
  });
});
