import {
  type BoardView,
  type CountryView,
  createEngine,
  type Event as GameEvent,
  INSTRUCTOR,
  type View,
  type Viewer,
} from '@crossborder/engine';
import type { Scenario } from '@crossborder/scenario';
import { computed, type ReadonlySignal, type Signal, useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { boardView } from '../board/board-view.js';
import { type BoardModel, boardModel } from '../board/model.js';
import { kindName, t, tDynamic } from '../i18n.js';
import { colon, paren } from '../punctuation.js';
import { Field } from '../ui/parts.js';
import { when } from './common.js';
import { Replay } from './replay.js';

/**
 * The replay: a seat, a game time, and what that seat saw then, rebuilt from the log by the
 * engine (a country's replayed view is exactly what it saw: the same function made it). The
 * seat and the time are a select and a slider, labelled and worked by keyboard; Play moves the
 * slider through a component of its own, whose timer goes with it.
 */
type StartBoard = (host: HTMLElement, model: () => BoardModel | null) => () => void;

/** Playback speeds, in game hours per second of replay. */
const SPEEDS = [1, 6, 24, 96];
/** How often the player moves the time on (ms): ten steps a second. */
const STEP_MS = 100;

export function ReplaySection({
  scenario,
  events,
  board,
  time,
}: {
  scenario: Scenario;
  events: readonly GameEvent[];
  board: StartBoard;
  /** The replay's game time, when another part shares it (the fork control starts from it). */
  time?: Signal<number>;
}) {
  const replay = useMemo(() => new Replay(createEngine(scenario), events), [scenario, events]);
  const end = Math.max(1, replay.end);
  const seats = useMemo(
    (): { value: Viewer; label: string }[] => [
      ...Object.entries(scenario.countries).map(([id, country]) => ({
        value: id,
        label: country.shortName ?? country.name,
      })),
      { value: INSTRUCTOR, label: t('ui.debrief.everything') },
    ],
    [scenario],
  );
  const seat = useSignal<Viewer>(seats[0]?.value ?? INSTRUCTOR);
  const own = useSignal(end);
  const at = time ?? own;
  // Game minutes per second of replay.
  const speed = useSignal(24 * 60);
  const playing = useSignal(false);
  // A new log (the debrief refreshed) keeps the time where it was, within the new end.
  useEffect(() => {
    if (at.peek() > end) at.value = end;
  }, [at, end]);
  const seen = useMemo(() => computed(() => replay.viewAt(at.value, seat.value)), [replay, at, seat]);
  const clock = useMemo(() => computed(() => when(at.value)), [at]);

  return (
    <section class="card replay" aria-labelledby="replay-title">
      <h2 id="replay-title">{t('ui.debrief.replay')}</h2>
      <p class="hint">{t('ui.debrief.replay-hint')}</p>
      <div class="inline">
        <Field label={t('ui.debrief.seat')} id="replay-seat">
          {(control) => (
            <select
              {...control}
              name="seat"
              value={seat.value}
              onChange={(event) => {
                seat.value = event.currentTarget.value;
              }}
            >
              {seats.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ui.debrief.time')} id="replay-at">
          {(control) => (
            <input
              {...control}
              type="range"
              name="at"
              min={0}
              max={end}
              step={1}
              value={at}
              aria-valuetext={clock}
              onInput={(event) => {
                at.value = Number(event.currentTarget.value);
              }}
            />
          )}
        </Field>
        <Field label={t('ui.debrief.speed-label')} id="replay-speed">
          {(control) => (
            <select
              {...control}
              name="speed"
              value={String(speed.value)}
              onChange={(event) => {
                speed.value = Number(event.currentTarget.value);
              }}
            >
              {SPEEDS.map((hours) => (
                <option key={hours} value={hours * 60}>
                  {t('ui.debrief.speed', { hours })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <output for="replay-at" id="replay-clock">
          {clock}
        </output>
        <PlayButton playing={playing} at={at} end={end} />
        {playing.value ? <Player at={at} speed={speed} end={end} playing={playing} /> : null}
      </div>
      <div class="replay-body">
        <ReplayBoard seen={seen} at={at} board={board} />
        <Seen seen={seen} seat={seat} at={at} />
      </div>
    </section>
  );
}

function PlayButton({ playing, at, end }: { playing: Signal<boolean>; at: Signal<number>; end: number }) {
  return (
    <button
      type="button"
      data-action="play"
      onClick={() => {
        if (playing.peek()) {
          playing.value = false;
          return;
        }
        if (at.peek() >= end) at.value = 0;
        playing.value = true;
      }}
    >
      <span aria-hidden="true">{playing.value ? '‖ ' : '▶ '}</span>
      {playing.value ? t('ui.debrief.pause') : t('ui.debrief.play')}
    </button>
  );
}

/**
 * Playback: while it is mounted, it moves the time on ten times a second, at the chosen speed,
 * and stops at the end. Unmounted (paused, or the screen gone), its timer goes with it.
 */
function Player({
  at,
  speed,
  end,
  playing,
}: {
  at: Signal<number>;
  speed: ReadonlySignal<number>;
  end: number;
  playing: Signal<boolean>;
}) {
  useEffect(() => {
    const timer = setInterval(() => {
      const next = Math.min(end, at.peek() + speed.peek() / (1000 / STEP_MS));
      at.value = next;
      if (next >= end) playing.value = false;
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [at, speed, end, playing]);
  return null;
}

/** The replayed board: Phaser draws, every frame, the seat's view at the chosen time. */
function ReplayBoard({
  seen,
  at,
  board,
}: {
  seen: ReadonlySignal<View>;
  at: ReadonlySignal<number>;
  board: StartBoard;
}) {
  const host = useRef<HTMLDivElement>(null);
  // The board is started once; it asks for its model every frame, and gets the same object
  // while neither the seat nor the time has moved, so that it has nothing to draw again.
  const latest = useRef(seen);
  latest.current = seen;
  useEffect(() => {
    if (!host.current) return;
    let last: { view: BoardView; at: number; model: BoardModel } | null = null;
    return board(host.current, () => {
      const view = boardView(latest.current.peek());
      const now = at.peek();
      if (!view) return null;
      if (last?.view !== view || last.at !== now) last = { view, at: now, model: boardModel(view, now) };
      return last.model;
    });
  }, [board, at]);
  return <div class="board" id="replay-board" role="img" aria-label={t('ui.board.label')} ref={host} />;
}

function Seen({
  seen,
  seat,
  at,
}: {
  seen: ReadonlySignal<View>;
  seat: ReadonlySignal<Viewer>;
  at: ReadonlySignal<number>;
}) {
  const view = seen.value;
  return (
    <div class="replay-view" data-replay="" data-replay-seat={seat} data-replay-at={at}>
      {view.role === 'country' ? <CountrySummary view={view} /> : <p>{t('ui.debrief.everything-hint')}</p>}
    </div>
  );
}

function evidenceState(item: CountryView['evidence'][string]): string {
  if (item.copy) return t('ui.evidence.obtained');
  if (item.status === 'lost') return t('ui.evidence.lost');
  if (item.preservation) return t('ui.evidence.held');
  return t('ui.evidence.available');
}

/** What a country knew at that time: its facts, its evidence, its requests, the suspects. */
function CountrySummary({ view }: { view: CountryView }) {
  const name = (id: string) => view.briefing.directory[id]?.shortName ?? id;
  return (
    <div>
      <h3>{t('ui.debrief.knew', { country: name(view.viewer) })}</h3>
      <ul class="facts">
        {Object.entries(view.facts).map(([id, fact]) => (
          <li key={id}>{fact.text}</li>
        ))}
      </ul>
      <h4>{t('ui.casefile.evidence')}</h4>
      <ul class="evidence">
        {Object.entries(view.evidence).map(([id, item]) => (
          <li key={id}>{colon(item.title, evidenceState(item))}</li>
        ))}
      </ul>
      <h4>{t('ui.requests.title')}</h4>
      <ul class="requests">
        {Object.values(view.requests).map((request) => (
          <li key={request.id}>
            {t('ui.replay.request-line', {
              kind: kindName(request.kind),
              from: name(request.from),
              to: name(request.to),
              status: tDynamic(`ui.status.${request.status}`, {}, request.status),
            })}
          </li>
        ))}
      </ul>
      <h4>{t('ui.casefile.suspects')}</h4>
      <ul class="suspects">
        {Object.entries(view.suspects).map(([id, suspect]) => (
          <li key={id}>{suspect.name ? paren(suspect.alias, suspect.name) : suspect.alias}</li>
        ))}
      </ul>
    </div>
  );
}
