import type { ProgressObjective } from '@crossborder/protocol';
import type { Scenario } from '@crossborder/scenario';

/** The scenario's objectives as the console's progress view needs them: title, for whom, deadline. */
export function objectivesOf(scenario: Scenario): Record<string, ProgressObjective> {
  return Object.fromEntries(
    Object.entries(scenario.objectives).map(([id, objective]) => [
      id,
      {
        title: objective.title,
        for: Array.isArray(objective.for) ? [...objective.for] : 'all',
        deadline: objective.deadline ?? null,
      },
    ]),
  );
}

/**
 * Each country's last command, from the log's acknowledged actions in order: the latest game time
 * for each actor that is a country (the instructor's actions are not a team's).
 */
export function lastCommands(
  actions: readonly { actor: string; at: number }[],
  countries: readonly string[],
): Record<string, number> {
  const last: Record<string, number> = {};
  for (const { actor, at } of actions)
    if (countries.includes(actor)) last[actor] = Math.max(last[actor] ?? at, at);
  return last;
}
