import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { KEY, ROOT } from './support.js';

/**
 * The built server as a child process of a test (the crash test, the multi-node test): started
 * with the test's instructor key, stopping by itself if the test process dies
 * (CROSSBORDER_PARENT_PID, parent-watch.ts), and killed by `killAll` however the test ended.
 */
const started = new Set<ChildProcess>();

/** A port nothing listens on now, for a server that must come back on the same one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `apps/server/dist/main.js` on 127.0.0.1:`port` with `args`; resolves once it listens.
 * Its standard output goes to `output` when given (a log file, the test's standard error).
 */
export async function startServerProcess(
  name: string,
  port: number,
  args: readonly string[],
  output?: Writable,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'apps/server/dist/main.js'), '--port', String(port), '--host', '127.0.0.1', ...args],
    {
      env: { ...process.env, CROSSBORDER_INSTRUCTOR_KEY: KEY, CROSSBORDER_PARENT_PID: String(process.pid) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  track(child);
  if (output) child.stdout?.pipe(output);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Crossborder is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it listened`)));
  });
  return child;
}

/** Has `killAll` kill a process this test started otherwise (HAProxy). */
export function track(child: ChildProcess): void {
  started.add(child);
}

function stopped(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Kills `child` with SIGKILL (which ends even a stopped process) and waits for it to be gone. */
export function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (stopped(child)) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Kills every process started through this module. */
export async function killAll(): Promise<void> {
  await Promise.all([...started].map((child) => kill(child)));
  started.clear();
}
