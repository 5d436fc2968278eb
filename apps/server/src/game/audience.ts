import {
  type Actor,
  type Changes,
  type Ctx,
  describeEvent,
  type Engine,
  type Event,
  INSTRUCTOR,
  OBSERVER,
  type State,
  touches,
  type View,
  type Viewer,
  type ViewStream,
} from '@crossborder/engine';
import { DEFAULT_LOCALE } from '@crossborder/i18n';
import { type LogLine, type Seat, type ServerMessages, seatKey } from '@crossborder/protocol';

/** One connected client: its seat, what it was last sent of its view, and its own update counter. */
export interface Connection {
  id: string;
  seat: Seat;
  /**
   * The language the seat reads (the page's, from the socket's handshake): the scenario's own
   * texts in its view and log are in it where the scenario translates them (see `Readers`).
   */
  locale: string;
  seq: number;
  /** The engine's stream of the view this client holds; none until it has been sent one. */
  stream: ViewStream | null;
  send<E extends keyof ServerMessages>(event: E, payload: ServerMessages[E]): void;
  /** Tells the client why, then disconnects it (its seat was revoked or its session closed). */
  close(notice: ServerMessages['notice']): void;
}

export function newConnection(
  id: string,
  seat: Seat,
  send: Connection['send'],
  close: Connection['close'],
  locale = DEFAULT_LOCALE,
): Connection {
  return { id, seat, locale, seq: 0, stream: null, send, close };
}

/**
 * The engine whose views a reader of a language sees: the session's own, or one over the
 * scenario translated into that language (the same state, the same rules, other words). Looked
 * up per connection, made once per language a session's seats read (session.ts).
 */
export type Readers = (locale: string) => Engine;

/** Whether two seats are the same seat (the same country, or the same role). */
export function sameSeat(a: Seat, b: Seat): boolean {
  return seatKey(a) === seatKey(b);
}

/**
 * Whose view a seat sees: a country its own (and the instructor looking through its seat, the
 * same); the observer the public board, or all when revealed.
 */
export function viewerOf(seat: Seat, observersSeeAll: boolean): Viewer {
  if (seat.kind === 'country' || seat.kind === 'look') return seat.country;
  if (seat.kind === 'observer' && !observersSeeAll) return OBSERVER;
  // A juror sees the jury's view (the public board, the reasoning, the rubric, their own scores).
  if (seat.kind === 'juror') return seat.juror;
  return INSTRUCTOR;
}

/**
 * Who acts for a seat: a country for its team, the instructor for the instructor; observers and
 * the instructor's look through a country's seat do not act.
 */
export function actorOf(seat: Seat): Actor | null {
  if (seat.kind === 'country') return seat.country;
  // A juror acts as themself, which the engine lets only score.
  if (seat.kind === 'juror') return seat.juror;
  return seat.kind === 'instructor' ? INSTRUCTOR : null;
}

/** Whether a seat may see an event in its log. The observer sees what every country sees. */
function sees(ctx: Ctx, seat: Seat, event: Event, observersSeeAll: boolean): boolean {
  if (seat.kind === 'instructor' || (seat.kind === 'observer' && observersSeeAll)) return true;
  if (seat.kind === 'country' || seat.kind === 'look') return event.visibleTo.includes(seat.country);
  return ctx.countries.every((country) => event.visibleTo.includes(country));
}

/** The log lines of the events a seat may see; `lines` are the events' lines, described once for all seats. */
function logLines(
  ctx: Ctx,
  seat: Seat,
  events: readonly Event[],
  lines: readonly (LogLine | null)[],
  observersSeeAll: boolean,
): LogLine[] {
  const seen: LogLine[] = [];
  events.forEach((event, index) => {
    const line = lines[index];
    if (line && sees(ctx, seat, event, observersSeeAll)) seen.push(line);
  });
  return seen;
}

/** `state` is the state after the events: it holds the injects written live that they fire. */
function describe(ctx: Ctx, event: Event, state: State): LogLine | null {
  const line = describeEvent(ctx, event, state);
  return line ? { at: event.at, key: line.key, params: line.params } : null;
}

/**
 * The connection's stream of its seat's view. A client whose viewer changed (the observer when the
 * board is revealed) gets a new stream, whose first update is the whole new view.
 */
export function streamOf(engine: Engine, connection: Connection, viewer: Viewer): ViewStream {
  if (connection.stream?.viewer !== viewer) connection.stream = engine.viewStream(viewer);
  return connection.stream;
}

/** What one reader engine (one language) computes for a broadcast, once for all its clients. */
interface Said {
  bases: Map<Viewer, View>;
  lines: (LogLine | null)[];
}

/**
 * Sends each connection what the engine's stream says changed in its view, with the log lines
 * of the new events it may see. A country that sees none of the events is skipped: its view did
 * not change (`touches`). A viewer's base is computed once per language its clients read, however
 * many clients share it; the events' lines once per language.
 */
export function broadcast(
  readers: Readers,
  state: State,
  connections: Iterable<Connection>,
  events: readonly Event[],
  changes: Changes,
  observersSeeAll: boolean,
): void {
  const said = new Map<Engine, Said>();
  for (const connection of connections) {
    const viewer = viewerOf(connection.seat, observersSeeAll);
    if (!touches(viewer, events)) continue;
    const engine = readers(connection.locale);
    let ours = said.get(engine);
    if (!ours) {
      ours = { bases: new Map(), lines: events.map((event) => describe(engine.ctx, event, state)) };
      said.set(engine, ours);
    }
    let base = ours.bases.get(viewer);
    if (!base) {
      base = engine.viewBase(state, viewer);
      ours.bases.set(viewer, base);
    }
    const patch = streamOf(engine, connection, viewer).update(state, changes, base);
    const log = logLines(engine.ctx, connection.seat, events, ours.lines, observersSeeAll);
    if (patch.length === 0 && log.length === 0) continue;
    connection.seq += 1;
    connection.send('update', { seq: connection.seq, patch, log });
  }
}

/**
 * Sends every connection its whole view again (after the state was reloaded from the store): a
 * new stream each, whose first update is the whole view.
 */
export function resendAll(
  readers: Readers,
  state: State,
  connections: Iterable<Connection>,
  observersSeeAll: boolean,
) {
  for (const connection of connections) {
    const engine = readers(connection.locale);
    connection.stream = engine.viewStream(viewerOf(connection.seat, observersSeeAll));
    connection.seq += 1;
    connection.send('update', {
      seq: connection.seq,
      patch: connection.stream.update(state, new Map()),
      log: [],
    });
  }
}
