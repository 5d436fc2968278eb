import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServerProcess, track } from '../server-process.js';
import { ROOT } from '../support.js';

/**
 * Real processes for the multi-node test: Crossborder nodes sharing one PostgreSQL, and HAProxy
 * in front of them with the repository's sample configuration (deploy/haproxy.cfg). Each is
 * killed by `killAll` (../server-process.ts) however the test ended; the nodes also stop by
 * themselves if the test process dies (CROSSBORDER_PARENT_PID, parent-watch.ts), and HAProxy is
 * started with a shell watchdog that does the same.
 */
export interface Node {
  id: string;
  port: number;
  process: ChildProcess;
  url: string;
}

/** Starts a node on `port`, as `node-id`, over the PostgreSQL at `store`; resolves once it listens. */
export async function startNode(id: string, port: number, store: string): Promise<Node> {
  // CROSSBORDER_TEST_NODE_LOGS=<folder> keeps each node's log there, to see what a failed run did.
  // Otherwise its warnings and errors (it logs no more) go to the test's standard error.
  const logs = process.env.CROSSBORDER_TEST_NODE_LOGS;
  // A folder that does not exist yet is made (a log file that cannot be opened hung the test).
  if (logs) mkdirSync(logs, { recursive: true });
  const child = await startServerProcess(
    `node ${id}`,
    port,
    [
      '--store',
      store,
      '--node-id',
      id,
      '--log-level',
      logs ? 'info' : 'warn',
      '--rate-limit',
      '1000',
      '--rate-limit-address',
      '100000',
    ],
    logs ? createWriteStream(join(logs, `${id}.log`)) : process.stderr,
  );
  return { id, port, process: child, url: `http://127.0.0.1:${port}` };
}

/** HAProxy's program: on PATH, or where Debian puts it. */
function haproxyPath(): string {
  for (const path of ['/usr/sbin/haproxy', '/usr/bin/haproxy', '/usr/local/sbin/haproxy'])
    if (existsSync(path)) return path;
  throw new Error(
    'HAProxy is not installed: run `sh scripts/setup.sh --services` (as root, or with sudo), or apt-get install haproxy',
  );
}

/** Starts HAProxy with deploy/haproxy.cfg in front of `nodes`, listening on `port`. */
export function startProxy(port: number, nodes: readonly Node[]): ChildProcess {
  const config = join(ROOT, 'deploy/haproxy.cfg');
  const env: NodeJS.ProcessEnv = { ...process.env, CROSSBORDER_PROXY_BIND: `127.0.0.1:${port}` };
  nodes.forEach((node, index) => {
    env[`CROSSBORDER_NODE${index + 1}`] = `127.0.0.1:${node.port}`;
  });
  // `exec` keeps the shell's process id for HAProxy; the watchdog beside it kills it if this process dies.
  const child = spawn('sh', ['-c', `exec ${haproxyPath()} -db -f ${config}`], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  track(child);
  const watchdog = spawn(
    'sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -9 ${child.pid}`],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  child.once('exit', () => {
    try {
      if (watchdog.pid !== undefined) process.kill(watchdog.pid);
    } catch {
      // Gone already.
    }
  });
  return child;
}
