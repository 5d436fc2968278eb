import { randomUUID } from 'node:crypto';
import { loadScenarioText, type Scenario } from '@crossborder/scenario';
import type { Logger } from '../log.js';
import type { SessionSettings, Store } from '../store/store.js';
import { joinCode } from './codes.js';
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
