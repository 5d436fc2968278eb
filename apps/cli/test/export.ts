import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Event, simulate } from '@crossborder/engine';
import { loadScenarioText } from '@crossborder/scenario';
import { main } from '../src/cli.js';

/** For the command line's tests: the repository's root, a run of the command, a session export. */
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `npm run scenario -- <args>` in this process: its exit code and what it printed. */
export async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  process.env.INIT_CWD = root;
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * An export of the tutorial played by the bots, written in `folder` as crossborder-T3ST01.json,
 * where Borealis's case has a title only it saw; returns its path.
 */
export async function writeTutorialExport(folder: string): Promise<string> {
  const scenarioSource = await readFile(join(root, 'scenarios/tutorial.yaml'), 'utf8');
  const { scenario } = loadScenarioText(scenarioSource, 'tutorial.yaml');
  if (!scenario) throw new Error('tutorial');
  const events: Event[] = structuredClone(simulate(scenario).events);
  const opened = events.find((event) => event.type === 'CaseOpened' && event.case.country === 'borealis');
  if (opened?.type !== 'CaseOpened') throw new Error('Borealis opens a case');
  opened.case.title = 'Borealis eyes only, "case" 7';
  const input = join(folder, 'crossborder-T3ST01.json');
  await writeFile(
    input,
    JSON.stringify({ format: 'crossborder-session/1', session: { code: 'T3ST01' }, scenarioSource, events }),
  );
  return input;
}
