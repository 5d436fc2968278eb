import { type Ctx, describeEvent, type Engine, type Event, type State, type View } from '@crossborder/engine';
import { diff, type LogLine, type PatchOp, type Seat, type ServerMessages } from '@crossborder/protocol';

/** One connected client: its seat, the last view it was sent, and its own update counter. */
export interface Connection {
  id: string;
  seat: Seat;
  seq: number;
  lastView: View | null;
  send<E extends keyof ServerMessages>(event: E, payload: ServerMessages[E]): void;
}

export function seatKey(seat: Seat): string {
  return seat.kind === 'country' ? `country:${seat.country}` : seat.kind;
}

/** The view a seat may see: a country its own; the observer the public board, or all when revealed. */
export function viewFor(engine: Engine, state: State, seat: Seat, observersSeeAll: boolean): View {
  if (seat.kind === 'country') return engine.view(state, seat.country);
  if (seat.kind === 'observer' && !observersSeeAll) return engine.view(state, 'observer');
  return engine.view(state, 'instructor');
}

/** Whether a seat may see an event in its log. The observer sees what every country sees. */
function sees(ctx: Ctx, seat: Seat, event: Event, observersSeeAll: boolean): boolean {
  if (seat.kind === 'instructor' || (seat.kind === 'observer' && observersSeeAll)) return true;
  if (seat.kind === 'country') return event.visibleTo.includes(seat.country);
  return ctx.countries.every((country) => event.visibleTo.includes(country));
}

export function logLines(
  ctx: Ctx,
  seat: Seat,
  events: readonly Event[],
  observersSeeAll: boolean,
): LogLine[] {
  const lines: LogLine[] = [];
  for (const event of events) {
    if (!sees(ctx, seat, event, observersSeeAll)) continue;
    const line = describeEvent(ctx, event);
    if (line) lines.push({ at: event.at, key: line.key, params: line.params });
  }
  return lines;
}

/**
 * Sends each connection what changed in its view since the last update, with the log lines of
 * the new events it may see. Views are computed once per seat, however many clients share it.
 */
export function broadcast(
  engine: Engine,
  state: State,
  connections: Iterable<Connection>,
  events: readonly Event[],
  observersSeeAll: boolean,
): void {
  const views = new Map<string, View>();
  for (const connection of connections) {
    const key = seatKey(connection.seat);
    let view = views.get(key);
    if (!view) {
      view = viewFor(engine, state, connection.seat, observersSeeAll);
      views.set(key, view);
    }
    const patch: PatchOp[] = diff(connection.lastView, view);
    const log = logLines(engine.ctx, connection.seat, events, observersSeeAll);
    if (patch.length === 0 && log.length === 0) continue;
    connection.lastView = view;
    connection.seq += 1;
    connection.send('update', { seq: connection.seq, patch, log });
  }
}
