import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL for the tests: a cluster made with Debian's `initdb` in a temporary
 * folder, listening on a Unix socket in that folder only (no TCP port to clash with anything),
 * gone when stopped. As root it runs as the `postgres` user (PostgreSQL refuses to run as root).
 * A watchdog (a shell loop, detached) stops it and removes the folder if the test process dies
 * without stopping it, as parent-watch.ts does for the servers the tests start.
 */
export interface Cluster {
  /** Where to connect, for `--store` or PostgresStore.open. */
  url: string;
  /** The folder of the socket (and of the data). */
  folder: string;
  /** Stops PostgreSQL (fast) and removes its folder. */
  stop(): void;
}

/** The folder of PostgreSQL's programs: CROSSBORDER_PG_BIN, or Debian's newest under /usr/lib/postgresql. */
function postgresBin(): string {
  const given = process.env.CROSSBORDER_PG_BIN;
  if (given) return given;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined)
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `sh scripts/setup.sh --services` (as root, or with sudo), or set CROSSBORDER_PG_BIN to the folder of initdb and pg_ctl',
    );
  return join(root, newest, 'bin');
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program as the user PostgreSQL runs as. */
function run(bin: string, program: string, args: string[]): void {
  const command = asRoot ? 'runuser' : join(bin, program);
  const full = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
  execFileSync(command, full, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Creates and starts a cluster. `durable: false` (the tests) turns off fsync: what is tested is
 * the order and the keys, not the disk; the benchmark keeps it on, to measure real commits.
 */
export function startCluster(options: { durable?: boolean; maxConnections?: number } = {}): Cluster {
  const bin = postgresBin();
  const folder = mkdtempSync(join(tmpdir(), 'crossborder-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(folder, uid, gid);
  }
  const data = join(folder, 'data');
  run(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const settings = [
    "-c listen_addresses=''",
    `-c unix_socket_directories=${folder}`,
    `-c max_connections=${options.maxConnections ?? 100}`,
    ...(options.durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
  ].join(' ');
  run(bin, 'pg_ctl', ['-D', data, '-o', settings, '-l', join(folder, 'log'), '-w', '-s', 'start']);
  const stopCommand = asRoot
    ? `runuser -u postgres -- ${join(bin, 'pg_ctl')} -D ${data} -m immediate -s stop`
    : `${join(bin, 'pg_ctl')} -D ${data} -m immediate -s stop`;
  // The watchdog: once this process is gone, PostgreSQL goes too.
  const watchdog = spawn(
    'sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ${stopCommand}; rm -rf ${folder}`],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  run(bin, 'createdb', ['-h', folder, '-U', 'postgres', 'crossborder']);
  let stopped = false;
  return {
    url: `postgres://postgres@/crossborder?host=${encodeURIComponent(folder)}`,
    folder,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-s', 'stop']);
      } finally {
        if (watchdog.pid !== undefined) {
          try {
            process.kill(watchdog.pid);
          } catch {
            // Gone already.
          }
        }
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
