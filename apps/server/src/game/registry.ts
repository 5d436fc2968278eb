import { randomUUID } from 'node:crypto';
import type { Event } from '@crossborder/engine';
import type { ErrorBody } from '@crossborder/protocol';
import { loadScenarioText, type Scenario } from '@crossborder/scenario';
import { serverError } from '../errors.js';
import type { Logger } from '../log.js';
import { ForkSourceError, type SessionSettings, type Store } from '../store/store.js';
import { joinCode } from './codes.js';
import { forkRecord, forkRefusal, prefixAt } from './fork.js';
import { type Retirement, Session, type SessionDeps } from './session.js';

/** Every session of the server, by id and by join code; fully isolated from each other. */
export class Registry {
  private readonly byId = new Map<string, Session>();
  private readonly byCode = new Map<string, Session>();
  private checkpoints: NodeJS.Timeout | undefined;

  constructor(private readonly deps: SessionDeps & { store: Store; log: Logger }) {}

  /** Brings back every session in the store, as it was at its last acknowledged command. */
  restoreAll(): number {
    let restored = 0;
    const logs = this.deps.store.logs();
    for (const record of this.deps.store.sessions()) {
      if (record.status === 'archived') continue;
      const { scenario, issues } = loadScenarioText(record.scenarioSource, `${record.scenarioId}.yaml`);
      if (!scenario) {
        this.deps.log.error(
          { session: record.id, issues: issues.length },
          'a stored scenario no longer loads; session skipped',
        );
        continue;
      }
      const log = logs.get(record.id) ?? { events: [], results: new Map() };
      const session = Session.restore(this.deps, record, withSettings(scenario, record.settings), log);
      this.add(session);
      restored++;
    }
    return restored;
  }

  create(scenario: Scenario, source: string, settings: SessionSettings = {}): Session {
    const session = Session.create(
      this.deps,
      {
        id: randomUUID(),
        code: joinCode((code) => this.byCode.has(code)),
        createdAt: this.deps.wall(),
        scenarioId: scenario.id,
        scenarioSource: source,
        settings,
        status: 'open',
      },
      withSettings(scenario, settings),
    );
    this.add(session);
    return session;
  }

  /**
   * Starts a new session from session `id` as it stood at game time `at` (fork.ts): its own join
   * code and free seats, its clock paused at `at`, its log a copy of the original's events up to
   * then, written with its record in one transaction. Refused, with nothing created, for a
   * session this server does not hold (unknown, deleted) and for a time outside its play.
   */
  fork(
    id: string,
    at: number,
  ): { ok: true; session: Session } | { ok: false; status: 404 | 422; error: ErrorBody } {
    const source = this.byId.get(id);
    const unknown = { ok: false, status: 404, error: serverError('http.fork-unknown-session') } as const;
    if (!source || source.isRetired) return unknown;
    const refused = forkRefusal(source, at);
    if (refused) return { ok: false, status: 422, error: refused };
    const events = prefixAt(source.events(), at);
    const record = forkRecord(source, {
      id: randomUUID(),
      code: joinCode((code) => this.byCode.has(code)),
      createdAt: this.deps.wall(),
      at,
      copied: events.length,
    });
    try {
      this.deps.store.createFork(record, source.id, events);
    } catch (cause) {
      if (cause instanceof ForkSourceError) return unknown;
      throw cause;
    }
    // The fork's state is the copied events folded, as a restart folds any session's log.
    const session = Session.restore(this.deps, record, source.scenario, { events, results: new Map() });
    this.add(session);
    return { ok: true, session };
  }

  /**
   * The log of a fork's original, for comparing the branches: from the store, so that an
   * archived original still answers; undefined once it is deleted.
   */
  originalEvents(id: string): Event[] | undefined {
    if (!this.deps.store.session(id)) return undefined;
    return this.deps.store.log(id).events;
  }

  private add(session: Session): void {
    this.byId.set(session.id, session);
    this.byCode.set(session.record.code, session);
  }

  get(id: string): Session | undefined {
    return this.byId.get(id);
  }

  byJoinCode(code: string): Session | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  all(): Session[] {
    return [...this.byId.values()];
  }

  /** Archives or deletes a session: its clients are disconnected and it takes nothing more. */
  remove(id: string, how: Retirement): boolean {
    const session = this.byId.get(id);
    if (!session) return false;
    session.retire(how);
    this.byId.delete(id);
    this.byCode.delete(session.record.code);
    if (how === 'archived') this.deps.store.saveStatus(id, 'archived');
    else this.deps.store.deleteSession(id);
    return true;
  }

  /** Saves running clocks every few seconds, so that a crash loses at most that much game time. */
  startCheckpoints(everyMs = 5_000): void {
    this.checkpoints = setInterval(() => {
      for (const session of this.byId.values()) session.checkpoint();
    }, everyMs);
    this.checkpoints.unref();
  }

  /** The server stops: every session saves its clock and tells its clients. */
  shutdownAll(): void {
    if (this.checkpoints) clearInterval(this.checkpoints);
    for (const session of this.byId.values()) session.shutdown();
  }
}

/** The scenario as the instructor set the session up (a moot court plays a realtime case in rounds). */
function withSettings(scenario: Scenario, settings: SessionSettings): Scenario {
  if (!settings.clock || settings.clock === scenario.session.clock) return scenario;
  return { ...scenario, session: { ...scenario.session, clock: settings.clock } };
}
