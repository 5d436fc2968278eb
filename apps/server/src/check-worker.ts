/**
 * The worker thread that checks uploaded scenarios (see checker.ts), so that parsing and
 * validating a large or hostile file never holds up the sockets of running sessions. It imports
 * only packages (no relative module), so that it runs as TypeScript from the sources in tests and
 * as JavaScript from dist in production.
 */
import { parentPort } from 'node:worker_threads';
import { formatIssue, loadScenarioText } from '@crossborder/scenario';

parentPort?.on('message', (job: { id: number; file: string; source: string }) => {
  const { scenario, issues } = loadScenarioText(job.source, job.file);
  parentPort?.postMessage({ id: job.id, scenario: scenario ?? null, issues: issues.map(formatIssue) });
});
