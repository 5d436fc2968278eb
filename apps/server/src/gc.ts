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
export const GC_MODES = ['auto', 'concurrent', 'single-threaded'] as const;
export type GcMode = (typeof GC_MODES)[number];

const SINGLE_THREADED = '--single-threaded-gc';

/** What the restart depends on in the running process. */
export interface Process {
  cores: number;
  execArgv: readonly string[];
  /** Whether the process talks to its parent over an IPC channel (`fork`, pm2): a restart would cut it. */
  ipc: boolean;
}

/**
 * The V8 flags to restart the process with, or null if it runs as it should. The flag only
 * takes effect at start, so the server restarts itself in place (`process.execve`: the same
 * process id, so signals and supervisors are not confused). A process with an IPC channel is
 * left as it is: the channel would not survive.
 */
export function gcRestartFlags(mode: GcMode, { cores, execArgv, ipc }: Process): string[] | null {
  const single = mode === 'single-threaded' || (mode === 'auto' && cores <= 1);
  return single && !ipc && !execArgv.includes(SINGLE_THREADED) ? [SINGLE_THREADED] : null;
}
