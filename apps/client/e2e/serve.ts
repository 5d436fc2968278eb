/**
 * Starts the real server for the browser tests: the built client, the bundled scenarios, a fresh
 * database in a temporary folder, a known instructor key, no rate limit worth hitting.
 *
 * It stops with the test run, however the run stops: playwright.config.ts passes the Playwright
 * runner's process id as CROSSBORDER_PARENT_PID; the game server is given it too, and both exit
 * once that process is gone (a run interrupted by Turborepo, Ctrl-C, or kill -9), never holding
 * the port. Run by hand without it, the game server watches this process instead.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parentPid, watchParent } from '../../server/src/parent-watch.ts';
import { E2E_KEY } from './key.ts';

const port = process.argv[2] ?? '4173';
const root = fileURLToPath(new URL('../../../', import.meta.url));
const data = mkdtempSync(join(tmpdir(), 'crossborder-e2e-'));
const runner = parentPid(process.env.CROSSBORDER_PARENT_PID);
const server = spawn(
  process.execPath,
  [
    join(root, 'apps/server/dist/main.js'),
    ...['--port', port, '--host', '127.0.0.1', '--data', join(data, 'e2e.sqlite')],
    ...[
      '--instructor-key',
      E2E_KEY,
      '--client',
      join(root, 'apps/client/dist'),
      '--log-level',
      'warn',
      '--rate-limit',
      '50',
    ],
  ],
  { stdio: 'inherit', env: { ...process.env, CROSSBORDER_PARENT_PID: String(runner ?? process.pid) } },
);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

/** Stops the game server, then this process (on its exit); kills it if it has not stopped 10 checks later. */
let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  let checks = 0;
  setInterval(() => {
    if (++checks >= 10) server.kill('SIGKILL');
  }, 1000).unref();
}
// If the test run is gone (killed midway), stop too: never leave a server behind. Also when
// whoever started this process is gone (run by hand, the variable unset).
if (runner !== undefined) watchParent(runner, stop);
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 1000).unref();
