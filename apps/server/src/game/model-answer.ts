import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ModelAnswer } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import { z } from 'zod';

/** What the worker answers: the model answer, or why it could not be played. */
const Answer = z.union([
  z.object({ id: z.number(), model: z.record(z.string(), z.number().nullable()) }),
  z.object({ id: z.number(), error: z.string() }),
]);

// From the sources (tests) the worker runs as TypeScript; built, as the JavaScript beside this file.
const WORKER_FILE = new URL(
  import.meta.url.endsWith('.ts') ? '../model-worker.ts' : '../model-worker.js',
  import.meta.url,
);

/** How many scenarios' model answers are kept: a server hosts a handful of scenarios at a time. */
const KEPT_SCENARIOS = 16;

/**
 * One model answer per scenario's content, shared by every session that plays it. The answer is a
 * whole game played by the bots (half a second of CPU for the botnet), and depends on nothing but
 * the scenario: computed per session, it cost more than all the sessions' commands together (10
 * sessions of the botnet took 13 % of a core for nothing else). Keyed by the content, not the
 * object, as each session loads its scenario anew; a failure is not kept, so the next asks again.
 */
export function sharedByContent(
  compute: (scenario: Scenario) => Promise<ModelAnswer>,
  kept = KEPT_SCENARIOS,
): (scenario: Scenario) => Promise<ModelAnswer> {
  const answers = new Map<string, Promise<ModelAnswer>>();
  return (scenario) => {
    const key = createHash('sha256').update(JSON.stringify(scenario)).digest('base64');
    const known = answers.get(key);
    if (known) {
      // Used again: last to be forgotten.
      answers.delete(key);
      answers.set(key, known);
      return known;
    }
    const answer = compute(scenario);
    answers.set(key, answer);
    answer.catch(() => {
      if (answers.get(key) === answer) answers.delete(key);
    });
    for (const oldest of answers.keys()) {
      if (answers.size <= kept) break;
      answers.delete(oldest);
    }
    return answer;
  };
}

/**
 * Plays scenarios through with the bots on one worker thread, one at a time: the main thread only
 * sends the scenario and receives the answer, so running sessions are never held up. Each session
 * asks when an instructor first attaches (Session.askModel), and sessions of the same scenario share one
 * answer; the worker is started when a scenario is asked, stops once it has nothing left to play,
 * and never keeps the process alive.
 */
export class ModelAnswers {
  /** The model answer of a scenario: computed on the worker the first time its content is asked. */
  readonly compute = sharedByContent((scenario) => this.play(scenario));
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (model: ModelAnswer) => void; reject: (cause: Error) => void }
  >();

  /** Whether the worker thread is up (it holds its own heap while it is). */
  get running(): boolean {
    return this.worker !== null;
  }

  private play(scenario: Scenario): Promise<ModelAnswer> {
    const worker = this.spawn();
    const id = this.next++;
    return new Promise<ModelAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, scenario });
    });
  }

  /** Stops the worker; what it was still asked fails (the server is shutting down). */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll();
    await worker?.terminate();
  }

  private failAll(): void {
    for (const job of this.waiting.values()) job.reject(new Error('the model answer worker stopped'));
    this.waiting.clear();
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_FILE);
    worker.unref();
    worker.on('message', (message: unknown) => {
      const answer = Answer.safeParse(message);
      if (!answer.success) return;
      const job = this.waiting.get(answer.data.id);
      this.waiting.delete(answer.data.id);
      if ('model' in answer.data) job?.resolve(answer.data.model);
      else job?.reject(new Error(`the bots could not play the scenario: ${answer.data.error}`));
      // Answers are kept per scenario, so the worker is seldom needed again: its heap (a whole
      // game's states, about 100 MB for the botnet) goes back to the system until then.
      if (this.waiting.size === 0) void this.stop();
    });
    // A worker that stopped by itself fails what it was asked; the next question starts a new one.
    // One told to stop is no longer this.worker, and a newer one may be playing by now.
    const failed = () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll();
    };
    worker.on('error', failed);
    worker.on('exit', failed);
    this.worker = worker;
    return worker;
  }
}

/** The server's one worker for model answers. */
export const modelAnswers = new ModelAnswers();
