import {
  type Changes,
  type Command,
  type CountryView,
  createEngine,
  type Engine,
  type Event,
  isMoot,
  type Rejection,
  type State,
} from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type {
  Ack,
  ClockState,
  Control,
  ErrorBody,
  JoinSeat,
  Progress,
  Seat,
  SeatsInfo,
  SessionInfo,
  SessionListEntry,
  Snapshot,
} from '@crossborder/protocol';
import { type Scenario, translateScenario, translationFor } from '@crossborder/scenario';
import { failure, serverError } from '../errors.js';
import type { Logger } from '../log.js';
import {
  ClosedSessionError,
  type SeatSettings,
  type SessionLog,
  type SessionRecord,
  StaleWriterError,
  type Store,
} from '../store/store.js';
import { actorOf, broadcast, type Connection, resendAll, sameSeat, streamOf, viewerOf } from './audience.js';
import { BotPlayers } from './bots.js';
import { Clock } from './clock.js';
import { ensureJury, jurorNames, juryRefusal, newJuror } from './jury.js';
import { presenceOf, seatsInfoOf } from './listing.js';
import { lookRefusal } from './look.js';
import { type ModelAnswers, modelAnswers } from './model-answer.js';
import { lastCommands, objectivesOf } from './progress.js';

export interface SessionDeps {
  store: Store;
  log: Logger;
  /** Wall time in ms: Date.now in production, a fake in tests. */
  wall: () => number;
  /** Where the bots' model answer is computed (off the event loop); the server's worker unless told. */
  models?: Pick<ModelAnswers, 'compute'>;
  /**
   * Whether this node holds the session's lease now (several nodes over PostgreSQL, registry.ts):
   * a session whose node cannot say so takes no command. Absent: one node holds every session.
   */
  owns?: (sessionId: string) => boolean;
  /** Called when the store refused a write because another node took the session: the node drops it. */
  lost?: (sessionId: string) => void;
}

/**
 * The teams' last commands reach the instructors at most this often: each command used to send the
 * whole progress message at once, one more message per command (6 % of a busy server's time), for
 * idle times the console shows in game minutes.
 */
export const PROGRESS_EVERY_MS = 1000;
/** Matches no presence: the next savePresence writes. */
const PRESENCE_UNSAVED = '';
/** Snapshots keep a restart fast: one every this many events. */
const SNAPSHOT_EVERY = 1000;
/** setTimeout cannot wait longer than this. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * A ruling as the wire carries it: the engine's key and parameters, and the English `message`
 * said from them here (a translated client says it from `code` and `params` with its catalogue).
 */
function rejectionError(rejection: Rejection): ErrorBody {
  return {
    code: rejection.code,
    message: translate(EN, EN, rejection.code, rejection.params),
    ruleId: rejection.ruleId,
    article: rejection.article,
    params: { ...rejection.params },
  };
}

/** How a session leaves the server: archived (kept, no longer played) or deleted. */
export type Retirement = 'archived' | 'deleted';

/** Controls that move the game (its clock or its players); an ended session refuses them. */
const PLAY_CONTROLS: ReadonlySet<Control['action']> = new Set(['start', 'speed', 'advance', 'bot', 'end']);

/**
 * One running session: the engine and its state, the clock, the seats, the connected clients.
 * Every change goes the same way: apply, write the events to the store, then acknowledge and
 * tell each client what changed in its view. JavaScript runs it one command at a time.
 */
export class Session {
  readonly engine: Engine;
  private readonly connections = new Set<Connection>();
  private timer: NodeJS.Timeout | undefined;
  /** Set once the session is archived or deleted: from then on nothing is decided or written. */
  private retired: Retirement | null = null;
  /** Game time of each country's last accepted command from its seat (the console's idle times). */
  private lastCommandAt: Record<string, number> = {};
  /** The bots' model answer, once computed (asked once, when an instructor first attaches). */
  private model: Progress['model'] = null;
  private modelAsked = false;
  /** Set while new last commands wait to be sent to the instructors (PROGRESS_EVERY_MS). */
  private progressDue: NodeJS.Timeout | undefined;
  /** The bots of empty seats: their pace (the session's thinking time) and what the rules rejected of theirs. */
  private readonly bots: BotPlayers;
  /**
   * The session's turns, one after another: a command, a control or a tick runs whole (decided,
   * written, acknowledged, shown) before the next starts, as when writes were synchronous, so the
   * state in memory is never ahead of the store. Sessions take their turns independently.
   */
  private turns: Promise<unknown> = Promise.resolve();
  /** Set once this node has given the session up (its lease lost or handed over): it takes nothing more. */
  private moved = false;
  /** Who is online as last written to the store (JSON): nobody, when the session was brought here. */
  private presenceSaved = JSON.stringify(presenceOf([]));
  /** The engines over the scenario in each of its translations a seat has read, by translation tag. */
  private readonly translated = new Map<string, Engine>();

  private constructor(
    private readonly deps: SessionDeps,
    readonly record: SessionRecord,
    readonly scenario: Scenario,
    private state: State,
    private seq: number,
    readonly clock: Clock,
    /** The answer given to each action, by actor and action id: a command resent is not applied twice. */
    private readonly results = new Map<string, unknown>(),
  ) {
    this.engine = createEngine(scenario);
    // A session created before bots had a pace has no thinking time: its bots answer at once, as they did.
    this.bots = new BotPlayers(record.settings.botThink ?? 0, record.seats);
  }

  static async create(
    deps: SessionDeps,
    record: Omit<SessionRecord, 'clock' | 'seats'>,
    scenario: Scenario,
  ): Promise<Session> {
    const clock = Clock.forSession(scenario.session, deps.wall());
    const seats: SeatSettings = {
      countries: Object.fromEntries(
        Object.keys(scenario.countries).map((id) => [id, { bot: false, locked: false, team: null }]),
      ),
      observersSeeAll: false,
    };
    const engine = createEngine(scenario);
    ensureJury(seats, isMoot(engine.ctx));
    const full: SessionRecord = { ...record, clock: clock.state(deps.wall()), seats };
    await deps.store.createSession(full);
    return new Session(deps, full, scenario, engine.initialState(), 0, clock);
  }

  /**
   * Rebuilds a session from the store: the last snapshot plus the events after it. A clock that
   * was running resumes paused, at the game time it had reached, so nobody loses time.
   */
  static async restore(
    deps: SessionDeps,
    record: SessionRecord,
    scenario: Scenario,
    given?: SessionLog,
    /** `false`: only read (a node that does not hold the session, for an export); nothing is saved. */
    write = true,
  ): Promise<Session> {
    const log = given ?? (await deps.store.log(record.id));
    const engine = createEngine(scenario);
    const saved = await deps.store.snapshot(record.id);
    // A snapshot is written after the events it covers; one from beyond the log is not trusted.
    const snapshot = saved && saved.seq <= log.events.length ? saved : undefined;
    const state = snapshot?.state ?? engine.initialState();
    const seq = log.events.length;
    for (const event of log.events.slice(snapshot?.seq ?? 0)) engine.evolve(state, event);
    const wall = deps.wall();
    const clock = new Clock({ ...record.clock, running: false, wall });
    clock.catchUpTo(state.now, wall);
    // A moot session created before juror seats gets its jury now.
    if (ensureJury(record.seats, isMoot(engine.ctx)) && write)
      await deps.store.saveSeats(record.id, record.seats);
    const session = new Session(deps, record, scenario, state, seq, clock, log.results);
    session.lastCommandAt = lastCommands(log.actions ?? [], engine.ctx.countries);
    if (write) await deps.store.saveClock(record.id, clock.state(wall));
    return session;
  }

  get id(): string {
    return this.record.id;
  }

  get info(): SessionInfo {
    return {
      id: this.record.id,
      code: this.record.code,
      scenarioId: this.scenario.id,
      title: this.scenario.title,
      status: this.record.status === 'open' && !this.state.ended ? 'open' : 'ended',
    };
  }

  get eventCount(): number {
    return this.seq;
  }

  gameNow(): number {
    return this.clock.now(this.deps.wall());
  }

  clockState(): ClockState {
    return this.clock.state(this.deps.wall());
  }

  /** The session's whole log, for export and the debrief. */
  async events(): Promise<Event[]> {
    return (await this.deps.store.log(this.id)).events;
  }

  stateForExport(): State {
    return this.state;
  }

  /** The session as the instructor's list shows it, from memory (listing.ts has the others). */
  listEntry(): SessionListEntry {
    return {
      ...this.info,
      createdAt: this.record.createdAt,
      clock: this.clockState(),
      seats: this.seatsInfo(),
      events: this.eventCount,
    };
  }

  seatsInfo(): SeatsInfo {
    return seatsInfoOf(this.record.seats, presenceOf(this.connections));
  }

  /** Why a juror may not join with this key (game/jury.ts); null for any other seat. */
  refusesJuror(seat: JoinSeat, key: string | undefined): ErrorBody | null {
    return juryRefusal(this.record.seats, seat, key);
  }

  /** The seat a join takes: a juror gets a new number (saved), any other seat is as asked. */
  seatFor(seat: JoinSeat, name: string): Seat {
    if (seat.kind !== 'juror') return seat;
    const juror = newJuror(this.record.seats, name);
    this.saveSeats();
    return juror;
  }

  /** Each juror's name by number (the debrief and the report name jurors by them). */
  jurorNames(): Record<string, string> {
    return jurorNames(this.record.seats);
  }

  /** Whether a new client may take this seat. */
  admits(seat: JoinSeat): ErrorBody | null {
    if (this.retired)
      return serverError(this.retired === 'archived' ? 'session-archived' : 'session-deleted');
    if (seat.kind !== 'country' && seat.kind !== 'look') return null;
    const found = this.record.seats.countries[seat.country];
    if (!found) return serverError('unknown-country', { country: seat.country });
    // The instructor may look through a locked country's seat: it takes nothing from its team.
    if (found.locked && seat.kind === 'country') return serverError('seat-locked');
    return null;
  }

  /** The team names of the countries other than `country` (to refuse a name that looks like one). */
  otherTeamNames(country: string): string[] {
    return Object.entries(this.record.seats.countries)
      .filter(([id, seat]) => id !== country && seat.team !== null)
      .map(([, seat]) => seat.team as string);
  }

  /** Whether this country's seat still needs a team name (the first team to join names it). */
  needsTeamName(country: string): boolean {
    return this.record.seats.countries[country]?.team === null;
  }

  /** Whether the session is archived or deleted (its clients are gone; it takes nothing more). */
  get isRetired(): boolean {
    return this.retired !== null;
  }

  /** A client joins or comes back: it gets a full snapshot of its view. */
  attach(connection: Connection, name: string | null): Snapshot {
    this.connections.add(connection);
    if (connection.seat.kind === 'country') {
      const seat = this.record.seats.countries[connection.seat.country];
      if (seat) {
        if (name && seat.team === null) seat.team = name;
        // A team now plays this country: its bot steps aside.
        seat.bot = false;
        this.saveSeats();
      }
    }
    this.announceSeats();
    this.savePresence();
    if (connection.seat.kind === 'instructor') {
      connection.send('progress', this.progress(connection.locale));
      this.askModel();
    }
    return this.snapshot(connection);
  }

  detach(connection: Connection): void {
    this.connections.delete(connection);
    this.announceSeats();
    this.savePresence();
  }

  /**
   * Records who is online in the store when it changed (a seat attached or detached), so that
   * any node lists the session as this one would (listing.ts); not written per command. A write
   * that failed or could not be made (the lease in doubt) is made again at the next change or
   * checkpoint: the list never keeps a team online that has left.
   */
  private savePresence(): void {
    if (this.retired) return;
    if (!this.held) {
      this.presenceSaved = PRESENCE_UNSAVED;
      return;
    }
    const online = presenceOf(this.connections);
    const text = JSON.stringify(online);
    if (text === this.presenceSaved) return;
    this.presenceSaved = text;
    this.deps.store.savePresence(this.id, online).catch((cause: unknown) => {
      if (this.presenceSaved === text) this.presenceSaved = PRESENCE_UNSAVED;
      this.deps.log.error({ err: cause, session: this.id }, 'could not save who is online');
    });
  }

  /**
   * The engine whose views a reader of `locale` sees (audience.ts `Readers`): the session's own,
   * or, where the scenario has a translation for that language, one over the translated scenario,
   * made the first time a seat reads it. Commands are decided by the session's own engine alone.
   */
  readonly readerOf = (locale: string): Engine => {
    const tag = translationFor(this.scenario, locale);
    if (tag === undefined) return this.engine;
    let engine = this.translated.get(tag);
    if (!engine) {
      engine = createEngine(translateScenario(this.scenario, tag));
      this.translated.set(tag, engine);
    }
    return engine;
  };

  /** A fresh, full view for a client that noticed a gap in its updates. */
  snapshot(connection: Connection): Snapshot {
    const viewer = viewerOf(connection.seat, this.record.seats.observersSeeAll);
    const view = streamOf(this.readerOf(connection.locale), connection, viewer).reset(this.state);
    return { seq: connection.seq, view, clock: this.clockState() };
  }

  /** A command from a seat: decided by the engine, written, acknowledged, shown. */
  command(seat: Seat, actionId: string, command: Command): Promise<Ack<{ events: number }>> {
    return this.turn(() => this.decide(seat, actionId, command));
  }

  private async decide(seat: Seat, actionId: string, command: Command): Promise<Ack<{ events: number }>> {
    // A look through a country's seat is refused first, whatever the session's state: it never acts.
    const readOnly = lookRefusal(seat, this.scenario);
    if (readOnly) return readOnly;
    if (this.retired) return failure(this.retired === 'archived' ? 'session-archived' : 'session-deleted');
    if (!this.held) return failure('session-moved');
    if (this.info.status !== 'open') return failure('session-ended');
    const actor = actorOf(seat);
    if (actor === null) return failure('observer');
    const key = `${actor}:${actionId}`;
    const earlier = this.results.get(key);
    if (earlier) return earlier as Ack<{ events: number }>;
    const changes: Changes = new Map();
    const now = this.gameNow();
    const result = this.engine.act(this.state, actor, command, now, changes);
    if (result.rejection) {
      if (result.events.length > 0 && !(await this.commit(result.events))) return this.unsaved();
      await this.afterChange(result.events, changes);
      return { ok: false, error: rejectionError(result.rejection) };
    }
    const ack = { ok: true as const, events: result.events.length };
    if (!(await this.commit(result.events, { actionId: key, result: ack }))) return this.unsaved();
    if (seat.kind === 'country') {
      this.lastCommandAt[actor] = now;
      this.announceProgressSoon();
    }
    await this.afterChange(result.events, changes);
    return ack;
  }

  /** Why a command was not written: the session moved to another node, or the store failed. */
  private unsaved(): { ok: false; error: ErrorBody } {
    return failure(this.moved ? 'session-moved' : 'storage');
  }

  /** Runs `work` once the session's earlier turns are done (a failed turn does not stop the next). */
  private turn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turns.then(work);
    this.turns = run.catch(() => undefined);
    return run;
  }

  /** Writes the store without waiting (the store keeps a session's writes in order); a failure is logged. */
  private later(write: Promise<unknown>): void {
    write.catch((cause: unknown) =>
      this.deps.log.error({ err: cause, session: this.id }, 'could not save the session'),
    );
  }

  /** The instructor's controls. */
  control(control: Control): Promise<Ack<{ clock: ClockState }>> {
    return this.turn(() => this.controlNow(control));
  }

  private async controlNow(control: Control): Promise<Ack<{ clock: ClockState }>> {
    if (this.retired) return failure(this.retired === 'archived' ? 'session-archived' : 'session-deleted');
    if (!this.held) return failure('session-moved');
    if (this.info.status !== 'open' && PLAY_CONTROLS.has(control.action))
      return failure('session-ended-control');
    const wall = this.deps.wall();
    switch (control.action) {
      case 'start':
        this.clock.start(wall);
        // Countries no team has joined are played by bots from the start.
        for (const seat of Object.values(this.record.seats.countries))
          if (seat.team === null) seat.bot = true;
        this.saveSeats();
        break;
      case 'pause':
        this.clock.pause(wall);
        this.saveThinking();
        break;
      case 'speed':
        this.clock.setSpeed(control.speed, wall);
        break;
      case 'advance':
        this.clock.advance(control.minutes ?? this.scenario.session.roundLength, wall);
        break;
      case 'bot':
      case 'lock': {
        const seat = this.record.seats.countries[control.country];
        if (!seat) return failure('unknown-country', { country: control.country });
        if (control.action === 'bot') seat.bot = control.on;
        else seat.locked = control.locked;
        this.saveSeats();
        break;
      }
      case 'reveal':
        this.record.seats.observersSeeAll = control.observers;
        this.saveSeats();
        for (const connection of this.connections)
          if (connection.seat.kind === 'observer')
            connection.send('notice', { kind: 'seat-changed', message: 'reveal' });
        break;
      case 'revoke': {
        const refused = await this.revoke(control.seat);
        if (refused) return refused;
        break;
      }
      case 'end': {
        const ended = await this.decide({ kind: 'instructor' }, `end-${wall}`, { type: 'endSession' });
        if (!ended.ok) return ended;
        break;
      }
    }
    await this.deps.store.saveClock(this.id, this.clockState());
    const clock = this.clockState();
    for (const connection of this.connections) connection.send('clock', clock);
    this.announceSeats();
    await this.tickNow();
    return { ok: true, clock };
  }

  /** Time passes: whatever fell due happens, bots act, clients are told. Called by the timer. */
  tick(): Promise<void> {
    return this.turn(() => this.tickNow());
  }

  private async tickNow(): Promise<void> {
    if (this.retired || !this.held || this.info.status !== 'open') {
      this.stopTimer();
      return;
    }
    const changes: Changes = new Map();
    const events = this.engine.catchUp(this.state, this.gameNow(), changes);
    if (events.length > 0 && !(await this.commit(events))) return;
    await this.afterChange(events, changes);
  }

  /** Saves the clock's reading, so that a restart resumes from here. */
  checkpoint(): void {
    this.savePresence();
    if (this.retired || !this.held) return;
    if (this.clock.state(this.deps.wall()).running)
      this.later(this.deps.store.saveClock(this.id, this.clockState()));
    this.saveThinking();
  }

  /** The server stops: the clock is saved and every client told; the session comes back at the next start. */
  async shutdown(): Promise<void> {
    this.stopTimer();
    // The turn under way (a command being written) finishes first.
    await this.turns;
    this.stopTimer();
    if (this.retired || !this.held) return;
    await this.deps.store.saveClock(this.id, this.clockState());
    this.saveThinking();
    for (const connection of this.connections)
      connection.send('notice', { kind: 'shutdown', message: serverError('shutdown').message });
  }

  /**
   * The instructor archives or deletes the session: its timer stops, every client is told why and
   * disconnected, and from now on every command and control is refused and nothing is written.
   */
  async retire(how: Retirement): Promise<void> {
    this.stopTimer();
    clearTimeout(this.progressDue);
    this.retired = how;
    await this.turns;
    await this.deps.store.saveClock(this.id, this.clockState());
    const { message } = serverError(how === 'archived' ? 'session-archived' : 'session-deleted');
    for (const connection of this.connections) connection.close({ kind: 'closed', message });
    this.connections.clear();
  }

  /** Whether this node may change the session: it has not given it up and (under leases) holds it now. */
  private get held(): boolean {
    return !this.moved && (this.deps.owns?.(this.id) ?? true);
  }

  /**
   * This node gives the session up (registry.ts: its lease was lost, or another node asked for it):
   * the turn under way finishes, nothing more is decided or written here, and every client is
   * told and disconnected, to reconnect through the proxy to the node that holds it now.
   */
  async drop(): Promise<void> {
    this.moved = true;
    this.stopTimer();
    await this.turns;
    this.stopTimer();
    const { message } = serverError('session-moved');
    for (const connection of this.connections) connection.close({ kind: 'shutdown', message });
    this.connections.clear();
  }

  /**
   * Removes a seat: its tokens end, its clients are told and disconnected. A country's seat is
   * freed for another team and locked, so that the team removed cannot walk straight back in;
   * the instructor unlocks it for the right team.
   */
  private async revoke(
    seat: Exclude<Seat, { kind: 'instructor' }>,
  ): Promise<{ ok: false; error: ErrorBody } | null> {
    if (seat.kind === 'country') {
      const settings = this.record.seats.countries[seat.country];
      if (!settings) return failure('unknown-country', { country: seat.country });
      settings.team = null;
      settings.locked = true;
      this.saveSeats();
    }
    await this.deps.store.revokeTokens(this.id, seat);
    const { message } = serverError('seat-revoked');
    for (const connection of [...this.connections]) {
      if (!sameSeat(connection.seat, seat)) continue;
      connection.close({ kind: 'revoked', message });
      this.connections.delete(connection);
    }
    return null;
  }

  /** Writes events; on failure rebuilds the state from the store, so memory never runs ahead of disk. */
  private async commit(
    events: readonly Event[],
    action?: { actionId: string; result: unknown },
  ): Promise<boolean> {
    if (events.length === 0 && !action) return true;
    try {
      await this.deps.store.append(this.id, this.seq + 1, events, action);
      this.seq += events.length;
      if (action) this.results.set(action.actionId, action.result);
      if (Math.floor((this.seq - events.length) / SNAPSHOT_EVERY) !== Math.floor(this.seq / SNAPSHOT_EVERY)) {
        // A snapshot is a shortcut: a lost one costs only a longer rebuild, so nothing waits for it.
        this.later(this.deps.store.saveSnapshot(this.id, this.seq, this.state));
        this.saveThinking();
      }
      return true;
    } catch (cause) {
      // Archived or deleted under a command in flight: nothing is written, and nothing to reload.
      if (cause instanceof ClosedSessionError) return false;
      // Another node holds the session now: this one writes nothing more and lets it go.
      if (cause instanceof StaleWriterError) {
        this.moved = true;
        this.deps.lost?.(this.id);
        return false;
      }
      this.deps.log.error(
        { err: cause, session: this.id },
        'could not write events; reloading the session from the store',
      );
      const restored = await Session.restore(this.deps, this.record, this.scenario);
      this.state = restored.state;
      this.seq = restored.seq;
      this.results.clear();
      for (const [key, result] of restored.results) this.results.set(key, result);
      resendAll(this.readerOf, this.state, this.connections, this.record.seats.observersSeeAll);
      return false;
    }
  }

  /** Bots for the countries that have one, then the clients, then the timer. */
  private async afterChange(events: readonly Event[], changes: Changes): Promise<void> {
    const all = [...events, ...(await this.playBots(changes))];
    if (this.state.ended && this.record.status === 'open') {
      this.record.status = 'ended';
      await this.deps.store.saveStatus(this.id, 'ended');
      this.clock.pause(this.deps.wall());
      await this.deps.store.saveClock(this.id, this.clockState());
      for (const connection of this.connections)
        connection.send('notice', { kind: 'ended', message: serverError('session-ended').message });
    }
    broadcast(this.readerOf, this.state, this.connections, all, changes, this.record.seats.observersSeeAll);
    this.schedule();
  }

  /** Saves the seats, with the bots' thinking times as they are now. */
  private saveSeats(): void {
    const thinking = this.bots.thinking();
    if (thinking) this.record.seats.thinking = thinking;
    this.later(this.deps.store.saveSeats(this.id, this.record.seats));
  }

  /**
   * Saves the bots' thinking times if a bot started thinking since they were last saved. Not at
   * each decision (the busiest path) but where the session saves anyway: pause, checkpoint,
   * snapshot, shutdown; so after a crash a bot may at worst act one thinking time early.
   */
  private saveThinking(): void {
    if (this.bots.changed) this.saveSeats();
  }

  /** The countries whose seat a bot plays. */
  private botSeats(): string[] {
    return Object.entries(this.record.seats.countries)
      .filter(([, seat]) => seat.bot)
      .map(([id]) => id);
  }

  /**
   * The bots that are not thinking act (game/bots.ts). What they caused is written as one row once
   * they are done: if that write fails, the session is rebuilt from the store without it (commit).
   */
  private async playBots(changes: Changes): Promise<Event[]> {
    const bots = this.botSeats();
    const played: Event[] = [];
    if (bots.length === 0) return played;
    const now = this.gameNow();
    this.bots.play(bots, now, {
      view: (country) => this.engine.view(this.state, country) as CountryView,
      ended: () => this.state.ended,
      act: (country, command) => {
        const result = this.engine.act(this.state, country, command, now, changes);
        played.push(...result.events);
        return result.rejection ? 'rejected' : 'accepted';
      },
    });
    if (played.length > 0 && !(await this.commit(played))) return [];
    return played;
  }

  /** The timer wakes the session when something falls due or a bot has finished thinking, whichever is first. */
  private schedule(): void {
    this.stopTimer();
    if (this.info.status !== 'open') return;
    const due = earliest(
      this.engine.nextDue(this.state),
      this.bots.nextWake(this.botSeats(), this.gameNow()),
    );
    if (due === undefined) return;
    const wall = this.deps.wall();
    const at = this.clock.wallAt(due, wall);
    if (!Number.isFinite(at)) return;
    this.timer = setTimeout(() => void this.tick(), Math.min(MAX_TIMER, Math.max(0, at - wall)));
    this.timer.unref?.();
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** What the console's progress view needs beyond the instructor's view (protocol progress.ts), in a reader's language. */
  progress(locale: string): Progress {
    return {
      objectives: objectivesOf(this.readerOf(locale).ctx.scenario),
      model: this.model,
      lastCommandAt: { ...this.lastCommandAt },
    };
  }

  /** Asks for the model answer (played on the worker once per scenario); the instructors get it when it comes. */
  private askModel(): void {
    if (this.modelAsked) return;
    this.modelAsked = true;
    (this.deps.models ?? modelAnswers).compute(this.scenario).then(
      (model) => {
        this.model = model;
        this.announceProgress();
      },
      (cause: unknown) => {
        // The console then shows progress without the model path, until an instructor attaches again.
        this.modelAsked = false;
        this.deps.log.error({ err: cause, session: this.id }, 'could not compute the model answer');
      },
    );
  }

  private announceProgressSoon(): void {
    if (this.progressDue) return;
    this.progressDue = setTimeout(() => this.announceProgress(), PROGRESS_EVERY_MS);
    this.progressDue.unref?.();
  }

  private announceProgress(): void {
    clearTimeout(this.progressDue);
    this.progressDue = undefined;
    if (this.retired) return;
    const said = new Map<Engine, Progress>();
    for (const connection of this.connections) {
      if (connection.seat.kind !== 'instructor') continue;
      const reader = this.readerOf(connection.locale);
      let progress = said.get(reader);
      if (!progress) {
        progress = this.progress(connection.locale);
        said.set(reader, progress);
      }
      connection.send('progress', progress);
    }
  }

  private announceSeats(): void {
    const seats = this.seatsInfo();
    for (const connection of this.connections)
      if (connection.seat.kind === 'instructor') connection.send('seats', seats);
  }
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}
