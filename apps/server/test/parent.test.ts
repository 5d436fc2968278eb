import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEY, ROOT } from './support.js';

/**
 * A server started by a test harness stops when the harness is gone, however it went
 * (CROSSBORDER_PARENT_PID, parent-watch.ts). Here the harness is killed with SIGKILL: it cannot
 * stop the server itself, and the server, now an orphan, must notice alone.
 */
const main = join(ROOT, 'apps/server/dist/main.js');
const folder = mkdtempSync(join(tmpdir(), 'crossborder-parent-'));

/**
 * The harness: starts the built server with its own pid as CROSSBORDER_PARENT_PID, the server's
 * standard output going to a file (not a pipe that would break, and so stop the server, when the
 * harness dies), and prints the server's pid and port once the server says where it runs.
 */
const harness = `
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
const out = ${JSON.stringify(join(folder, 'server.out'))};
const server = spawn(process.execPath, [
  ${JSON.stringify(main)}, '--port', '0', '--host', '127.0.0.1',
  '--data', ${JSON.stringify(join(folder, 'db.sqlite'))}, '--log-level', 'silent',
], {
  env: { ...process.env, CROSSBORDER_INSTRUCTOR_KEY: ${JSON.stringify(KEY)}, CROSSBORDER_PARENT_PID: String(process.pid) },
  stdio: ['ignore', openSync(out, 'w'), 'inherit'],
});
server.once('exit', (code) => { console.error('server exited early with', code); process.exit(1); });
const timer = setInterval(() => {
  const found = readFileSync(out, 'utf8').match(/running: http:\\/\\/[^/:]+:(\\d+)\\//);
  if (!found) return;
  clearInterval(timer);
  console.log(JSON.stringify({ pid: server.pid, port: Number(found[1]) }));
}, 20);
`;

/** Whether a process runs: it exists and is not a zombie waiting for its new parent to reap it. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const started: { harness?: ChildProcess; server?: number } = {};

afterAll(() => {
  // Whatever happened above, nothing this test started outlives it.
  started.harness?.kill('SIGKILL');
  if (started.server !== undefined && running(started.server)) process.kill(started.server, 'SIGKILL');
});

describe('CROSSBORDER_PARENT_PID', () => {
  it('stops the server when the process that started it is killed with SIGKILL', async () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', harness], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    started.harness = child;
    const { pid, port } = await new Promise<{ pid: number; port: number }>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) resolve(JSON.parse(text.slice(0, text.indexOf('\n'))));
      });
      child.once('exit', (code) => reject(new Error(`the harness exited with ${code}`)));
    });
    started.server = pid;
    expect(running(pid)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).ok).toBe(true);

    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    // The server checks every second; give it up to 300 polls of 50 ms to notice and stop.
    let polls = 0;
    while (running(pid) && polls < 300) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      polls += 1;
    }
    expect(running(pid), `server ${pid} still running after ${polls} polls`).toBe(false);
    expect(await listening(port), `port ${port} still held`).toBe(false);
  });
});
