/**
 * `npm run bench:hostile -w @crossborder/server`: what hostile input costs the built server, in
 * the figures the security review asked for. Prints figures; asserts nothing.
 *
 * 1. Upload: a scenario with 60,000 unknown keys (about 1 MB) posted to the API; how long until
 *    it is refused, and the worst sync round trip of a team playing another session meanwhile.
 * 2. Thread: a consultation of 60 messages of 4,000 characters; the bytes of the update every
 *    seat of the consultation gets for one more message of one character.
 * 3. Stalled readers: five sockets that stop reading and ask for snapshots at the rate limit,
 *    answering the server's heartbeat blindly so that it does not time them out; the server's
 *    resident memory every 10 seconds for a minute.
 *
 *   --parts upload,thread,stalled   which of them to run (all by default)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';

const { values } = parseArgs({
  options: {
    keys: { type: 'string', default: '60000' },
    messages: { type: 'string', default: '60' },
    readers: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '60' },
    parts: { type: 'string', default: 'upload,thread,stalled' },
  },
});
const root = fileURLToPath(new URL('../../../', import.meta.url));
const KEY = 'bench-instructor-key-0123456789';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Connections the server said it dropped for not reading (its log). */
let drops = 0;

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const data = mkdtempSync(join(tmpdir(), 'crossborder-hostile-'));
  const child = spawn(
    process.execPath,
    [
      join(root, 'apps/server/dist/main.js'),
      ...['--port', '0', '--host', '127.0.0.1', '--data', join(data, 'db.sqlite'), '--log-level', 'warn'],
    ],
    {
      env: { ...process.env, CROSSBORDER_INSTRUCTOR_KEY: KEY, CROSSBORDER_PARENT_PID: String(process.pid) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    drops += chunk.toString().split('stopped reading').length - 1;
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = chunk.toString().match(/running: http:\/\/localhost:(\d+)\//);
      if (found) resolve(Number(found[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function api(url: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function session(url: string, scenario: string): Promise<string> {
  const answer = (await (await api(url, '/sessions', { scenario })).json()) as { session: { code: string } };
  return answer.session.code;
}

async function seat(url: string, code: string, seatOf: unknown, name: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
  const joined = await socket.emitWithAck('join', { protocol: 2, code, seat: seatOf, name, key: KEY });
  if (!joined.ok) throw new Error(joined.error.message);
  return socket;
}

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

async function upload(url: string): Promise<void> {
  const code = await session(url, 'tutorial');
  const team = await seat(url, code, { kind: 'country', country: 'aldoria' }, 'Bench');
  const keys = Number(values.keys);
  let source = readFileSync(join(root, 'scenarios/tutorial.yaml'), 'utf8');
  for (let i = 0; i < keys; i++) source += `k${i}: ${i}\n`;
  let worst = 0;
  let pings = 0;
  let uploading = true;
  const pinging = (async () => {
    while (uploading) {
      const sent = performance.now();
      await team.emitWithAck('sync', {});
      worst = Math.max(worst, performance.now() - sent);
      pings++;
      await sleep(10);
    }
  })();
  const started = performance.now();
  const answer = await api(url, '/sessions', { source });
  const took = performance.now() - started;
  uploading = false;
  await pinging;
  const body = (await answer.json()) as { error?: { issues?: string[] } };
  console.log(
    `upload of ${keys} unknown keys (${(source.length / 1024).toFixed(0)} KB): answered ${answer.status} in ${took.toFixed(0)} ms with ${body.error?.issues?.length ?? 0} problems; ` +
      `meanwhile ${pings} syncs of another session, the slowest ${worst.toFixed(1)} ms`,
  );
  team.close();
}

async function thread(url: string): Promise<void> {
  const code = await session(url, 'tutorial');
  const aldoria = await seat(url, code, { kind: 'country', country: 'aldoria' }, 'A');
  const borealis = await seat(url, code, { kind: 'country', country: 'borealis' }, 'B');
  const act = async (socket: Socket, command: unknown) => {
    const answer = await socket.emitWithAck('command', { actionId: crypto.randomUUID(), command });
    if (!answer.ok) throw new Error(answer.error.message);
  };
  // Listening before acting: the other party's update may come before the sender's answer.
  const opened = new Promise<string>((resolve) => {
    borealis.on('update', (update: { patch: { path: string[] }[] }) => {
      const found = update.patch.find((op) => op.path[0] === 'consultations');
      if (found?.path[1]) resolve(found.path[1]);
    });
  });
  await act(aldoria, {
    type: 'openConsultation',
    with: ['borealis'],
    topic: 'parallel-proceedings',
    message: 'Shall we talk about the case?',
  });
  const consultationId = await opened;
  const long = 'x'.repeat(4000);
  const messages = Number(values.messages);
  for (let i = 0; i < messages; i++) {
    await act(i % 2 ? aldoria : borealis, { type: 'sendConsultationMessage', consultationId, text: long });
    await sleep(120); // under the rate limit
  }
  await sleep(200);
  const sizes: number[] = [];
  borealis.on('update', (update: unknown) => sizes.push(JSON.stringify(update).length));
  await act(aldoria, { type: 'sendConsultationMessage', consultationId, text: '!' });
  await sleep(300);
  console.log(
    `thread of ${messages} messages of 4,000 characters: one more message of 1 character makes an update of ${sizes.map((size) => `${size} bytes`).join(', ')} to the other party`,
  );
  aldoria.close();
  borealis.close();
}

async function stalled(url: string, pid: number): Promise<void> {
  const code = await session(url, 'botnet');
  const readers: Socket[] = [];
  for (let i = 0; i < Number(values.readers); i++)
    readers.push(await seat(url, code, { kind: 'instructor' }, `Reader ${i}`));
  const before = rssMB(pid);
  const heartbeats: NodeJS.Timeout[] = [];
  for (const reader of readers) {
    const engine = reader.io.engine as unknown as {
      transport: { ws: { _socket: { pause(): void } } };
      _sendPacket(type: string): void;
      _pingTimeoutTimer: NodeJS.Timeout;
      _pingTimeoutTime: number;
    };
    engine.transport.ws._socket.pause();
    // Nor does it give up on the server when the pings it does not read stop coming.
    clearTimeout(engine._pingTimeoutTimer);
    engine._pingTimeoutTime = Number.POSITIVE_INFINITY;
    // A heartbeat answer (Engine.IO "pong") sent without reading the pings it answers.
    const heartbeat = setInterval(() => engine._sendPacket('pong'), 5_000);
    reader.on('disconnect', () => clearInterval(heartbeat));
    heartbeats.push(heartbeat);
  }
  const samples: string[] = [`0 s: ${before.toFixed(0)} MB`];
  const seconds = Number(values.seconds);
  for (let second = 1; second <= seconds; second++) {
    // At the default rate limit: ten snapshot requests a second from each reader.
    for (let i = 0; i < 10; i++) for (const reader of readers) reader.emit('sync', {}, () => {});
    await sleep(1000);
    if (second % 10 === 0) samples.push(`${second} s: ${rssMB(pid).toFixed(0)} MB`);
  }
  console.log(
    `server memory with ${readers.length} stalled readers: ${samples.join(', ')}; the server dropped ${drops} connections for not reading`,
  );
  for (const heartbeat of heartbeats) clearInterval(heartbeat);
  for (const reader of readers) reader.close();
}

const { child, url } = await startServer();
try {
  const parts = (values.parts ?? '').split(',');
  if (parts.includes('upload')) await upload(url);
  if (parts.includes('thread')) await thread(url);
  if (parts.includes('stalled')) await stalled(url, child.pid ?? 0);
} finally {
  child.kill('SIGTERM');
}
