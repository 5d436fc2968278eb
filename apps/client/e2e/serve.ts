/**
 * Starts the real server for the browser tests: the built client, the bundled scenarios, a fresh
 * database in a temporary folder, a known instructor key, no rate limit worth hitting.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { E2E_KEY } from './key.ts';

const port = process.argv[2] ?? '4173';
const root = fileURLToPath(new URL('../../../', import.meta.url));
const data = mkdtempSync(join(tmpdir(), 'crossborder-e2e-'));
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
  { stdio: 'inherit' },
);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
// If whoever started us is gone (a test run killed midway), stop too: never leave a server behind.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) server.kill('SIGTERM');
}, 1000).unref();
