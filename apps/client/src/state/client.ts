import type { CountryView, View } from '@crossborder/engine';
import type {
  ClockState,
  LogLine,
  Progress,
  Seat,
  SeatsInfo,
  ServerMessages,
  SessionInfo,
} from '@crossborder/protocol';
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { gameMinutes } from './clock.js';

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'offline';

/** Everything a screen shows comes from here; screens subscribe and re-render what changed. */
export interface ClientState {
  connection: Connection;
  session: SessionInfo | null;
  seat: Seat | null;
  view: View | null;
  seq: number;
  clock: ClockState | null;
  /** Server wall clock minus ours (ms), from the last clock reading. */
  serverOffset: number;
  seats: SeatsInfo | null;
  /** For the instructor: objectives, the model answer and each team's last command (protocol progress.ts). */
  progress: Progress | null;
  log: LogLine[];
  /** The last notice from the server (session ended, server shutting down). */
  notice: ServerMessages['notice'] | null;
}

/**
 * The client's state as signals, one per part. A component reads only the parts it shows and is
 * redrawn only when one of those changes: the connection banner follows `connection` and
 * `notice`, never the view; a panel follows its part of `view` (see `useComputed` in
 * team/directory.tsx). Parts change by identity: an update replaces the view, and the patch
 * keeps every part of it that did not change (applyPatch copies only the path it sets), so
 * `computed(() => view.value?.objectives)` wakes only when the objectives changed.
 */
export interface ClientSignals {
  readonly connection: ReadonlySignal<Connection>;
  readonly session: ReadonlySignal<SessionInfo | null>;
  readonly seat: ReadonlySignal<Seat | null>;
  readonly view: ReadonlySignal<View | null>;
  readonly clock: ReadonlySignal<ClockState | null>;
  /** Server wall clock minus ours (ms), from the last clock reading. */
  readonly serverOffset: ReadonlySignal<number>;
  readonly seats: ReadonlySignal<SeatsInfo | null>;
  readonly progress: ReadonlySignal<Progress | null>;
  readonly log: ReadonlySignal<readonly LogLine[]>;
  readonly notice: ReadonlySignal<ServerMessages['notice'] | null>;
  /** The game time in whole minutes: once a game minute while running, still while paused (clock.ts). */
  readonly minutes: ReadonlySignal<number>;
}

/** What the signals follow: a GameClient, or a stand-in in tests (src/test/client.ts). */
export interface StateSource {
  readonly state: ClientState;
  subscribe(listener: (state: ClientState) => void): () => void;
}

/**
 * Follows a client: after each of its changes, every part is set at once (in one batch, so a
 * component that reads two parts is redrawn once), and a part that is the same object as
 * before wakes nobody.
 */
export function clientSignals(source: StateSource): ClientSignals {
  const parts = {
    connection: signal(source.state.connection),
    session: signal(source.state.session),
    seat: signal(source.state.seat),
    view: signal(source.state.view),
    clock: signal(source.state.clock),
    serverOffset: signal(source.state.serverOffset),
    seats: signal(source.state.seats),
    progress: signal(source.state.progress),
    log: signal<readonly LogLine[]>(source.state.log),
    notice: signal(source.state.notice),
  };
  source.subscribe((state) =>
    batch(() => {
      parts.connection.value = state.connection;
      parts.session.value = state.session;
      parts.seat.value = state.seat;
      parts.view.value = state.view;
      parts.clock.value = state.clock;
      parts.serverOffset.value = state.serverOffset;
      parts.seats.value = state.seats;
      parts.progress.value = state.progress;
      parts.log.value = state.log;
      parts.notice.value = state.notice;
    }),
  );
  return { ...parts, minutes: gameMinutes(parts) };
}

/**
 * A country's view for its team's panels, which need one: the latest country view, kept while
 * a resync briefly has none. `first` is the view the screen had when it mounted the panel.
 */
export function countryView(
  view: ReadonlySignal<View | null>,
  first: CountryView,
): ReadonlySignal<CountryView> {
  let last = first;
  return computed(() => {
    const current = view.value;
    if (current?.role === 'country') last = current;
    return last;
  });
}
