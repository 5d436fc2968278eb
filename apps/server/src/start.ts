#!/usr/bin/env node
/**
 * Starts the server with the garbage collector that suits the machine (see gc.ts). V8 chooses
 * its collector from a flag given when Node starts, so it is given here, where the server is
 * started: on one core (or with `--gc single-threaded`) Node is started again with the flag for
 * the server, this process passing on its signals and its exit code; otherwise the server runs
 * in this very process. `npm start` and the `crossborder-server` command run this.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gcFlags, gcModeOf } from './gc.js';
import { runFromCommandLine } from './main.js';

const args = process.argv.slice(2);
let flags: string[];
try {
  flags = gcFlags(gcModeOf(args, process.env), { cores: availableParallelism(), execArgv: process.execArgv });
} catch (cause) {
  console.error(`Configuration error: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exit(2);
}
if (flags.length === 0) await runFromCommandLine(args);
else {
  const main = fileURLToPath(new URL('./main.js', import.meta.url));
  const server = spawn(process.execPath, [...flags, ...process.execArgv, main, ...args], {
    stdio: 'inherit',
    // The server stops if this launcher is killed outright (parent-watch.ts).
    env: {
      ...process.env,
      CROSSBORDER_PARENT_PID: process.env.CROSSBORDER_PARENT_PID ?? String(process.pid),
    },
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
