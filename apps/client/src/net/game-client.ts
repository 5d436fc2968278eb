import type { Command } from '@crossborder/engine';
import {
  type Ack,
  type Answers,
  type ClientEvent,
  type ClientPayload,
  type ClientToServerEvents,
  type ClockState,
  type Control,
  type ErrorBody,
  type JoinResult,
  type JoinSeat,
  PROTOCOL_VERSION,
  type Progress,
  type SeatsInfo,
  type ServerMessages,
  type ServerToClientEvents,
  type Snapshot,
} from '@crossborder/protocol';
import { io, type Socket } from 'socket.io-client';
import { type ClientSignals, type ClientState, type Connection, clientSignals } from '../state/client.js';
import type { TokenStore } from './tokens.js';
import { receive } from './updates.js';

export type Change = 'connection' | 'view' | 'clock' | 'seats' | 'progress' | 'log' | 'notice' | 'session';
type Listener = (state: ClientState, changes: ReadonlySet<Change>) => void;

const LOG_LIMIT = 500;
const COMMAND_TIMEOUT_MS = 10_000;

/** The one shape this file uses to send through a typed socket (see `ask`). */
interface UntypedEmitter {
  emit(event: string, ...args: unknown[]): void;
}

const failure = (code: string, message: string): { ok: false; error: ErrorBody } => ({
  ok: false,
  error: { code, message },
});

/**
 * One seat's connection to the server: join or resume, updates applied in order (a gap asks for
 * a snapshot), commands sent with an action id (a command resent after a reconnection is not
 * applied twice), and a banner-worthy connection state.
 */
export class GameClient {
  readonly state: ClientState = {
    connection: 'connecting',
    session: null,
    seat: null,
    view: null,
    seq: 0,
    clock: null,
    serverOffset: 0,
    seats: null,
    progress: null,
    log: [],
    notice: null,
  };
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly listeners = new Set<Listener>();
  private token: string | null = null;
  private code: string | null = null;
  private syncing = false;
  private bound: ClientSignals | null = null;

  constructor(
    private readonly tokens: TokenStore,
    url?: string,
    /**
     * The join code of the session this screen is for, carried in the socket's handshake
     * (`?code=`): behind a proxy spreading sessions over several servers, it sends every seat of a
     * session, and every reconnection, to the server that holds the session (README, "Past one machine").
     */
    code?: string,
    /**
     * The language the page reads (`?lang=` in the handshake): the server sends the scenario's own
     * texts (briefing, facts, injects...) in it where the scenario translates them.
     */
    lang?: string,
  ) {
    const query = { ...(code ? { code: code.toUpperCase() } : {}), ...(lang ? { lang } : {}) };
    this.socket = io(url ?? '', {
      transports: ['websocket'],
      reconnectionDelayMax: 3000,
      ...(code || lang ? { query } : {}),
    });
    this.socket.on('connect', () => void this.connected());
    this.socket.on('disconnect', () => this.setConnection(this.token ? 'reconnecting' : 'connecting'));
    this.socket.io.on('reconnect_failed', () => this.setConnection('offline'));
    this.socket.on('update', (update: ServerMessages['update']) => this.onUpdate(update));
    this.socket.on('clock', (clock: ClockState) => {
      this.setClock(clock);
      this.emit(new Set(['clock']));
    });
    this.socket.on('seats', (seats: SeatsInfo) => {
      this.state.seats = seats;
      this.emit(new Set(['seats']));
    });
    this.socket.on('progress', (progress: Progress) => {
      this.state.progress = progress;
      this.emit(new Set(['progress']));
    });
    this.socket.on('notice', (notice: ServerMessages['notice']) => {
      this.state.notice = notice;
      if (notice.kind === 'seat-changed') void this.sync();
      // The seat is gone for good: a reload must not try to take it back.
      if (notice.kind === 'revoked' || notice.kind === 'closed') this.forgetSeat();
      this.emit(new Set(['notice']));
    });
  }

  /**
   * The same state as signals, one per part (view, clock, seats, log, notice, connection...), so
   * that a component follows exactly the parts it shows (state/client.ts). Made on first use.
   */
  get signals(): ClientSignals {
    this.bound ??= clientSignals(this);
    return this.bound;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes a seat by join code; keeps its token so that a reload comes back to it. */
  async join(code: string, seat: JoinSeat, name: string, key?: string): Promise<Ack<JoinResult>> {
    await this.whenConnected();
    const message: ClientPayload<'join'> = {
      protocol: PROTOCOL_VERSION,
      code,
      seat,
      name,
      ...(key ? { key } : {}),
    };
    const answer = await this.ask('join', message);
    if (answer.ok) {
      this.tokens.set(code, seat, answer.token);
      this.adopt(code, answer);
    }
    return answer;
  }

  /** Takes back a seat this browser held before. */
  async resume(code: string, seat: JoinSeat): Promise<Ack<JoinResult> | null> {
    const token = this.tokens.get(code, seat);
    if (!token) return null;
    await this.whenConnected();
    const answer = await this.ask('resume', { protocol: PROTOCOL_VERSION, token });
    if (answer.ok) this.adopt(code, answer);
    else this.tokens.forget(code, seat);
    return answer;
  }

  /** Sends a command; the same action id is reused if it has to be sent again. */
  async command(command: Command): Promise<Ack<{ events: number }>> {
    const actionId = crypto.randomUUID();
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.whenOnline();
      const answer = await this.ask('command', { actionId, command });
      if (answer.ok || answer.error.code !== 'timeout') return answer;
    }
    return failure('timeout', 'The server did not answer. Check the connection and try again.');
  }

  control(control: Control): Promise<Ack<{ clock: ClockState }>> {
    return this.ask('control', { control });
  }

  close(): void {
    this.socket.close();
  }

  private async connected(): Promise<void> {
    if (this.token && this.code) {
      // Back after a dropped connection: the same seat, and a fresh snapshot of its view.
      const answer = await this.ask('resume', { protocol: PROTOCOL_VERSION, token: this.token });
      if (answer.ok) this.adopt(this.code, answer);
      else {
        this.state.notice = { kind: 'revoked', message: answer.error.message };
        this.emit(new Set(['notice']));
      }
      return;
    }
    this.setConnection('online');
  }

  private forgetSeat(): void {
    if (this.code && this.state.seat) this.tokens.forget(this.code, this.state.seat);
    this.token = null;
  }

  private adopt(code: string, joined: JoinResult): void {
    this.code = code;
    this.token = joined.token;
    this.state.session = joined.session;
    this.state.seat = joined.seat;
    if (joined.seats) this.state.seats = joined.seats;
    this.takeSnapshot(joined.snapshot);
    this.state.connection = 'online';
    this.emit(new Set(['connection', 'session', 'view', 'clock', 'seats']));
  }

  private takeSnapshot(snapshot: Snapshot): void {
    this.state.view = snapshot.view;
    this.state.seq = snapshot.seq;
    this.setClock(snapshot.clock);
  }

  private setClock(clock: ClockState): void {
    this.state.clock = clock;
    this.state.serverOffset = clock.wall - Date.now();
  }

  private onUpdate(update: ServerMessages['update']): void {
    const { view } = this.state;
    if (!view || this.syncing) return;
    const received = receive(this.state.seq, view, update);
    if (received.kind === 'stale') return;
    if (received.kind === 'gap' || received.kind === 'unreadable') {
      void this.sync();
      return;
    }
    this.state.view = received.view;
    this.state.seq = received.seq;
    const changes = new Set<Change>(['view']);
    if (update.log.length > 0) {
      this.state.log = [...this.state.log, ...update.log].slice(-LOG_LIMIT);
      changes.add('log');
    }
    this.emit(changes);
  }

  /** Asks for a whole fresh view (after a missed update, or when the seat's view changed). */
  private async sync(): Promise<void> {
    this.syncing = true;
    const answer = await this.ask('sync', {});
    this.syncing = false;
    if (answer.ok) {
      this.takeSnapshot(answer);
      this.emit(new Set(['view', 'clock']));
    }
  }

  /** Sends one client message and waits for its answer, typed by the protocol's map. */
  private ask<E extends ClientEvent>(event: E, payload: ClientPayload<E>): Promise<Ack<Answers[E]>> {
    return new Promise((resolve) => {
      const answered = (error: Error | null, answer: Ack<Answers[E]>) =>
        resolve(error ? failure('timeout', 'The server did not answer in time.') : answer);
      // Socket.IO's typings cannot follow a generic event name to its arguments (see the server's
      // transport/handlers.ts); the arguments are exactly those ClientToServerEvents names.
      (this.socket.timeout(COMMAND_TIMEOUT_MS) as unknown as UntypedEmitter).emit(event, payload, answered);
    });
  }

  private whenConnected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }

  /** Connected and seated again (after a reconnection, once the seat has been resumed). */
  private whenOnline(): Promise<void> {
    if (this.socket.connected && this.state.connection === 'online') return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.subscribe((state) => {
        if (state.connection !== 'online' || !this.socket.connected) return;
        stop();
        resolve();
      });
    });
  }

  private setConnection(connection: Connection): void {
    if (this.state.connection === connection) return;
    this.state.connection = connection;
    this.emit(new Set(['connection']));
  }

  private emit(changes: ReadonlySet<Change>): void {
    for (const listener of this.listeners) listener(this.state, changes);
  }
}
