import { createContext, missedObjectiveIssues, whyNotMet } from '@crossborder/engine';
import { formatIssue } from '@crossborder/scenario';
import { checkPaths } from '@crossborder/scenario/node';
import { type Output, plural, userDirectory } from '../io.js';
import { botRun, causeLines } from './simulate.js';

/**
 * `check <file|folder>...`: every problem of every file, each with its place. A valid file is
 * then played by bots: a scenario that bots cannot win is an error too (its objectives or
 * deadlines cannot all be met), except for objectives whose author says why bots may miss them
 * (`botsMayMiss`), reported as warnings.
 */
export async function check(paths: readonly string[], io: Output): Promise<number> {
  if (paths.length === 0) {
    io.err('check needs a file or folder, e.g.: npm run scenario -- check scenarios/');
    return 2;
  }
  let checked: Awaited<ReturnType<typeof checkPaths>>;
  try {
    checked = await checkPaths(paths, userDirectory());
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const path = (cause as NodeJS.ErrnoException).path ?? paths.join(' ');
    io.err(code === 'ENOENT' ? `No such file or folder: ${path}` : `Cannot read ${path}: ${String(cause)}`);
    return 2;
  }
  if (checked.length === 0) {
    io.err(`No .yaml scenario files found in ${paths.join(', ')}`);
    return 1;
  }
  let errors = 0;
  let warnings = 0;
  let failedFiles = 0;
  for (const { file, source, result } of checked) {
    let fileErrors = result.issues.filter((issue) => issue.severity === 'error').length;
    warnings += result.issues.length - fileErrors;
    for (const issue of result.issues) (issue.severity === 'error' ? io.err : io.out)(formatIssue(issue));
    const scenario = result.scenario;
    if (scenario) {
      const run = botRun(scenario);
      const { debrief } = run;
      // Missed by bots: an error, unless the author says why bots may miss it (a warning then).
      for (const { objective: id, issue } of missedObjectiveIssues(source, file, scenario, debrief)) {
        const say = issue.severity === 'error' ? io.err : io.out;
        if (issue.severity === 'error') fileErrors++;
        else warnings++;
        say(formatIssue(issue));
        // Why, in the author's terms: the missing link, back along the chain of leads.
        const condition = scenario.objectives[id]?.when;
        if (condition) {
          const causes = whyNotMet(
            createContext(scenario),
            run.simulation.state,
            run.simulation.commands,
            condition,
          );
          for (const line of causeLines(scenario, causes, 2, run.simulation.state)) say(line);
        }
      }
      if (fileErrors === 0) {
        const count = (items: object, word: string) => plural(Object.keys(items).length, word);
        const met = Object.values(debrief.objectives).filter((objective) => objective.metAt !== null).length;
        io.out(
          `${file}: ok — "${scenario.title}": ${count(scenario.countries, 'country')}, ${count(scenario.case.evidence, 'evidence item')}, ${count(scenario.injects, 'inject')}, ${count(scenario.objectives, 'objective')}; ${debrief.won ? 'bots win it' : `bots meet ${met} of ${Object.keys(debrief.objectives).length} objectives, the others allowed to be missed`}`,
        );
      }
    }
    errors += fileErrors;
    if (fileErrors > 0) failedFiles++;
  }
  io.out(
    `${plural(checked.length, 'file')} checked: ${checked.length - failedFiles} ok, ${failedFiles} with errors (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  );
  return errors > 0 ? 1 : 0;
}
