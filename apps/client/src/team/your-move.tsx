import type { CountryView } from '@crossborder/engine';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { t } from '../i18n.js';
import { Countdown } from './countdown.js';
import { type Move, movesOf } from './moves.js';
import type { Target } from './target.js';

const HOUR = 60;

/**
 * "Your move", at the top of the team screen: everything waiting for this team's decision
 * (moves.ts), soonest first, each a button that opens the form that answers it. It follows the
 * view and the game hour (a deadline comes within a day with time alone); the time left on each
 * is a countdown of its own.
 */
export function YourMove({
  view,
  minutes,
  open,
}: {
  view: ReadonlySignal<CountryView>;
  minutes: ReadonlySignal<number>;
  open: (target: Target) => void;
}) {
  const hour = useComputed(() => Math.floor(minutes.value / HOUR));
  const moves = useComputed(() => movesOf(view.value, hour.value * HOUR));
  const shown = moves.value;
  return (
    <section class="your-move" aria-labelledby="your-move-title">
      <h2 id="your-move-title">
        {t('ui.moves.title')}
        {shown.length > 0 ? (
          <>
            {' '}
            <span class="unread-count">{t('ui.moves.count', { count: shown.length })}</span>
          </>
        ) : null}
      </h2>
      {shown.length === 0 ? (
        <p class="hint">{t('ui.moves.none')}</p>
      ) : (
        <ol>
          {shown.map((move) => (
            <MoveItem key={move.key} move={move} minutes={minutes} open={open} />
          ))}
        </ol>
      )}
    </section>
  );
}

function MoveItem({
  move,
  minutes,
  open,
}: {
  move: Move;
  minutes: ReadonlySignal<number>;
  open: (target: Target) => void;
}) {
  // The list follows the game hour; within it, a deadline that has just passed goes at once (it is
  // no longer a move), and a decision still owed says it is late instead of "0m left".
  const passed = useComputed(() => move.at !== null && move.at <= minutes.value);
  if (passed.value && move.kind === 'deadline') return null;
  return (
    <li data-move={move.kind}>
      <button type="button" class="link" onClick={() => open(move.target)}>
        {move.text}
      </button>
      {move.at === null ? null : passed.value ? (
        t('ui.moves.late')
      ) : (
        <Countdown minutes={minutes} at={move.at} phrase={(left) => t('ui.moves.left', { left })} />
      )}
    </li>
  );
}
