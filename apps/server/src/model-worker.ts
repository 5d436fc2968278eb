/**
 * The worker thread that computes scenarios' model answers (see game/model-answer.ts): a whole
 * game played by the bots, which must not hold up the sockets of running sessions. It imports
 * only packages (no relative module), so that it runs as TypeScript from the sources in tests and
 * as JavaScript from dist in production.
 */
import { parentPort } from 'node:worker_threads';
import { modelAnswer } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';

parentPort?.on('message', (job: { id: number; scenario: Scenario }) => {
  try {
    parentPort?.postMessage({ id: job.id, model: modelAnswer(job.scenario) });
  } catch (cause) {
    parentPort?.postMessage({ id: job.id, error: cause instanceof Error ? cause.message : String(cause) });
  }
});
