import type { View } from '@crossborder/engine';
import type { Seat } from '@crossborder/protocol';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { type BoardModel, boardModel } from '../board/model.js';
import { errorText, kindName, t, tDynamic } from '../i18n.js';
import type { SeatTaker } from '../join.js';
import type { ClientSignals } from '../state/client.js';
import { gameNow } from '../time.js';
import { ClockBar, ConnectionBanner } from '../ui/chrome.js';

/**
 * The room's projector: the board for everyone and the public side of the game (who asked whom
 * for what and how it stands, objectives, scores), never a team's secrets unless the instructor
 * reveals everything. Each part follows only its part of the view; the clock moves its own text
 * once a game minute (ClockBar), so nothing here runs on a timer.
 */
type StartBoard = (host: HTMLElement, model: () => BoardModel | null) => () => void;

const OBSERVER: Seat = { kind: 'observer' };
/** How many requests the projector lists, newest first. */
const REQUESTS_SHOWN = 12;

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
      </header>
      <div class="banner-slot">
        <ConnectionBanner connection={signals.connection} notice={signals.notice} />
        {problem ? <Problem problem={problem} /> : null}
      </div>
      <main class="observer">
        <Board signals={signals} board={board} />
        <section class="observer-side" aria-label={t('ui.observer.public')}>
          <PublicSide view={signals.view} />
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
  return (
    <>
      <h1>{session?.title ?? t('ui.app')}</h1>
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
    let last: { view: View; now: number; model: BoardModel } | null = null;
    return board(host.current, () => {
      const view = signals.view.peek();
      const clock = signals.clock.peek();
      if (!view) return null;
      const now = clock ? gameNow(clock, Date.now(), signals.serverOffset.peek()) : 0;
      if (last?.view !== view || last.now !== now) last = { view, now, model: boardModel(view, now) };
      return last.model;
    });
  }, [board, signals]);
  return <div class="board big" id="board" role="img" aria-label={t('ui.board.label')} ref={host} />;
}

function PublicSide({ view }: { view: ReadonlySignal<View | null> }) {
  const shown = useComputed(() => view.value !== null && view.value.role !== 'country');
  if (!shown.value) return null;
  return (
    <>
      <h2>{t('ui.observer.legend')}</h2>
      <Legend />
      <h2>{t('ui.observer.requests')}</h2>
      <PublicRequests view={view} />
      <h2>{t('ui.observer.objectives')}</h2>
      <Objectives view={view} />
      <h2>{t('ui.observer.scores')}</h2>
      <Scores view={view} />
    </>
  );
}

/** What the board's shapes mean, for the room (the board says nothing in words). */
function Legend() {
  return (
    <ul class="board-legend">
      <li>{t('ui.observer.legend-circle')}</li>
      <li>{t('ui.observer.legend-triangle')}</li>
      <li>{t('ui.observer.legend-diamond')}</li>
      <li>{t('ui.observer.legend-square')}</li>
      <li>{t('ui.observer.legend-evidence')}</li>
    </ul>
  );
}

/** Nothing to show: the same empty object each time, so that nothing wakes for it. */
const NONE = Object.freeze({}) as Readonly<Record<string, never>>;

const name = (directory: View['briefing']['directory'], id: string) =>
  directory[id]?.shortName ?? directory[id]?.name ?? id;

/** The newest requests, newest first; a new one adds a row at the top and the others stay. */
function PublicRequests({ view }: { view: ReadonlySignal<View | null> }) {
  const requests = useComputed(() => {
    const current = view.value;
    if (!current || current.role === 'country') return NONE;
    return current.role === 'instructor' ? current.state.requests : current.requests;
  });
  const directory = useComputed(() => view.value?.briefing.directory ?? NONE);
  return (
    <ul class="public-requests">
      {Object.values(requests.value)
        .slice(-REQUESTS_SHOWN)
        .reverse()
        .map((request) => (
          <li key={request.id} data-request={request.id}>
            {t('ui.observer.request-line', {
              kind: kindName(request.kind),
              from: name(directory.value, request.from),
              to: name(directory.value, request.to),
              status: tDynamic(`ui.status.${request.status}`, {}, request.status),
            })}
          </li>
        ))}
    </ul>
  );
}

/** The objectives, each with a symbol and, for screen readers, a word: met, missed or open. */
function Objectives({ view }: { view: ReadonlySignal<View | null> }) {
  const objectives = useComputed(() => (view.value?.role === 'observer' ? view.value.objectives : NONE));
  return (
    <ul class="public-objectives">
      {Object.entries(objectives.value).map(([id, objective]) => {
        const [symbol, word] =
          objective.metAt !== null
            ? ['✔', t('ui.observer.met')]
            : objective.missedAt !== null
              ? ['✖', t('ui.observer.missed')]
              : ['○', t('ui.observer.open')];
        return (
          <li key={id} data-objective={id}>
            <span aria-hidden="true">{`${symbol} `}</span>
            {objective.title}
            <span class="visually-hidden">{` (${word})`}</span>
          </li>
        );
      })}
    </ul>
  );
}

function Scores({ view }: { view: ReadonlySignal<View | null> }) {
  const scores = useComputed(() => (view.value && view.value.role !== 'country' ? view.value.scores : NONE));
  const directory = useComputed(() => view.value?.briefing.directory ?? NONE);
  return (
    <table class="scores">
      <tbody>
        {Object.entries(scores.value).map(([id, score]) => (
          <tr key={id} data-score={id}>
            <th scope="row">{name(directory.value, id)}</th>
            <td>{String(score.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
