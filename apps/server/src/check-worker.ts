/**
 * The worker thread that checks scenarios (see checker.ts), so that parsing, validating and
 * playing a large or hostile file through with bots never holds up the sockets of running
 * sessions. The bundled scenarios skip the bots (the engine's tests prove each one winnable),
 * which keeps the server's start quick. It imports only packages (no relative module), so that it runs as TypeScript from
 * the sources in tests and as JavaScript from dist in production.
 */
import { parentPort } from 'node:worker_threads';
import { checkScenarioText } from '@crossborder/engine';
import { loadScenarioText } from '@crossborder/scenario';

parentPort?.on('message', (job: { id: number; file: string; source: string; bots: boolean }) => {
  // The check command's own check: the loader's problems, then bots must be able to win it.
  const { scenario, issues } = (job.bots ? checkScenarioText : loadScenarioText)(job.source, job.file);
  parentPort?.postMessage({ id: job.id, scenario: scenario ?? null, issues });
});
// Loaded: from now on a check's time is the check's alone (checker.ts starts its clock here).
parentPort?.postMessage({ ready: true });
