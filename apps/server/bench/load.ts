/**
 * The load generator of `npm run bench:server`: R sessions of the botnet scenario, each with an
 * instructor and six teams on their own sockets. Every team sends one command a second (a police
 * request to a random other team, accepted by the rules engine), at a random phase. Measures, for
 * commands sent in the window: send -> acknowledgement, and send -> the last recipient's update
 * (the requested team's and the instructor's views both change; nobody else may see the request).
 * Prints one JSON line. Run by server.bench.ts; usable alone:
 *   node bench/load.ts --url http://127.0.0.1:3000 --key KEY --rooms 10
 */
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    key: { type: 'string', default: '' },
    rooms: { type: 'string', default: '10' },
    period: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '5' },
    duration: { type: 'string', default: '20' },
    drain: { type: 'string', default: '5' },
    samples: { type: 'boolean', default: false },
  },
});
const url = values.url ?? '';
const rooms = Number(values.rooms);
const period = Number(values.period);
const COUNTRIES = ['veldmark', 'ostmere', 'coralia', 'karvossa', 'lazuria', 'sendara'];

interface Pending {
  sent: number;
  ack: number | null;
  seen: Set<string>;
  last: number | null;
  measured: boolean;
}

const pending = new Map<string, Pending>();
const ackLatency: number[] = [];
const lastLatency: number[] = [];
let measuring = false;
const updateSizes: number[] = [];
const samples: Record<string, string> = {};
let rejected = 0;
let lost = 0;

function watch(socket: Socket, seat: string): void {
  socket.on('update', (update: unknown) => {
    const text = JSON.stringify(update);
    if (measuring) {
      updateSizes.push(Buffer.byteLength(text));
      if (values.samples && !samples[seat]) samples[seat] = text;
    }
    const now = performance.now();
    for (const match of text.matchAll(/probe:([a-z0-9-]+)/g)) {
      const id = match[1] ?? '';
      const entry = pending.get(id);
      if (!entry || entry.seen.has(seat)) continue;
      entry.seen.add(seat);
      if (entry.seen.size === 3) entry.last = now;
    }
  });
}

async function connect(): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function room(index: number) {
  const created = (await (
    await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${values.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'botnet' }),
    })
  ).json()) as { session: { code: string } };
  const code = created.session.code;
  const instructor = await connect();
  await instructor.emitWithAck('join', {
    protocol: 2,
    code,
    seat: { kind: 'instructor' },
    name: 'Instructor',
    key: values.key,
  });
  watch(instructor, `i${index}`);
  const teams: { country: string; socket: Socket; caseId: string }[] = [];
  for (const country of COUNTRIES) {
    const socket = await connect();
    const joined = await socket.emitWithAck('join', {
      protocol: 2,
      code,
      seat: { kind: 'country', country },
      name: country,
    });
    if (!joined.ok) throw new Error(JSON.stringify(joined.error));
    watch(socket, `${index}-${country}`);
    await socket.emitWithAck('command', {
      actionId: `setup-${index}-${country}`,
      command: { type: 'openCase', title: 'Nightjar', offences: ['hospital-attack'] },
    });
    const view = (await socket.emitWithAck('sync', {})) as { view: { cases: Record<string, unknown> } };
    teams.push({ country, socket, caseId: Object.keys(view.view.cases)[0] ?? '' });
  }
  // The clock stays paused: only the commands move the game.
  await instructor.emitWithAck('control', { control: { action: 'start' } });
  await instructor.emitWithAck('control', { control: { action: 'pause' } });
  return { index, instructor, teams };
}

const sessions = [];
for (let index = 0; index < rooms; index += 8) {
  sessions.push(
    ...(await Promise.all(Array.from({ length: Math.min(8, rooms - index) }, (_, k) => room(index + k)))),
  );
}

let sequence = 0;
const timers: NodeJS.Timeout[] = [];
for (const session of sessions) {
  for (const team of session.teams) {
    const send = () => {
      const others = COUNTRIES.filter((country) => country !== team.country);
      const to = others[Math.floor(Math.random() * others.length)] ?? 'ostmere';
      const id = `${session.index}-${team.country}-${sequence++}`;
      const entry: Pending = {
        sent: performance.now(),
        ack: null,
        seen: new Set(),
        last: null,
        measured: measuring,
      };
      pending.set(id, entry);
      team.socket
        .emitWithAck('command', {
          actionId: `probe-${id}`,
          command: {
            type: 'sendRequest',
            kind: 'police-cooperation',
            to,
            caseId: team.caseId,
            offence: 'hospital-attack',
            channel: 'police',
            language: 'en',
            subject: { suspect: 'mako' },
            contents: {
              'requesting-authority': `Cybercrime unit of ${team.country}`,
              'summary-of-facts':
                'The Nightjar botnet attacked a hospital group; the seller is known as Mako.',
              'assistance-sought': `Any intelligence on the seller called Mako, reference probe:${id} please.`,
            },
          },
        })
        .then(
          (ack: { ok: boolean }) => {
            entry.ack = performance.now();
            if (!ack.ok) rejected++;
          },
          // A dropped connection: the command counts as lost (no acknowledgement).
          () => {},
        );
    };
    timers.push(setTimeout(() => timers.push(setInterval(send, period)), Math.random() * period));
  }
}

const seconds = (value: string | undefined) => Number(value) * 1000;
await new Promise((resolve) => setTimeout(resolve, seconds(values.warmup)));
process.stdout.write(`${JSON.stringify({ phase: 'measure' })}\n`);
measuring = true;
const started = performance.now();
await new Promise((resolve) => setTimeout(resolve, seconds(values.duration)));
measuring = false;
const ended = performance.now();
for (const timer of timers) clearInterval(timer);
process.stdout.write(`${JSON.stringify({ phase: 'drain' })}\n`);
await new Promise((resolve) => setTimeout(resolve, seconds(values.drain)));

for (const entry of pending.values()) {
  if (entry.sent < started || entry.sent > ended) continue;
  if (entry.ack === null || entry.last === null) {
    lost++;
    continue;
  }
  ackLatency.push(entry.ack - entry.sent);
  lastLatency.push(entry.last - entry.sent);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const summary = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
});
process.stdout.write(
  `${JSON.stringify({
    phase: 'result',
    rooms,
    commands: ackLatency.length,
    ack: summary(ackLatency),
    last: summary(lastLatency),
    lost,
    rejected,
    updatesPerSecond: updateSizes.length / ((ended - started) / 1000),
    bytesPerUpdate: {
      ...summary(updateSizes),
      mean: updateSizes.reduce((a, b) => a + b, 0) / (updateSizes.length || 1),
    },
    ...(values.samples ? { samples } : {}),
  })}\n`,
);
for (const session of sessions) {
  session.instructor.close();
  for (const team of session.teams) team.socket.close();
}
process.exit(0);
