import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEY, ROOT } from './support.js';

const main = join(ROOT, 'apps/server/dist/main.js');
const launcher = join(ROOT, 'apps/server/dist/start.js');
const database = () => join(mkdtempSync(join(tmpdir(), 'crossborder-gc-')), 'db.sqlite');
/** The server stops by itself if this test process dies without killing it. */
const env = { ...process.env, CROSSBORDER_INSTRUCTOR_KEY: KEY, CROSSBORDER_PARENT_PID: String(process.pid) };
/** Every server this file started, killed in afterAll however the test ended. */
const children = new Set<ChildProcess>();

afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** The built server, started as `npm start` starts it; resolves with its process and port. */
function start([entry, ...args]: string[]) {
  const child = spawn(process.execPath, [entry ?? main, '--port', '0', '--host', '127.0.0.1', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const found = chunk.toString().match(/running: http:\/\/[^/:]+:(\d+)\//);
      if (found) resolve(Number(found[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, port };
}

describe('the launcher (start.ts) and the garbage collector (gc.ts)', () => {
  it('starts the server on Node with the single-threaded collector when asked, and passes on its signals', async () => {
    const { child, port } = start([
      launcher,
      '--data',
      database(),
      '--log-level',
      'silent',
      '--gc',
      'single-threaded',
    ]);
    const health = await fetch(`http://127.0.0.1:${await port}/health`);
    expect(health.ok).toBe(true);
    // The launcher started Node again, with the flag, for the server.
    const [server] = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ');
    const commandLine = readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0');
    expect(commandLine).toContain('--single-threaded-gc');
    expect(commandLine).toContain(main);
    // Stopping the launcher stops the server, cleanly.
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(`/proc/${server}`)).toBe(false);
  });

  it('runs the server in its own process when the machine needs no flag', async () => {
    const { child, port } = start([
      launcher,
      '--data',
      database(),
      '--log-level',
      'silent',
      '--gc',
      'concurrent',
    ]);
    expect((await fetch(`http://127.0.0.1:${await port}/health`)).ok).toBe(true);
    expect(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim()).toBe('');
    expect(readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0')).not.toContain(
      '--single-threaded-gc',
    );
  });

  it('refuses an unknown mode with a clear message', () => {
    for (const entry of [launcher, main]) {
      const result = spawnSync(process.execPath, [entry, '--gc', 'fast', '--data', database()], {
        env,
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(
        '--gc / CROSSBORDER_GC must be one of auto, concurrent, single-threaded',
      );
    }
  });
});
