import type { ClientState } from '../state/client.js';
import { type ClientSignals, clientSignals, type StateSource } from '../state/client.js';

/**
 * A stand-in for the GameClient in component tests: the same state, changed by the test as the
 * client changes it when a message arrives, and the same signals made from it (state/client.ts).
 */
export class TestClient implements StateSource {
  readonly state: ClientState = {
    connection: 'online',
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
  readonly signals: ClientSignals;
  private readonly listeners = new Set<(state: ClientState) => void>();

  constructor(initial: Partial<ClientState> = {}) {
    Object.assign(this.state, initial);
    this.signals = clientSignals(this);
  }

  subscribe(listener: (state: ClientState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What a message from the server does: parts of the state replaced, then the subscribers told. */
  receive(changes: Partial<ClientState>): void {
    Object.assign(this.state, changes);
    for (const listener of this.listeners) listener(this.state);
  }
}
