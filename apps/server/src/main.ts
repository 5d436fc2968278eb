#!/usr/bin/env node
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, hostname, networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientToServerUntrusted, ServerToClientEvents } from '@crossborder/protocol';
import { Server } from 'socket.io';
import { ScenarioChecker } from './checker.js';
import { type Config, loadConfig } from './config.js';
import { Registry } from './game/registry.js';
import { gcFlags } from './gc.js';
import { roomAddresses } from './http/addresses.js';
import { createApp } from './http/app.js';
import { allowedOrigins, originAllowed } from './http/security.js';
import { ScenarioLibrary } from './library.js';
import { createLogger } from './log.js';
import { parentPid, watchParent } from './parent-watch.js';
import { openDatabase } from './store/db.js';
import { PostgresLeases } from './store/leases.js';
import { PostgresStore, redact } from './store/postgres.js';
import { SqliteStore } from './store/sqlite.js';
import type { Store } from './store/store.js';
import { attachSockets } from './transport/sockets.js';

/** Starts the whole server on one port; returns a handle to stop it (tests use it too). */
/**
 * A generated instructor key is kept beside the database, so that it survives a restart and
 * the instructor's bookmarked console keeps working.
 */
function keepInstructorKey(config: Config): Config {
  if (!config.generatedKey || config.database === ':memory:' || config.store.kind !== 'sqlite') return config;
  const file = join(dirname(config.database), 'instructor.key');
  if (existsSync(file)) return { ...config, instructorKey: readFileSync(file, 'utf8').trim() };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${config.instructorKey}\n`, { mode: 0o600 });
  return config;
}

export async function startServer(given: Config, print: (line: string) => void = () => {}) {
  const config = keepInstructorKey(given);
  const log = createLogger(config.logLevel);
  const { store, leases } = await openStore(config);
  const registry = new Registry({ store, log, wall: Date.now, ...(leases ? { leases } : {}) });
  const checker = new ScenarioChecker();
  // The bundled scenarios, then the extra folders in the order given, then the uploaded ones.
  const library = new ScenarioLibrary(
    [
      { path: config.scenarios, origin: 'bundled' },
      ...config.extraScenarios.map((path) => ({ path, origin: 'folder' as const })),
      { path: config.uploads, origin: 'uploaded' },
    ],
    checker,
    log,
  );
  for (const folder of config.extraScenarios.filter((path) => !existsSync(path)))
    print(`Scenario folder not found, so not offered: ${folder} (check --scenarios / CROSSBORDER_SCENARIOS)`);
  mkdirSync(config.uploads, { recursive: true });
  await library.reload();
  library.watch();
  const restored = await registry.restoreAll();
  await registry.startLeases();
  registry.startCheckpoints();

  // Known once the port is (it may be chosen by the system).
  let addresses: string[] = [];
  const app = createApp({
    registry,
    store,
    config,
    log,
    library,
    checker,
    ready: () => registry.ready(),
    addresses: () => addresses,
  });
  const http = createServer(app);
  // Known once the port is: until then no socket can open.
  let origins = new Set<string>();
  const io = new Server<ClientToServerUntrusted, ServerToClientEvents>(http, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 10_000,
    pingTimeout: 10_000,
    allowRequest: (request, callback) => {
      const allowed = originAllowed(request.headers.origin, origins);
      if (!allowed)
        log.warn(
          { origin: request.headers.origin },
          'refused a socket from an unknown origin; add the address the room uses with --public-url',
        );
      callback(null, allowed);
    },
  });
  const stopSockets = attachSockets(io, { registry, store, config, log });

  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  origins = allowedOrigins(port, ownHosts(), config.publicUrls);
  log.info({ port, restored, scenarios: library.list().length }, 'server started');
  addresses = roomAddresses(config.host, port, config.publicUrls, lanAddresses());
  const [first, ...others] = addresses;
  print(`Crossborder is running: ${first}`);
  for (const url of others) print(`  also at: ${url}`);
  print(`Instructor console: ${new URL('instructor', first).href}`);
  if (config.generatedKey)
    print(`Instructor key (set CROSSBORDER_INSTRUCTOR_KEY to choose one): ${config.instructorKey}`);
  if (config.store.kind === 'sqlite')
    print(`Data: ${config.database}${restored ? ` (${restored} sessions restored)` : ''}`);
  else print(`Data: PostgreSQL at ${redact(config.store.url)}, as node ${config.nodeId}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await registry.shutdownAll();
    library.stop();
    stopSockets();
    await checker.stop();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await store.close();
  };
  return { port, stop, config };
}

/**
 * The store the configuration names: the SQLite file, or PostgreSQL with leases, the writes of
 * this node fenced by them (store/postgres.ts, store/leases.ts).
 */
async function openStore(config: Config): Promise<{ store: Store; leases?: PostgresLeases }> {
  if (config.store.kind === 'sqlite') return { store: new SqliteStore(openDatabase(config.database)) };
  const store = await PostgresStore.open(config.store.url, { node: config.nodeId });
  return { store, leases: new PostgresLeases(store.pool, config.nodeId, LEASE_MS) };
}

/** How long a node's lease on a session lasts unless renewed (every third of it): a dead node's sessions move after this. */
const LEASE_MS = 5_000;

/** Every name and address of this machine a browser in the room may use to reach it. */
function ownHosts(): string[] {
  const name = hostname();
  return ['localhost', '127.0.0.1', '::1', name, `${name}.local`, ...lanAddresses()];
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address?.address ?? '');
}

/**
 * Runs the server as the `crossborder-server` command: configuration from the command line and
 * the environment, stopped cleanly by SIGTERM or Ctrl-C. Start it through start.js (what
 * `npm start` does) to have the garbage collector that suits the machine (gc.ts).
 */
export async function runFromCommandLine(args: readonly string[]): Promise<void> {
  if (Number(process.versions.node.split('.')[0]) < 24) {
    console.error(`Crossborder needs Node 24 or newer (this is ${process.version}). Run it with: npm start`);
    process.exit(1);
  }
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  let config: Config;
  let parent: number | undefined;
  try {
    config = loadConfig(args, process.env, root, process.env.INIT_CWD ?? process.cwd());
    parent = parentPid(process.env.CROSSBORDER_PARENT_PID);
  } catch (cause) {
    console.error(`Configuration error: ${cause instanceof Error ? cause.message : String(cause)}`);
    process.exit(2);
  }
  const server = await startServer(config, (line) => console.log(line));
  const missing = gcFlags(config.gc, { cores: availableParallelism(), execArgv: process.execArgv });
  if (missing.length > 0)
    console.log(
      `The garbage collector asked for (--gc ${config.gc}) needs Node started with ${missing.join(' ')}: npm start does it.`,
    );
  // A test harness's server stops with the harness, however the harness was stopped.
  if (parent !== undefined) watchParent(parent, () => stopWithin(server.stop));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stopWithin(server.stop));
}

/** How long a clean stop may take before the process exits anyway (a database that no longer answers). */
const STOP_WITHIN_MS = 10_000;

/** Stops cleanly, then exits; exits anyway (code 1) if stopping fails or takes too long. */
function stopWithin(stop: () => Promise<void>): void {
  setTimeout(() => process.exit(1), STOP_WITHIN_MS).unref();
  stop().then(
    () => process.exit(0),
    (cause: unknown) => {
      console.error(`Stopping failed: ${cause instanceof Error ? cause.message : String(cause)}`);
      process.exit(1);
    },
  );
}

const invokedDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) await runFromCommandLine(process.argv.slice(2));
