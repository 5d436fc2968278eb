/**
 * How V8 collects garbage in the server process.
 *
 * V8 marks and sweeps on helper threads beside the main thread. Given one core (a small VM, a
 * container limited to one CPU, or `taskset`), those threads take turns with the main thread on
 * it, and after each full collection the game stalled for 100 to 220 ms (measured by
 * `npm run bench:server` with 250 sessions on one core). Collecting on the main thread alone
 * makes one pause of about 51 to 68 ms instead. With two cores or more, the helpers run beside
 * the game and are the better choice.
 */
const GC_MODES = ['auto', 'concurrent', 'single-threaded'] as const;
export type GcMode = (typeof GC_MODES)[number];

const SINGLE_THREADED = '--single-threaded-gc';

/** What the choice depends on in the process about to run the server. */
export interface Machine {
  cores: number;
  /** The flags Node was started with. */
  execArgv: readonly string[];
}

/**
 * The V8 flags Node must be started with for `mode` that it was not started with (none when it
 * runs as it should). The flag only takes effect at start, so it is given where the server is
 * started: the launcher (start.ts) starts Node with it.
 */
export function gcFlags(mode: GcMode, { cores, execArgv }: Machine): string[] {
  const single = mode === 'single-threaded' || (mode === 'auto' && cores <= 1);
  return single && !execArgv.includes(SINGLE_THREADED) ? [SINGLE_THREADED] : [];
}

/** The `--gc` option as the launcher reads it (flag first, then CROSSBORDER_GC, then `auto`). */
export function gcModeOf(args: readonly string[], env: NodeJS.ProcessEnv): GcMode {
  const at = args.findIndex((arg) => arg === '--gc' || arg.startsWith('--gc='));
  const given = at < 0 ? env.CROSSBORDER_GC : args[at]?.includes('=') ? args[at]?.slice(5) : args[at + 1];
  const mode = given ?? 'auto';
  if (!(GC_MODES as readonly string[]).includes(mode))
    throw new Error(`--gc / CROSSBORDER_GC must be one of ${GC_MODES.join(', ')}, got "${given}"`);
  return mode as GcMode;
}
