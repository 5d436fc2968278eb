import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { View } from '@crossborder/engine';
import {
  type Ack,
  applyPatch,
  type ClockState,
  type JoinResult,
  PROTOCOL_VERSION,
  type Seat,
  type ServerMessages,
} from '@crossborder/protocol';
import { io, type Socket } from 'socket.io-client';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/main.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const KEY = 'instructor-key-for-tests';

/** A real server on a free port with its own database. */
export async function startTestServer(
  database = join(mkdtempSync(join(tmpdir(), 'crossborder-')), 'db.sqlite'),
  extra: string[] = [],
) {
  const config = loadConfig(
    [
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      database,
      '--log-level',
      'silent',
      '--instructor-key',
      KEY,
      ...extra,
    ],
    {},
    ROOT,
  );
  const server = await startServer(config);
  const url = `http://127.0.0.1:${server.port}`;
  return {
    ...server,
    url,
    database,
    async createSession(scenario: string): Promise<{ id: string; code: string }> {
      const response = await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ scenario }),
      });
      const body = (await response.json()) as { session: { id: string; code: string } };
      return body.session;
    },
  };
}

/**
 * A test client: a real socket.io-client that keeps its view up to date from the server's
 * patches, exactly as the browser client does, and records everything it receives.
 */
export class Client {
  readonly socket: Socket;
  view: View | null = null;
  seq = 0;
  clock: ClockState | null = null;
  token: string | null = null;
  readonly received: { event: string; payload: unknown }[] = [];
  gaps = 0;

  /**
   * `code`: the session's join code, carried in the handshake for a proxy to route by (deploy/haproxy.cfg);
   * `lang`: the language the page reads, as the browser's client sends it (the scenario's texts follow it).
   */
  constructor(url: string, code?: string, lang?: string) {
    const query = { ...(code ? { code } : {}), ...(lang ? { lang } : {}) };
    this.socket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(code || lang ? { query } : {}),
    });
    this.socket.onAny((event: string, payload: unknown) => this.received.push({ event, payload }));
    this.socket.on('update', (update: ServerMessages['update']) => {
      if (update.seq !== this.seq + 1) this.gaps++;
      this.seq = update.seq;
      this.view = applyPatch(this.view, update.patch);
    });
    this.socket.on('clock', (clock: ClockState) => {
      this.clock = clock;
    });
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  call<T = Record<never, never>>(event: string, payload: unknown, timeout = 60_000): Promise<Ack<T>> {
    return this.socket.timeout(timeout).emitWithAck(event, payload) as Promise<Ack<T>>;
  }

  async join(code: string, seat: Seat, name = defaultName(seat), key?: string): Promise<Ack<JoinResult>> {
    await this.connected();
    const result = await this.call<JoinResult>('join', {
      protocol: PROTOCOL_VERSION,
      code,
      seat,
      name,
      ...(key ? { key } : {}),
    });
    if (result.ok) this.adopt(result);
    return result;
  }

  async resume(token: string): Promise<Ack<JoinResult>> {
    await this.connected();
    const result = await this.call<JoinResult>('resume', { protocol: PROTOCOL_VERSION, token });
    if (result.ok) this.adopt(result);
    return result;
  }

  private adopt(result: JoinResult): void {
    this.token = result.token;
    this.view = result.snapshot.view;
    this.seq = result.snapshot.seq;
    this.clock = result.snapshot.clock;
  }

  /** Sends a command with a fresh action id. */
  command(command: unknown, actionId = `a-${Math.random().toString(36).slice(2)}-${Date.now()}`) {
    return this.call<{ events: number }>('command', { actionId, command });
  }

  control(control: unknown) {
    return this.call<{ clock: ClockState }>('control', { control });
  }

  close(): void {
    this.socket.close();
  }
}

/** The tutorial with its instructor and both teams seated, the clock started then paused. */
export async function tutorialTable(server: {
  url: string;
  createSession(scenario: string): Promise<{ id: string; code: string }>;
}) {
  const { id, code } = await server.createSession('tutorial');
  const instructor = new Client(server.url);
  const aldoria = new Client(server.url);
  const borealis = new Client(server.url);
  await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
  await aldoria.join(code, { kind: 'country', country: 'aldoria' }, 'Team Aldo');
  await borealis.join(code, { kind: 'country', country: 'borealis' }, 'Team Bor');
  await instructor.control({ action: 'start' });
  // Paused: time moves only when the test advances it.
  await instructor.control({ action: 'pause' });
  return { id, code, instructor, aldoria, borealis };
}

/** Teams may not have names that look alike: by default each is named after its seat. */
function defaultName(seat: Seat): string {
  return seat.kind === 'country' ? `Team ${seat.country}` : 'Team';
}

/** Waits for something the server sends; the bound only says when a hung wait has failed. */
export async function until(check: () => boolean, timeout = 60_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeout) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const SAFEGUARDS = {
  authorisedBy: 'Investigating judge Ames',
  grounds: 'Reasonable suspicion of computer fraud',
  scope: 'The records named in the order',
  duration: '30 days',
};

export const PRESERVATION_CONTENTS = {
  authority: 'National Cybercrime Centre of Aldoria, investigation 27/31',
  'offence-and-facts': 'Computer fraud: a phishing page stole bank credentials of 312 customers.',
  'data-and-link': 'Control-panel logs of the hosting account serving the phishing page.',
  'custodian-or-location': 'Northwind Hosting, established in Borealis.',
  necessity: 'The provider deletes these logs after 14 days.',
  'intent-to-request-mla': 'A request for disclosure of the logs will follow within days.',
};

export const MLA_CONTENTS = {
  'requesting-authority': 'Public Prosecutor of Port Aldo, cybercrime section',
  'nature-of-case': 'Criminal investigation into computer fraud led by the Port Aldo prosecutor.',
  'summary-of-facts': 'A phishing page hosted in Borealis stole credentials; EUR 410,000 was taken.',
  'assistance-sought': 'Disclosure of the preserved control-panel logs, with a certificate of authenticity.',
  'persons-concerned': 'The unknown holder of the hosting account, alias Kite.',
  purpose: 'To identify the person administering the phishing page and prove the fraud.',
};
