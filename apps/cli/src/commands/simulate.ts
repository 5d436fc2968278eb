import { assess, createContext, type Debrief, simulate } from '@crossborder/engine';
import { formatDuration, type Scenario } from '@crossborder/scenario';
import { gameTime, type Output } from '../io.js';

/** Plays the scenario with bots and returns the debrief of that run. */
export function botRun(scenario: Scenario): { debrief: Debrief; rejections: number; events: number } {
  const simulation = simulate(scenario);
  const debrief = assess(createContext(scenario), simulation.state, simulation.events);
  return { debrief, rejections: simulation.rejections.length, events: simulation.events.length };
}

/** The simulation report: outcome, objectives with their slack, the preservation race, the critical path. */
export function printSimulation(scenario: Scenario, run: ReturnType<typeof botRun>, io: Output): void {
  const { debrief } = run;
  const name = (country: string) =>
    scenario.countries[country]?.shortName ?? scenario.countries[country]?.name ?? country;
  const objectives = Object.values(debrief.objectives);
  const met = objectives.filter((objective) => objective.metAt !== null).length;
  io.out(
    `Simulation of "${scenario.title}" with a bot playing each of ${Object.keys(scenario.countries).length} countries`,
  );
  io.out(
    `Outcome: ${debrief.won ? 'WON' : 'NOT WON'}: ${met} of ${objectives.length} objectives met; the scenario ends on ${gameTime(scenario.session.endsAfter)}.`,
  );
  io.out('');
  io.out('Objectives (slack = time to spare before the deadline, or before the end when there is none)');
  for (const [id, objective] of Object.entries(debrief.objectives)) {
    const deadline = objective.deadline === null ? 'no deadline' : `deadline ${gameTime(objective.deadline)}`;
    if (objective.metAt !== null) {
      io.out(
        `  met     ${id}: ${gameTime(objective.metAt)}, ${deadline}, slack ${formatDuration(objective.slack ?? 0)}`,
      );
    } else {
      io.out(`  MISSED  ${id}: ${deadline}`);
    }
  }
  io.out('');
  io.out('Volatile evidence (slack = time between preservation and the deletion it prevented)');
  for (const [id, item] of Object.entries(debrief.evidence)) {
    if (item.expiresAt === null || item.expiresAt > scenario.session.endsAfter) continue;
    const fate =
      item.preservedAt !== null
        ? `preserved ${gameTime(item.preservedAt)}, slack ${formatDuration(item.slack ?? 0)}`
        : item.lostAt !== null
          ? `LOST ${gameTime(item.lostAt)}`
          : 'not preserved';
    const obtained =
      item.obtainedBy.length > 0 ? `; obtained by ${item.obtainedBy.map(name).join(', ')}` : '';
    io.out(`  ${id}: deleted ${gameTime(item.expiresAt)} unless preserved; ${fate}${obtained}`);
  }
  const last = Object.entries(debrief.objectives)
    .filter(([, objective]) => objective.metAt !== null)
    .sort(([, a], [, b]) => (b.metAt ?? 0) - (a.metAt ?? 0))[0];
  if (last) {
    io.out('');
    io.out(`Critical path to the last objective met (${last[0]}):`);
    for (const step of last[1].path) {
      io.out(
        `  ${gameTime(step.at)}  ${name(step.country)} ${step.what.replace('-', ' ')} ${step.subject}${step.via ? ` (via ${step.via})` : ''}`,
      );
    }
  }
  io.out('');
  io.out(
    `Bots: ${run.events} events, ${run.rejections} commands rejected, ${debrief.violations.length} violations recorded.`,
  );
}
