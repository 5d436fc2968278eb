import { Worker } from 'node:worker_threads';
import type { Scenario, ScenarioIssue } from '@crossborder/scenario';
import { entryOf, type ScenarioEntry, type ScenarioOrigin } from './scenarios.js';

/** What the worker answers for one file. */
interface Checked {
  id: number;
  scenario: Scenario | null;
  issues: ScenarioIssue[];
}

/** A worker thread, when it has loaded, and whether it has stopped. */
interface Spawned {
  thread: Worker;
  ready: Promise<void>;
  stopped: boolean;
}

/** Why a file could not be checked at all (too slow, too big for the worker's memory). */
export class CheckFailed extends Error {}

export interface CheckerLimits {
  /**
   * A check of a file from outside (an upload, a studio draft, a watched folder) that takes longer is
   * abandoned and the worker replaced: a guard against a hostile file, not a test. Counted from when
   * the worker has loaded, so that a busy machine's slow start is not held against the first file;
   * the bundled scenarios, part of the product, are abandoned only when hung (HUNG_MS).
   */
  timeoutMs: number;
  /** The worker's heap: a file that needs more is refused instead of growing the server. */
  heapMb: number;
}

const DEFAULT_LIMITS: CheckerLimits = { timeoutMs: 20_000, heapMb: 256 };

/**
 * How long a worker may take to load, and a bundled scenario to be checked, before the worker is
 * declared hung and replaced: only against a hang (a bug), far out of reach of a busy machine, so
 * that one stuck worker never stalls every later check.
 */
const HUNG_MS = 600_000;

// From the sources (tests) the worker runs as TypeScript; built, as the JavaScript beside this file.
const WORKER_FILE = new URL(
  import.meta.url.endsWith('.ts') ? './check-worker.ts' : './check-worker.js',
  import.meta.url,
);

/**
 * Checks scenarios (uploaded, and the files of the scenario folders) on a worker thread, one at a time in the order they came: the main
 * thread only sends the text and receives the result, so running sessions are never held up.
 */
export class ScenarioChecker {
  private worker: Spawned | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private next = 0;

  constructor(private readonly limits: CheckerLimits = DEFAULT_LIMITS) {}

  /**
   * Checks a file as `npm run scenario -- check` does; `file` is the name its problems are placed in.
   * The origin decides the time limit (none but HUNG_MS for the bundled files): always said.
   */
  check(file: string, source: string, origin: ScenarioOrigin): Promise<ScenarioEntry> {
    const run = this.queue.then(() => this.run(file, source, origin));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker (when the server stops). */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.thread.terminate();
  }

  /** A new worker, and when it has loaded (it says so once); one that fails first is "ready" too, and stopped. */
  private spawn(): Spawned {
    const thread = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb },
    });
    thread.unref();
    const spawned: Spawned = { thread, ready: Promise.resolve(), stopped: false };
    spawned.ready = new Promise<void>((resolve) => {
      const loaded = (message: { ready?: boolean }) => {
        if (!message.ready) return;
        thread.off('message', loaded);
        resolve();
      };
      thread.on('message', loaded);
      thread.once('error', () => resolve());
      thread.once('exit', () => {
        spawned.stopped = true;
        // An idle worker that died is replaced at the next check.
        if (this.worker === spawned) this.worker = null;
        resolve();
      });
    });
    return spawned;
  }

  private async run(file: string, source: string, origin: ScenarioOrigin): Promise<ScenarioEntry> {
    this.worker ??= this.spawn();
    const spawned = this.worker;
    const worker = spawned.thread;
    if (!(await loadedWithin(spawned.ready, HUNG_MS))) {
      if (this.worker === spawned) this.worker = null;
      void worker.terminate();
      throw new CheckFailed(`the checker did not start within ${HUNG_MS / 60_000} minutes`);
    }
    const id = this.next++;
    return new Promise<ScenarioEntry>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', answered);
        worker.off('error', failed);
        worker.off('exit', failed);
      };
      // A worker that failed or was stopped is replaced for the next file.
      const abandon = (reason: string) => {
        done();
        if (this.worker?.thread === worker) this.worker = null;
        void worker.terminate();
        reject(new CheckFailed(reason));
      };
      const answered = (checked: Checked) => {
        if (checked.id !== id) return;
        done();
        resolve(entryOf(file, source, checked.scenario ?? undefined, checked.issues, origin));
      };
      const failed = (cause: unknown) =>
        abandon(
          (cause as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `it needs more than ${this.limits.heapMb} MB of memory`
            : 'the checker stopped',
        );
      const limit = origin === 'bundled' ? HUNG_MS : this.limits.timeoutMs;
      const timer = setTimeout(
        () => abandon(`it took longer than ${Math.round(limit / 1000)} seconds`),
        limit,
      );
      timer.unref();
      worker.on('message', answered);
      worker.on('error', failed);
      worker.on('exit', failed);
      // It stopped while loading: it will never answer, nor exit again.
      if (spawned.stopped) return failed(new Error('stopped'));
      // The bundled scenarios are proven winnable by the engine's tests: the loader's check is enough.
      worker.postMessage({ id, file, source, bots: origin !== 'bundled' });
    });
  }
}

/** Whether `ready` settled within `ms` (a worker that never says it has loaded is hung). */
async function loadedWithin(ready: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([ready.then(() => true as const), hung]);
  } finally {
    clearTimeout(timer);
  }
}
