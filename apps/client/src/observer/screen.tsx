import type { BoardView, View } from '@crossborder/engine';
import type { Seat } from '@crossborder/protocol';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { boardView } from '../board/board-view.js';
import { type BoardModel, boardModel } from '../board/model.js';
import { errorText, t } from '../i18n.js';
import type { SeatTaker } from '../join.js';
import type { ClientSignals } from '../state/client.js';
import { gameNow } from '../time.js';
import { ClockBar, ConnectionBanner } from '../ui/chrome.js';
import { LanguagePicker } from '../ui/language-picker.js';
import { EvidenceAtRisk, RequestsInFlight, TeamObjectives } from './panels.js';
import { countryName } from './racing.js';

/**
 * The room's projector: the board for everyone and the public side of the game (the requests in
 * flight with their next deadline, the evidence every team knows to be at risk with its countdown,
 * each team's objectives, the scores), never a team's secrets unless the instructor reveals everything. Each part follows only its part of the view; the clock moves its own text
 * once a game minute (ClockBar), so nothing here runs on a timer.
 */
type StartBoard = (host: HTMLElement, model: () => BoardModel | null) => () => void;

const OBSERVER: Seat = { kind: 'observer' };

/** `/watch/CODE`: takes the observer's seat (back with its token after a reload), then shows the projector. */
export function ObserverPage({
  client,
  code,
  board,
}: {
  client: SeatTaker & { readonly signals: ClientSignals };
  code: string;
  board: StartBoard;
}) {
  const problem = useSignal<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const resumed = await client.resume(code, OBSERVER);
      if (resumed?.ok || !live) return;
      const joined = await client.join(code, OBSERVER, t('ui.console.observer'));
      if (live && !joined.ok) problem.value = errorText(joined.error);
    })();
    return () => {
      live = false;
    };
  }, [client, code]);
  return <ObserverScreen signals={client.signals} board={board} problem={problem} />;
}

export function ObserverScreen({
  signals,
  board,
  problem,
}: {
  signals: ClientSignals;
  board: StartBoard;
  /** Why the seat could not be taken, if it could not. */
  problem?: ReadonlySignal<string | null>;
}) {
  return (
    <div class="screen observer-screen">
      <header class="topbar">
        <Title signals={signals} />
        <Clock signals={signals} />
        <LanguagePicker />
      </header>
      <div class="banner-slot">
        <ConnectionBanner connection={signals.connection} notice={signals.notice} />
        {problem ? <Problem problem={problem} /> : null}
      </div>
      <main class="observer">
        <div class="observer-board">
          <Board signals={signals} board={board} />
          <Legend view={signals.view} />
        </div>
        <section class="observer-side" aria-label={t('ui.observer.public')}>
          <PublicSide view={signals.view} minutes={signals.minutes} />
        </section>
      </main>
    </div>
  );
}

function Problem({ problem }: { problem: ReadonlySignal<string | null> }) {
  return problem.value ? (
    <p class="banner warning" role="alert">
      {problem.value}
    </p>
  ) : null;
}

function Title({ signals }: { signals: ClientSignals }) {
  const session = signals.session.value;
  // The view's title is in the projector's language where the scenario translates it.
  const title = signals.view.value?.briefing.title ?? session?.title ?? t('ui.app');
  return (
    <>
      <h1>{title}</h1>
      <p class="join-code">{t('ui.observer.code', { code: session?.code ?? '' })}</p>
    </>
  );
}

/** The room's clock, in UTC: it follows the clock and the scenario's start, and moves its own text. */
function Clock({ signals }: { signals: ClientSignals }) {
  const startsAt = useComputed(() => signals.view.value?.briefing.startsAt ?? '');
  return (
    <ClockBar clock={signals.clock} minutes={signals.minutes} utcOffset="+00:00" startsAt={startsAt.value} />
  );
}

/**
 * The board: Phaser, loaded on demand, asks for its model every frame and gets the latest view
 * at the game time of that frame: the same object while neither has moved (the clock paused), so
 * that it has nothing to draw again. It stops with the component.
 */
function Board({ signals, board }: { signals: ClientSignals; board: StartBoard }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    let last: { view: BoardView; now: number; model: BoardModel } | null = null;
    return board(host.current, () => {
      const view = boardView(signals.view.peek());
      const clock = signals.clock.peek();
      if (!view) return null;
      const now = clock ? gameNow(clock, Date.now(), signals.serverOffset.peek()) : 0;
      if (last?.view !== view || last.now !== now) last = { view, now, model: boardModel(view, now) };
      return last.model;
    });
  }, [board, signals]);
  return <div class="board big" id="board" role="img" aria-label={t('ui.board.label')} ref={host} />;
}

/** What moves, for the room: the races (requests in flight, evidence at risk), then each team's objectives and the scores. */
function PublicSide({
  view,
  minutes,
}: {
  view: ReadonlySignal<View | null>;
  minutes: ReadonlySignal<number>;
}) {
  const shown = useComputed(() => view.value !== null && view.value.role !== 'country');
  if (!shown.value) return null;
  return (
    <>
      <div class="observer-races">
        <RequestsInFlight view={view} minutes={minutes} />
        <EvidenceAtRisk view={view} minutes={minutes} />
      </div>
      <div class="observer-teams">
        <TeamObjectives view={view} />
        <h2>{t('ui.observer.scores')}</h2>
        <Scores view={view} />
      </div>
    </>
  );
}

/** What the board's shapes mean, for the room (the board says nothing in words). */
function Legend({ view }: { view: ReadonlySignal<View | null> }) {
  const shown = useComputed(() => view.value !== null && view.value.role !== 'country');
  if (!shown.value) return null;
  return (
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('ui.observer.legend')}</h2>
      <ul class="board-legend">
        <li>{t('ui.observer.legend-circle')}</li>
        <li>{t('ui.observer.legend-triangle')}</li>
        <li>{t('ui.observer.legend-diamond')}</li>
        <li>{t('ui.observer.legend-square')}</li>
        <li>{t('ui.observer.legend-evidence')}</li>
      </ul>
    </section>
  );
}

/** Nothing to show: the same empty object each time, so that nothing wakes for it. */
const NONE = Object.freeze({}) as Readonly<Record<string, never>>;

function Scores({ view }: { view: ReadonlySignal<View | null> }) {
  const scores = useComputed(() =>
    view.value && view.value.role !== 'country' && view.value.role !== 'juror' ? view.value.scores : NONE,
  );
  const directory = useComputed(() => view.value?.briefing.directory ?? NONE);
  return (
    <table class="scores">
      <tbody>
        {Object.entries(scores.value).map(([id, score]) => (
          <tr key={id} data-score={id}>
            <th scope="row">{countryName(directory.value, id)}</th>
            <td>{String(score.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
