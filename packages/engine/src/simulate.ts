import type { Scenario } from '@crossborder/scenario';
import { botCommands } from './bots/index.js';
import { createEngine } from './engine.js';
import type { Rejection } from './model/decision.js';
import type { Event } from './model/events.js';
import type { CountryId, GameTime } from './model/ids.js';
import type { State } from './model/state.js';
import type { CountryView } from './view/types.js';

/** How often, at most, bots look at the game when nothing falls due (game minutes). */
const BOT_TURN_MINUTES = 6 * 60;
/** Rounds of bot turns at one game time before the clock moves on (commands unlock others). */
const ROUNDS_PER_TURN = 12;

export interface BotRejection {
  at: GameTime;
  country: CountryId;
  command: string;
  rejection: Rejection;
}

export interface Simulation {
  state: State;
  events: Event[];
  rejections: BotRejection[];
  /** Every objective met by its deadline. */
  won: boolean;
}

/**
 * Plays a scenario with a bot for every country, from the start to the scenario's end. Bots
 * act when something falls due for them and at least every six game hours.
 */
export function simulate(scenario: Scenario, options: { botTurnMinutes?: number } = {}): Simulation {
  const engine = createEngine(scenario);
  const state = engine.initialState();
  const events: Event[] = [];
  const rejections: BotRejection[] = [];
  const turn = options.botTurnMinutes ?? BOT_TURN_MINUTES;
  let now: GameTime = 0;
  while (!state.ended) {
    events.push(...engine.catchUp(state, now));
    for (let round = 0; round < ROUNDS_PER_TURN && !state.ended; round++) {
      let acted = false;
      for (const country of engine.ctx.countries) {
        for (const command of botCommands(engine.view(state, country) as CountryView, now)) {
          const result = engine.act(state, country, command, now);
          events.push(...result.events);
          if (result.rejection)
            rejections.push({ at: now, country, command: command.type, rejection: result.rejection });
          else acted = true;
        }
      }
      if (!acted) break;
    }
    const due = engine.nextDue(state);
    now = Math.min(due ?? Number.POSITIVE_INFINITY, now + turn);
  }
  const won = Object.values(state.objectives).every((objective) => objective.metAt !== null);
  return { state, events, rejections, won };
}
