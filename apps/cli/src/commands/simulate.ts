import { resolve } from 'node:path';
import {
  assess,
  type Cause,
  createContext,
  DEFAULT_THINK_MINUTES,
  type Debrief,
  type EffectRun,
  injectRuns,
  type Simulation,
  type State,
  simulate,
  teamLoad,
  whyNotMet,
} from '@crossborder/engine';
import { EN, translateOr } from '@crossborder/i18n';
import {
  CONDITION_KINDS,
  type ConditionOf,
  formatDuration,
  formatIssue,
  parseDuration,
  realMinutesText,
  type Scenario,
} from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { gameTime, type Output, plural, userDirectory } from '../io.js';
import { rulingText, simulationWords, stepText } from './simulate-words.js';

const SIMULATE_HELP = `Usage: npm run scenario -- simulate <file> [--seeds N] [--think <duration>]

Plays the scenario with a bot for every country and prints:
  - the outcome, and each objective's slack in game time and in real workshop minutes at the
    scenario's default speed;
  - for an objective missed, the chain of what was missing and why: the lead never revealed,
    the request refused, still running or never made, the bot command the rules rejected;
  - the volatile evidence race and the critical path to the last objective met, in words (titles
    and names), marking what a compound objective waited for;
  - which injects fired, when, and what each of their effects did;
  - each team's load: commands given and rejected, its longest idle stretch, teams that never act;
  - every command the rules rejected, with the rule.

Options:
  --seeds N          Play N more runs (seeds 1 to N) and print how often the scenario is won and
                     the spread of each objective's slack. A seed does not change the engine, which
                     is deterministic: it shuffles the order in which the bots act in each round and
                     gives each bot a thinking time after each decision, from 0 to --think.
  --think <duration> The longest thinking time of a seeded run (default ${formatDuration(DEFAULT_THINK_MINUTES)}).
  --help             Show this help.

Exit status: 0 when the bots win (every seeded run, with --seeds), 1 otherwise, 2 on a usage error.`;

/** Plays the scenario with bots and returns the debrief of that run. */
export function botRun(
  scenario: Scenario,
  options: { seed?: number; thinkMinutes?: number } = {},
): { debrief: Debrief; rejections: number; events: number; simulation: Simulation } {
  const simulation = simulate(scenario, options);
  const debrief = assess(createContext(scenario), simulation.state, simulation.events);
  return { debrief, rejections: simulation.rejections.length, events: simulation.events.length, simulation };
}

interface Options {
  path: string;
  seeds: number;
  think: number;
}

function parseArgs(args: readonly string[]): Options | string {
  let path: string | undefined;
  let seeds = 0;
  let think = DEFAULT_THINK_MINUTES;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--seeds') {
      const value = Number(args[++index]);
      if (!Number.isInteger(value) || value < 1 || value > 1000)
        return `--seeds needs a whole number of runs from 1 to 1000, e.g. --seeds 10`;
      seeds = value;
    } else if (arg === '--think') {
      const value = parseDuration(args[++index] ?? '');
      if (value === undefined) return '--think needs a duration such as 30m, 2h or 1d';
      think = value;
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}" (options: --seeds, --think, --help)`;
    } else if (path === undefined) {
      path = arg;
    } else {
      return 'simulate plays one scenario file at a time';
    }
  }
  if (path === undefined)
    return 'simulate needs one scenario file, e.g.: npm run scenario -- simulate scenarios/tutorial.yaml';
  return { path, seeds, think };
}

export async function simulateCommand(args: readonly string[], io: Output): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(SIMULATE_HELP);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}. Try: npm run scenario -- simulate --help`);
    return 2;
  }
  const { path } = options;
  let result: Awaited<ReturnType<typeof loadScenarioFile>>;
  try {
    result = await loadScenarioFile(resolve(userDirectory(), path), path);
  } catch {
    io.err(`No such file: ${path}`);
    return 2;
  }
  if (!result.scenario) {
    for (const issue of result.issues) io.err(formatIssue(issue));
    io.err(`${path} has errors: fix them first (npm run scenario -- check ${path}).`);
    return 1;
  }
  const scenario = result.scenario;
  if (options.seeds > 0) return printSeeds(scenario, options, io) ? 0 : 1;
  const run = botRun(scenario);
  printSimulation(scenario, run, io);
  return run.debrief.won ? 0 : 1;
}

/** Game minutes and the real workshop minutes they take at the scenario's default speed. */
function both(scenario: Scenario, minutes: number): string {
  return `${formatDuration(minutes)} (${realMinutesText(minutes / scenario.session.speed)} real)`;
}

/** The simulation report: outcome, objectives with their slack and why missed, evidence, path, injects, load, rejections. */
export function printSimulation(scenario: Scenario, run: ReturnType<typeof botRun>, io: Output): void {
  const { debrief, simulation } = run;
  const ctx = createContext(scenario);
  const words = simulationWords(scenario);
  const objectives = Object.values(debrief.objectives);
  const met = objectives.filter((objective) => objective.metAt !== null).length;
  io.out(
    `Simulation of "${scenario.title}" with a bot playing each of ${Object.keys(scenario.countries).length} countries`,
  );
  io.out(
    `Outcome: ${debrief.won ? 'WON' : 'NOT WON'}: ${met} of ${objectives.length} objectives met; the scenario ends on ${gameTime(scenario.session.endsAfter)}.`,
  );
  io.out(`Real time: game minutes at the default speed (×${scenario.session.speed}) in a workshop.`);
  io.out('');
  io.out('Objectives (slack = time to spare before the deadline, or before the end when there is none)');
  for (const [id, objective] of Object.entries(debrief.objectives)) {
    const deadline = objective.deadline === null ? 'no deadline' : `deadline ${gameTime(objective.deadline)}`;
    if (objective.metAt !== null) {
      io.out(
        `  met     ${id}: ${gameTime(objective.metAt)}, ${deadline}, slack ${both(scenario, objective.slack ?? 0)}`,
      );
    } else {
      io.out(`  MISSED  ${id}: ${deadline}`);
      const condition = scenario.objectives[id]?.when;
      if (condition) {
        io.out('          why:');
        for (const line of causeLines(
          scenario,
          whyNotMet(ctx, simulation.state, simulation.commands, condition),
          6,
          simulation.state,
        ))
          io.out(`    ${line}`);
      }
    }
  }
  io.out('');
  io.out('Volatile evidence (slack = time between preservation and the deletion it prevented)');
  for (const [id, item] of Object.entries(debrief.evidence)) {
    if (item.expiresAt === null || item.expiresAt > scenario.session.endsAfter) continue;
    const fate =
      item.preservedAt !== null
        ? `preserved ${gameTime(item.preservedAt)}, slack ${both(scenario, item.slack ?? 0)}`
        : item.lostAt !== null
          ? `LOST ${gameTime(item.lostAt)}`
          : 'not preserved';
    const obtained =
      item.obtainedBy.length > 0
        ? `; obtained by ${item.obtainedBy.map((country) => words.country(country)).join(', ')}`
        : '';
    io.out(`  ${id}: deleted ${gameTime(item.expiresAt)} unless preserved; ${fate}${obtained}`);
  }
  const last = Object.entries(debrief.objectives)
    .filter(([, objective]) => objective.metAt !== null)
    .sort(([, a], [, b]) => (b.metAt ?? 0) - (a.metAt ?? 0))[0];
  if (last) {
    io.out('');
    io.out(`Critical path to the last objective met (${last[0]}):`);
    for (const step of last[1].path) io.out(`  ${gameTime(step.at)}  ${stepText(step)}`);
  }
  printInjects(scenario, simulation, io);
  printLoad(scenario, simulation, io);
  printRejections(scenario, simulation, io);
  io.out('');
  io.out(
    `Bots: ${run.events} events, ${run.rejections} commands rejected, ${debrief.violations.length} violations recorded.`,
  );
}

function effectText(scenario: Scenario, effect: EffectRun): string {
  const words = simulationWords(scenario);
  const countries = (list: string[]) =>
    list.length === 0 ? 'nobody new' : list.map((country) => words.country(country)).join(', ');
  switch (effect.kind) {
    case 'revealFact':
      return `told ${effect.fact} to ${countries(effect.countries)}`;
    case 'revealEvidence':
      return `revealed ${effect.evidence} to ${countries(effect.countries)}`;
    case 'deleteEvidence':
      return effect.done
        ? `deleted ${effect.evidence}`
        : `did not delete ${effect.evidence} (preserved or already gone)`;
    case 'moveSuspect':
      return effect.done
        ? `moved ${effect.suspect} to ${words.country(effect.to)}`
        : `did not move ${effect.suspect} (in custody or already there)`;
    case 'moveAsset':
      return effect.done
        ? `moved ${effect.asset} to ${effect.to}`
        : `did not move ${effect.asset} (frozen or already there)`;
    case 'declareEmergency':
      return effect.done ? 'declared an emergency' : 'no new emergency (already declared)';
  }
}

function printInjects(scenario: Scenario, simulation: Simulation, io: Output): void {
  const runs = injectRuns(scenario, simulation.events);
  if (runs.length === 0) return;
  io.out('');
  io.out('Injects');
  for (const run of runs) {
    if (run.firedAt === null) {
      io.out(`  never   ${run.inject}: did not fire`);
      continue;
    }
    const did =
      run.effects.length === 0
        ? 'a message only'
        : run.effects.map((effect) => effectText(scenario, effect)).join('; ');
    io.out(
      `  fired   ${run.inject}: ${gameTime(run.firedAt)} (${realMinutesText(run.firedAt / scenario.session.speed)} into the workshop): ${did}`,
    );
  }
}

/** An idle stretch this long, in real minutes, leaves a team waiting in a workshop. */
const LONG_IDLE_REAL_MINUTES = 60;

function printLoad(scenario: Scenario, simulation: Simulation, io: Output): void {
  const words = simulationWords(scenario);
  io.out('');
  io.out(
    'Load per team (commands accepted and rejected; longest stretch without acting while objectives were open)',
  );
  for (const load of teamLoad(scenario, simulation)) {
    const idle = load.longestIdle;
    const idleText = idle
      ? `longest idle ${both(scenario, idle.to - idle.from)}, ${gameTime(idle.from)} to ${gameTime(idle.to)}`
      : 'never idle';
    const warning =
      load.commands === 0
        ? '  NEVER ACTS'
        : idle && (idle.to - idle.from) / scenario.session.speed >= LONG_IDLE_REAL_MINUTES
          ? '  IDLE OVER AN HOUR'
          : '';
    io.out(
      `  ${words.country(load.country)}: ${plural(load.commands, 'command')}, ${load.rejected} rejected; ${idleText}${warning}`,
    );
  }
}

function printRejections(scenario: Scenario, simulation: Simulation, io: Output): void {
  const rejected = simulation.commands.filter((command) => command.rejection !== null);
  if (rejected.length === 0) return;
  const words = simulationWords(scenario);
  io.out('');
  io.out('Commands rejected by the rules (the same command and ruling counted once, with the first time)');
  const groups = new Map<string, { first: (typeof rejected)[number]; count: number }>();
  for (const command of rejected) {
    const key = `${command.country}\u0000${command.command.type}\u0000${command.rejection?.code}\u0000${JSON.stringify(command.rejection?.params)}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: command, count: 1 });
  }
  for (const { first, count } of groups.values()) {
    const rejection = first.rejection;
    if (!rejection) continue;
    const rule = rejection.ruleId
      ? ` [rule ${rejection.ruleId}${rejection.article ? `, ${rejection.article}` : ''}]`
      : ' [game mechanics]';
    io.out(
      `  ${count}× ${words.country(first.country)} ${first.command.type} (first ${gameTime(first.at)}): ${rulingText(scenario, simulation.state, rejection.code, rejection.params)}${rule}`,
    );
  }
}

/** A condition as the scenario file writes it, for authors who read the file beside it: `evidenceObtained: logs (by aldoria)`. */
function conditionText(condition: ConditionOf<number>): string {
  for (const kind of CONDITION_KINDS) {
    const target = condition[kind];
    if (target !== undefined) return `${kind}: ${target}${condition.by ? ` (by ${condition.by})` : ''}`;
  }
  if (condition.all) return `all of ${condition.all.length}`;
  if (condition.any) return `any of ${condition.any.length}`;
  return 'not';
}

/** The cause tree as indented lines; `state`, the run's end, names the requests a ruling names. */
export function causeLines(
  scenario: Scenario,
  causes: Cause[],
  indent: number,
  state?: Pick<State, 'requests' | 'agreements'>,
): string[] {
  const pad = ' '.repeat(indent);
  const words = simulationWords(scenario);
  const lines: string[] = [];
  for (const cause of causes) {
    switch (cause.kind) {
      case 'late':
        lines.push(`${pad}- it became true only ${gameTime(cause.at)}, after the deadline`);
        break;
      case 'not-met':
        lines.push(`${pad}- ${conditionText(cause.condition)} never became true`);
        break;
      case 'all':
        lines.push(`${pad}- all of these were needed:`);
        break;
      case 'any':
        lines.push(`${pad}- none of these happened:`);
        break;
      case 'happened':
        lines.push(
          `${pad}- ${conditionText(cause.condition)} happened (${gameTime(cause.at)}), which this objective excludes`,
        );
        break;
      case 'window':
        lines.push(
          cause.opened === null
            ? `${pad}- its time window never opened: what it starts from never happened`
            : `${pad}- not within ${formatDuration(cause.within)} of ${gameTime(cause.opened)}, when its window opened`,
        );
        break;
      case 'lost':
        lines.push(
          `${pad}- ${cause.evidence} was lost${cause.at === null ? '' : ` ${gameTime(cause.at)}`} (${cause.reason === 'retention' ? 'its retention period ran out before anyone preserved it' : 'deleted by an inject'})`,
        );
        break;
      case 'unrevealed':
        lines.push(
          `${pad}- lead never revealed: nobody who needed it learned of ${cause.subject}${cause.revealedBy.length > 0 ? `; it is revealed by ${cause.revealedBy.map(({ kind, id }) => (kind === 'inject' ? `inject ${id}` : id)).join(', ')}` : '; nothing in the scenario reveals it'}`,
        );
        break;
      case 'not-requested':
        lines.push(
          `${pad}- nobody asked for ${cause.subject}, though ${cause.knownBy.map((country) => words.country(country)).join(', ')} knew of it`,
        );
        break;
      case 'request': {
        const ground = cause.ground && translateOr(EN, EN, `ground.${cause.ground}`, {}, cause.ground);
        const status =
          cause.status === 'refused'
            ? `refused${ground ? ` (ground: ${ground})` : ''}`
            : cause.dueAt !== null
              ? `${cause.status}, due ${gameTime(cause.dueAt)}`
              : cause.status;
        lines.push(
          `${pad}- a request (${words.requestName({ ...cause, id: '', kind: cause.requestKind }, {})}): ${status}`,
        );
        break;
      }
      case 'rejected':
        lines.push(
          `${pad}- ${words.country(cause.country)}'s ${cause.command} was rejected ${gameTime(cause.at)}: ${rulingText(scenario, state, cause.code, cause.params)}${cause.ruleId ? ` [rule ${cause.ruleId}]` : ''}`,
        );
        break;
    }
    if ('causes' in cause) lines.push(...causeLines(scenario, cause.causes, indent + 2, state));
  }
  return lines;
}

/** Runs seeds 1..N and prints how often the scenario is won and the spread of slack; true if all were won. */
function printSeeds(scenario: Scenario, options: Options, io: Output): boolean {
  io.out(`Simulation of "${scenario.title}" over ${plural(options.seeds, 'seed')}`);
  io.out(
    `Each seed shuffles the order in which the bots act and gives each bot a thinking time of 0 to ${formatDuration(options.think)} after each decision; the engine itself is deterministic.`,
  );
  io.out(`Real time: game minutes at the default speed (×${scenario.session.speed}).`);
  io.out('');
  io.out('  seed  outcome   met    rejected  least slack, objective');
  const slack = new Map<string, number[]>();
  let wins = 0;
  for (let seed = 1; seed <= options.seeds; seed++) {
    const { debrief, rejections } = botRun(scenario, { seed, thinkMinutes: options.think });
    const entries = Object.entries(debrief.objectives);
    const met = entries.filter(([, objective]) => objective.metAt !== null);
    if (debrief.won) wins++;
    for (const [id, objective] of met) slack.set(id, [...(slack.get(id) ?? []), objective.slack ?? 0]);
    const least = met.sort(([, a], [, b]) => (a.slack ?? 0) - (b.slack ?? 0))[0];
    const leastText = least ? `${both(scenario, least[1].slack ?? 0)}, ${least[0]}` : '-';
    io.out(
      `  ${String(seed).padEnd(4)}  ${(debrief.won ? 'WON' : 'NOT WON').padEnd(8)}  ${`${met.length}/${entries.length}`.padEnd(5)}  ${String(rejections).padEnd(8)}  ${leastText}`,
    );
  }
  io.out('');
  io.out(`Won in ${wins} of ${plural(options.seeds, 'run')}.`);
  io.out('Slack per objective over the runs that met it (least / median / most):');
  for (const id of Object.keys(scenario.objectives)) {
    const values = [...(slack.get(id) ?? [])].sort((a, b) => a - b);
    if (values.length === 0) {
      io.out(`  ${id}: never met`);
      continue;
    }
    const median = values[Math.floor((values.length - 1) / 2)] ?? 0;
    const missed = options.seeds - values.length;
    io.out(
      `  ${id}: ${both(scenario, values[0] ?? 0)} / ${both(scenario, median)} / ${both(scenario, values.at(-1) ?? 0)}${missed > 0 ? `; missed in ${plural(missed, 'run')}` : ''}`,
    );
  }
  return wins === options.seeds;
}
