import { randomUUID } from 'node:crypto';
import type { Event } from '@crossborder/engine';
import type { ErrorBody, SessionListEntry } from '@crossborder/protocol';
import { loadScenarioText, type Scenario } from '@crossborder/scenario';
import { serverError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Leases } from '../store/leases.js';
import {
  DuplicateCodeError,
  ForkSourceError,
  type SessionRecord,
  type SessionSettings,
  type Store,
} from '../store/store.js';
import { joinCode } from './codes.js';
import { forkRecord, forkRefusal, prefixAt } from './fork.js';
import { storedEntry } from './listing.js';
import { type Retirement, Session, type SessionDeps } from './session.js';

/** How many join codes are drawn before creating a session fails (a clash, between nodes sharing a store, is rare: there are 887 million). */
const CODE_ATTEMPTS = 5;

/** How often a node asks again for a lease another node holds, while a seat waits (ms). */
const TAKE_EVERY_MS = 250;
/** A node counts its leases as lasting this much less than they do, for the time a renewal takes to answer (ms). */
const LEASE_MARGIN_MS = 500;

/** What opening a session by its code or id finds: the session, held here now; none; or one another node will not let go of yet. */
export type Opened = Session | 'moved' | undefined;

/**
 * Every session of the server, by id and by join code; fully isolated from each other.
 *
 * Alone (SQLite, or PostgreSQL without leases) the server holds every session of its store,
 * brought back at start. Under leases (several nodes sharing PostgreSQL, store/leases.ts) it
 * holds only the sessions whose seats the proxy sends it: a session is taken over (its lease
 * taken, its state rebuilt from snapshot and log) when a seat joins or resumes it, and given up
 * when its lease is lost or another node asks for it.
 */
export class Registry {
  private readonly byId = new Map<string, Session>();
  private readonly byCode = new Map<string, Session>();
  private checkpoints: NodeJS.Timeout | undefined;
  /** What the sessions are given: under leases, whether this node holds one now, and what to do when it lost one. */
  private readonly deps: SessionDeps & { store: Store; log: Logger; leases?: Leases };
  /** Sessions being taken over, by id: seats arriving together wait for the same takeover. */
  private readonly loading = new Map<string, Promise<Opened>>();
  /** The titles found for sessions stored without one (null: its scenario no longer loads), by id. */
  private readonly titles = new Map<string, string | null>();
  /** When (performance.now()) each session was taken over, so that a renewal begun before does not drop it. */
  private readonly takenAt = new Map<string, number>();
  /** Until when (performance.now()) this node's leases are known to last: always, without leases. */
  private leasesUntil = Number.POSITIVE_INFINITY;
  private renewal: NodeJS.Timeout | undefined;
  private renewing = false;

  constructor(deps: SessionDeps & { store: Store; log: Logger; leases?: Leases }) {
    this.deps = deps.leases
      ? {
          ...deps,
          owns: (id) => this.ready() && this.byId.has(id),
          lost: (id) => {
            const session = this.byId.get(id);
            if (session) void this.drop(session, 'lost');
          },
        }
      : deps;
    if (deps.leases) this.leasesUntil = 0;
  }

  /** Whether this node may take commands: alone, always; under leases, while its last renewal lasts. */
  ready(): boolean {
    return performance.now() < this.leasesUntil;
  }

  /** Brings back every session in the store, as it was at its last acknowledged command (alone only: under leases sessions are taken over when their seats come). */
  async restoreAll(): Promise<number> {
    if (this.deps.leases) return 0;
    let restored = 0;
    const logs = await this.deps.store.logs();
    for (const record of await this.deps.store.sessions()) {
      if (record.status === 'archived') continue;
      const scenario = this.scenarioOf(record);
      if (!scenario) continue;
      const log = logs.get(record.id) ?? { events: [], results: new Map() };
      const session = await Session.restore(this.deps, record, scenario, log);
      this.add(session);
      restored++;
    }
    return restored;
  }

  /**
   * A new session. Its join code is unique in the store, not only here: another node sharing the
   * store may have just taken the one drawn, and then another is drawn.
   */
  async create(scenario: Scenario, source: string, settings: SessionSettings = {}): Promise<Session> {
    for (let attempt = 1; ; attempt++) {
      try {
        const session = await Session.create(
          this.deps,
          {
            id: randomUUID(),
            code: joinCode((code) => this.byCode.has(code)),
            createdAt: this.deps.wall(),
            scenarioId: scenario.id,
            scenarioSource: source,
            settings,
            status: 'open',
            title: scenario.title,
          },
          withSettings(scenario, settings),
        );
        // Under leases a new session belongs to no node until its first seat comes (through the
        // proxy, to the node its code is routed to), so none is held here.
        if (!this.deps.leases) this.add(session);
        return session;
      } catch (cause) {
        if (!(cause instanceof DuplicateCodeError) || attempt >= CODE_ATTEMPTS) throw cause;
      }
    }
  }

  /**
   * Starts a new session from session `id` as it stood at game time `at` (fork.ts): its own join
   * code and free seats, its clock paused at `at`, its log a copy of the original's events up to
   * then, written with its record in one transaction. Refused, with nothing created, for a
   * session this server does not hold (unknown, deleted) and for a time outside its play.
   */
  async fork(
    id: string,
    at: number,
  ): Promise<{ ok: true; session: Session } | { ok: false; status: 404 | 422; error: ErrorBody }> {
    const source = await this.reader(id);
    const unknown = { ok: false, status: 404, error: serverError('http.fork-unknown-session') } as const;
    if (!source || source.isRetired) return unknown;
    const refused = forkRefusal(source, at);
    if (refused) return { ok: false, status: 422, error: refused };
    const events = prefixAt(await source.events(), at);
    const record = forkRecord(source, {
      id: randomUUID(),
      code: joinCode((code) => this.byCode.has(code)),
      createdAt: this.deps.wall(),
      at,
      copied: events.length,
    });
    try {
      await this.deps.store.createFork(record, source.id, events);
    } catch (cause) {
      if (cause instanceof ForkSourceError) return unknown;
      throw cause;
    }
    // The fork's state is the copied events folded, as a restart folds any session's log.
    const session = await Session.restore(
      this.deps,
      record,
      source.scenario,
      { events, results: new Map() },
      !this.deps.leases,
    );
    if (!this.deps.leases) this.add(session);
    return { ok: true, session };
  }

  /**
   * The log of a fork's original, for comparing the branches: from the store, so that an
   * archived original still answers; undefined once it is deleted.
   */
  async originalEvents(id: string): Promise<Event[] | undefined> {
    if (!(await this.deps.store.session(id))) return undefined;
    return (await this.deps.store.log(id)).events;
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

  /**
   * The session a seat joins by its code: held here, or (under leases) taken over now: 'moved'
   * when another node still holds it after waiting twice a lease's length for it to give it up.
   */
  async open(code: string): Promise<Opened> {
    const held = this.byJoinCode(code);
    if (held || !this.deps.leases) return held;
    const record = await this.deps.store.sessionByCode(code);
    return record ? this.acquire(record.id) : undefined;
  }

  /** The session a seat resumes by its token's session id, as open() does. */
  async openById(id: string): Promise<Opened> {
    const held = this.byId.get(id);
    if (held || !this.deps.leases) return held;
    return this.acquire(id);
  }

  /**
   * The session for reading (an export, a report, a fork's source): held here, or (under leases)
   * rebuilt from the store without holding it, writing nothing.
   */
  async reader(id: string): Promise<Session | undefined> {
    const held = this.byId.get(id);
    if (held || !this.deps.leases) return held && !held.isRetired ? held : undefined;
    const record = await this.deps.store.session(id);
    const scenario = record && record.status !== 'archived' ? this.scenarioOf(record) : undefined;
    return record && scenario ? Session.restore(this.deps, record, scenario, undefined, false) : undefined;
  }

  /** The session of a join code for reading, as reader() does. */
  async readerByCode(code: string): Promise<Session | undefined> {
    const held = this.byJoinCode(code);
    if (held || !this.deps.leases) return held;
    const record = await this.deps.store.sessionByCode(code);
    return record ? this.reader(record.id) : undefined;
  }

  /**
   * The instructor's list: alone, the sessions held, from memory; under leases, every session of
   * the store (one read, listing.ts), those held here from memory and the others as the store
   * has them, with who is online as their node recorded it: any node answers the same, and
   * nothing is rebuilt. A session that no longer loads is left out, as it cannot be played.
   */
  async listed(): Promise<SessionListEntry[]> {
    if (!this.deps.leases) return this.all().map((session) => session.listEntry());
    const wall = this.deps.wall();
    const entries: SessionListEntry[] = [];
    for (const listed of await this.deps.store.listing()) {
      const held = this.byId.get(listed.record.id);
      if (held) {
        if (!held.isRetired) entries.push(held.listEntry());
        continue;
      }
      const title = listed.record.title ?? (await this.titleOf(listed.record.id));
      if (title !== undefined) entries.push(storedEntry(listed, title, wall));
    }
    return entries;
  }

  /**
   * The title of a session stored without one: the stores fill titles in when they open a
   * database, but a node of an older version may have created this one since.
   */
  private async titleOf(id: string): Promise<string | undefined> {
    // Found once per session (a scenario's text does not change): not loaded again by every list.
    if (this.titles.has(id)) return this.titles.get(id) ?? undefined;
    const record = await this.deps.store.session(id);
    const title = record ? this.scenarioOf(record)?.title : undefined;
    this.titles.set(id, title ?? null);
    return title;
  }

  private acquire(id: string): Promise<Opened> {
    const pending = this.loading.get(id);
    if (pending) return pending;
    const loading = this.takeOver(id).finally(() => this.loading.delete(id));
    this.loading.set(id, loading);
    return loading;
  }

  /** Takes the session's lease (waiting for a dead node's to expire, or a live one to hand it over), then rebuilds it. */
  private async takeOver(id: string): Promise<Opened> {
    const leases = this.deps.leases;
    if (!leases) return undefined;
    const attempts = Math.ceil((2 * leases.ttl) / TAKE_EVERY_MS);
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (this.ready() && (await leases.take(id))) {
        const started = performance.now();
        // Whatever this node knew of the session from an earlier time it held it is stale now.
        this.deps.store.forget(id);
        const record = await this.deps.store.session(id);
        const scenario = record && record.status !== 'archived' ? this.scenarioOf(record) : undefined;
        if (!record || !scenario) {
          await leases.release(id);
          return undefined;
        }
        const session = await Session.restore(this.deps, record, scenario);
        this.add(session);
        this.takenAt.set(id, started);
        this.deps.log.info({ session: id, events: session.eventCount }, 'took the session over');
        return session;
      }
      await new Promise((resolve) => setTimeout(resolve, TAKE_EVERY_MS));
    }
    return 'moved';
  }

  /**
   * Renews this node's leases now, then every third of a lease: the sessions whose lease is lost
   * (another node took it while this one could not renew) or wanted by another node are given up.
   */
  async startLeases(): Promise<void> {
    const leases = this.deps.leases;
    if (!leases) return;
    await this.renewLeases();
    this.renewal = setInterval(() => void this.renewLeases(), Math.floor(leases.ttl / 3));
    this.renewal.unref();
  }

  private async renewLeases(): Promise<void> {
    const leases = this.deps.leases;
    if (!leases || this.renewing) return;
    this.renewing = true;
    const started = performance.now();
    try {
      const { held, wanted } = await leases.renew();
      this.leasesUntil = started + leases.ttl - LEASE_MARGIN_MS;
      for (const session of [...this.byId.values()]) {
        if ((this.takenAt.get(session.id) ?? 0) > started) continue;
        if (!held.has(session.id)) await this.drop(session, 'lost');
        else if (wanted.has(session.id)) await this.drop(session, 'wanted');
      }
    } catch (cause) {
      this.deps.log.warn(
        { err: cause },
        'could not renew the leases: commands wait until PostgreSQL answers again (check the database and the network to it)',
      );
    } finally {
      this.renewing = false;
    }
  }

  /** Gives a session up: its clients reconnect through the proxy to whichever node holds it next. */
  private async drop(session: Session, why: 'lost' | 'wanted'): Promise<void> {
    if (this.byId.get(session.id) !== session) return;
    this.byId.delete(session.id);
    this.byCode.delete(session.record.code);
    this.takenAt.delete(session.id);
    await session.drop();
    this.deps.store.forget(session.id);
    if (why === 'wanted') await this.deps.leases?.release(session.id);
    this.deps.log.info({ session: session.id, why }, 'gave the session up');
  }

  /** The stored scenario as the instructor set the session up; undefined (logged) if it no longer loads. */
  private scenarioOf(record: SessionRecord): Scenario | undefined {
    const { scenario, issues } = loadScenarioText(record.scenarioSource, `${record.scenarioId}.yaml`);
    if (!scenario) {
      this.deps.log.error(
        { session: record.id, issues: issues.length },
        'a stored scenario no longer loads; session skipped',
      );
      return undefined;
    }
    return withSettings(scenario, record.settings);
  }

  all(): Session[] {
    return [...this.byId.values()];
  }

  /** Archives or deletes a session: its clients are disconnected and it takes nothing more. */
  async remove(id: string, how: Retirement): Promise<boolean> {
    const session = this.byId.get(id);
    if (!session) return this.deps.leases ? this.removeStored(id, how) : false;
    this.byId.delete(id);
    this.byCode.delete(session.record.code);
    await session.retire(how);
    if (how === 'archived') await this.deps.store.saveStatus(id, 'archived');
    else await this.deps.store.deleteSession(id);
    // An archived session is held by nobody any more (a deleted one's lease went with it).
    if (how === 'archived') await this.deps.leases?.release(id);
    return true;
  }

  /**
   * Under leases, a session this node does not hold is archived or deleted in the store: its
   * owner's next write is refused, and it gives the session up.
   */
  private async removeStored(id: string, how: Retirement): Promise<boolean> {
    if (!(await this.deps.store.session(id))) return false;
    if (how === 'archived') await this.deps.store.saveStatus(id, 'archived');
    else await this.deps.store.deleteSession(id);
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
  async shutdownAll(): Promise<void> {
    if (this.checkpoints) clearInterval(this.checkpoints);
    if (this.renewal) clearInterval(this.renewal);
    await Promise.all([...this.byId.values()].map((session) => session.shutdown()));
    // Stopped cleanly (a restart, a rolling update), a node lets its sessions go at once: the node
    // its clients reconnect to need not wait for the leases to expire.
    const leases = this.deps.leases;
    if (leases && this.ready())
      await Promise.all([...this.byId.keys()].map((id) => leases.release(id).catch(() => {})));
  }
}

/** The scenario as the instructor set the session up (a moot court plays a realtime case in rounds). */
function withSettings(scenario: Scenario, settings: SessionSettings): Scenario {
  if (!settings.clock || settings.clock === scenario.session.clock) return scenario;
  return { ...scenario, session: { ...scenario.session, clock: settings.clock } };
}
