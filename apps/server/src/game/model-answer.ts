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

/**
 * Plays scenarios through with the bots on one worker thread, one at a time: the main thread only
 * sends the scenario and receives the answer, so running sessions are never held up. Each session
 * asks once and keeps the promise (Session.progress); the worker is started on first use and never
 * keeps the process alive.
 */
export class ModelAnswers {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (model: ModelAnswer) => void; reject: (cause: Error) => void }
  >();

  compute(scenario: Scenario): Promise<ModelAnswer> {
    const worker = this.spawn();
    const id = this.next++;
    return new Promise<ModelAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, scenario });
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
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
    });
    // A worker that stopped fails what it was asked; the next question starts a new one.
    const failed = () => {
      if (this.worker === worker) this.worker = null;
      for (const job of this.waiting.values()) job.reject(new Error('the model answer worker stopped'));
      this.waiting.clear();
    };
    worker.on('error', failed);
    worker.on('exit', failed);
    this.worker = worker;
    return worker;
  }
}

/** The server's one worker for model answers. */
export const modelAnswers = new ModelAnswers();
