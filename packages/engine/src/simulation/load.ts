import type { Scenario } from '@crossborder/scenario';
import type { CountryId, GameTime } from '../model/ids.js';
import type { Simulation } from '../simulate.js';

/** What one team (country) did in a simulated run. */
export interface TeamLoad {
  country: CountryId;
  /** Commands accepted, and rejected by the rules. */
  commands: number;
  rejected: number;
  /** The longest stretch of play without an accepted command, from the start to the last objective decided. */
  longestIdle: { from: GameTime; to: GameTime } | null;
}

/**
 * Each team's load: how much it did, and its longest idle stretch while the game was still being
 * decided (from the start to the minute the last objective was met or missed). A team that never
 * acts has no commands and is idle throughout.
 */
export function teamLoad(scenario: Scenario, simulation: Simulation): TeamLoad[] {
  const decided = Object.values(simulation.state.objectives).map(
    (objective) => objective.metAt ?? objective.missedAt ?? scenario.session.endsAfter,
  );
  const until = decided.length > 0 ? Math.max(...decided) : scenario.session.endsAfter;
  return Object.keys(scenario.countries).map((country) => {
    const mine = simulation.commands.filter((command) => command.country === country);
    const accepted = mine.filter((command) => command.rejection === null).map((command) => command.at);
    const times = [0, ...accepted.filter((at) => at <= until), until];
    let longestIdle: TeamLoad['longestIdle'] = null;
    for (let index = 1; index < times.length; index++) {
      const from = times[index - 1] as GameTime;
      const to = times[index] as GameTime;
      if (to > from && (longestIdle === null || to - from > longestIdle.to - longestIdle.from))
        longestIdle = { from, to };
    }
    return { country, commands: accepted.length, rejected: mine.length - accepted.length, longestIdle };
  });
}
