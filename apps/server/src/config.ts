import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { delimiter, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BOT_THINK_MAX_MINUTES, botThinkMinutes, DEFAULT_BOT_THINK } from '@crossborder/protocol';
import { formatDuration } from '@crossborder/scenario';
import { type GcMode, gcModeOf } from './gc.js';

/**
 * Configuration, from flags first, then environment variables, then defaults. Every option is
 * documented in the README ("Running the server").
 */
export interface Config {
  host: string;
  port: number;
  /** SQLite database file (with the SQLite store; beside it the uploads and a generated instructor key). */
  database: string;
  /**
   * Where sessions are kept (`--store`, `CROSSBORDER_STORE`): the embedded SQLite file (the
   * default), or a PostgreSQL shared by several nodes (`postgres://...`), each node holding the
   * sessions whose seats the proxy sends it, on lease (README, "Past one machine").
   */
  store: { kind: 'sqlite' } | { kind: 'postgres'; url: string };
  /** This node's name in the leases (`--node-id`, `CROSSBORDER_NODE_ID`): unique among the nodes; host name and process id by default. */
  nodeId: string;
  /** Folder of bundled scenarios offered to instructors (the repository's `scenarios/`). */
  scenarios: string;
  /**
   * More folders of scenarios, offered besides the bundled ones (`--scenarios`, repeatable, or
   * `CROSSBORDER_SCENARIOS`, a list separated like PATH). An id found twice: the first is offered.
   */
  extraScenarios: string[];
  /** Where scenarios uploaded from the console are kept: `uploaded-scenarios` beside the database. */
  uploads: string;
  /** Folder of the built client, served at `/`; absent in server-only runs. */
  client: string;
  instructorKey: string;
  /** Whether the key was generated at start (then it is printed). */
  generatedKey: boolean;
  logLevel: string;
  /**
   * Messages per second, averaged, and in a burst, for one socket and for one seat token;
   * `perAddress` for everything from one network address (bursts of three times that).
   */
  rateLimit: { perSecond: number; burst: number; perAddress: number };
  /**
   * Origins (scheme, host and port) besides this machine's own addresses from which browsers may
   * open sockets: the address the room types when it is not one of this machine's (a name, a proxy).
   */
  publicUrls: string[];
  /** How V8 collects garbage (gc.ts): `auto` collects on the main thread when given one core. */
  gc: GcMode;
  /**
   * Game minutes a bot playing an empty seat thinks after each decision, for a session created
   * without its own (`--bot-think`, `CROSSBORDER_BOT_THINK`, a duration such as `30m`; `0m`: at once).
   */
  botThink: number;
}

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  data: { type: 'string' },
  scenarios: { type: 'string', multiple: true },
  client: { type: 'string' },
  'instructor-key': { type: 'string' },
  'log-level': { type: 'string' },
  'rate-limit': { type: 'string' },
  'rate-limit-address': { type: 'string' },
  'public-url': { type: 'string', multiple: true },
  gc: { type: 'string' },
  'bot-think': { type: 'string' },
  store: { type: 'string' },
  'node-id': { type: 'string' },
} as const;

/** The store named by `--store`: `sqlite` (the default) or a PostgreSQL address. */
function storeOf(text: string | undefined): Config['store'] {
  if (text === undefined || text === '' || text === 'sqlite') return { kind: 'sqlite' };
  if (/^postgres(ql)?:\/\//.test(text)) return { kind: 'postgres', url: text };
  throw new Error(
    `--store / CROSSBORDER_STORE must be "sqlite" (the default: the file --data names) or a PostgreSQL address such as postgres://user:password@db.example.org/crossborder, got "${text.replace(/:[^:@/]*@/, ':***@')}"`,
  );
}

function positive(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${option} must be a positive number, got "${text}"`);
  return value;
}

/** The bots' default thinking time, in game minutes. */
function botThink(text: string): number {
  const minutes = botThinkMinutes(text);
  if (minutes === undefined)
    throw new Error(
      `--bot-think / CROSSBORDER_BOT_THINK must be a game duration such as 30m, 2h or 1d (0m: bots answer at once; at most ${formatDuration(BOT_THINK_MAX_MINUTES)}), got "${text}"`,
    );
  return minutes;
}

/**
 * Messages a socket or seat token may send per second (burst: three times that), and messages
 * from one network address: by default twenty times a socket's, for a room behind one router.
 */
function rateLimit(socket: string | undefined, address: string | undefined): Config['rateLimit'] {
  const perSecond = positive(socket ?? '10', '--rate-limit');
  const perAddress = address === undefined ? perSecond * 20 : positive(address, '--rate-limit-address');
  return { perSecond, burst: perSecond * 3, perAddress };
}

/** Public addresses, as origins (`https://crossborder.example.org`); each must be an http(s) URL. */
function publicUrls(given: readonly string[]): string[] {
  return given
    .flatMap((text) => text.split(','))
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        throw new Error(
          `--public-url must be an address such as https://crossborder.example.org, got "${text}"`,
        );
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`--public-url must start with http:// or https://, got "${text}"`);
      return url.origin;
    });
}

/**
 * Paths given by the user are relative to where they typed the command (`cwd`); the defaults are
 * relative to the repository (`root`), so that `npm start` works from anywhere.
 */
export function loadConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  root: string,
  cwd = root,
): Config {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
  const port = Number(values.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port / PORT must be a port number (0-65535), got "${values.port ?? env.PORT}"`);
  }
  const path = (given: string | undefined, fallback: string) =>
    given ? resolve(cwd, given) : resolve(root, fallback);
  const database = path(values.data ?? env.CROSSBORDER_DATA, 'data/crossborder.sqlite');
  const given = values['instructor-key'] ?? env.CROSSBORDER_INSTRUCTOR_KEY;
  if (given !== undefined && given.length < 16) {
    throw new Error(
      'the instructor key must have at least 16 characters (or leave it unset to generate one)',
    );
  }
  const store = storeOf(values.store ?? env.CROSSBORDER_STORE);
  // Every node must accept the same key: a key generated here would be this node's alone.
  if (store.kind === 'postgres' && given === undefined)
    throw new Error(
      'with a PostgreSQL store every node needs the same instructor key: set --instructor-key or CROSSBORDER_INSTRUCTOR_KEY (at least 16 characters) on each node',
    );
  const nodeId = values['node-id'] ?? env.CROSSBORDER_NODE_ID ?? `${hostname()}-${process.pid}`;
  if (!/^[\w.:-]{1,100}$/.test(nodeId))
    throw new Error(
      `--node-id / CROSSBORDER_NODE_ID must be 1 to 100 letters, digits, dots, colons, hyphens or underscores, got "${nodeId}"`,
    );
  return {
    host: values.host ?? env.HOST ?? '0.0.0.0',
    store,
    nodeId,
    port,
    database,
    scenarios: resolve(root, 'scenarios'),
    extraScenarios: (values.scenarios ?? env.CROSSBORDER_SCENARIOS?.split(delimiter) ?? [])
      .map((folder) => folder.trim())
      .filter(Boolean)
      .map((folder) => resolve(cwd, folder)),
    uploads: resolve(dirname(database), 'uploaded-scenarios'),
    client: path(values.client ?? env.CROSSBORDER_CLIENT, 'apps/client/dist'),
    instructorKey: given ?? randomBytes(18).toString('base64url'),
    generatedKey: given === undefined,
    logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'info',
    rateLimit: rateLimit(
      values['rate-limit'] ?? env.CROSSBORDER_RATE_LIMIT,
      values['rate-limit-address'] ?? env.CROSSBORDER_RATE_LIMIT_ADDRESS,
    ),
    publicUrls: publicUrls(
      values['public-url'] ?? (env.CROSSBORDER_PUBLIC_URL ? [env.CROSSBORDER_PUBLIC_URL] : []),
    ),
    gc: gcModeOf(values.gc === undefined ? [] : ['--gc', values.gc], env),
    botThink: botThink(values['bot-think'] ?? env.CROSSBORDER_BOT_THINK ?? DEFAULT_BOT_THINK),
  };
}
