import type { Scenario } from '@crossborder/scenario';
import { createEngine } from './engine.js';
import type { Command } from './model/commands.js';
import type { Rejection } from './model/decision.js';
import type { Event } from './model/events.js';
import type { CountryId, GameTime } from './model/ids.js';
import type { State } from './model/state.js';
import { playBotRounds } from './play-bots.js';
import type { CountryView } from './view/types.js';

/** How often, at most, bots look at the game when nothing falls due (game minutes). */
const BOT_TURN_MINUTES = 6 * 60;
/** The longest a bot thinks after a decision in a seeded run, unless told (game minutes). */
export const DEFAULT_THINK_MINUTES = 60;

export interface BotRejection {
  at: GameTime;
  country: CountryId;
  command: string;
  rejection: Rejection;
}

/** One command a bot gave: accepted, or rejected with the ruling. */
export interface BotCommand {
  at: GameTime;
  country: CountryId;
  command: Command;
  rejection: Rejection | null;
}

export interface Simulation {
  state: State;
  events: Event[];
  rejections: BotRejection[];
  /** Every command the bots gave, in order. */
  commands: BotCommand[];
  /** Every objective met by its deadline. */
  won: boolean;
  /** The seed of the run: 0 is the plain run (fixed order, no thinking time). */
  seed: number;
}

export interface SimulateOptions {
  botTurnMinutes?: number;
  /**
   * Varies the play, not the engine: from a seed other than 0, the order in which the bots act
   * in each round is shuffled, and a bot waits a thinking time (0 to `thinkMinutes` game minutes)
   * after each decision before it looks again. The engine itself stays deterministic.
   */
  seed?: number;
  thinkMinutes?: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same run on every machine. */
export function seeded(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(value ^ (value >>> 15), 1 | value);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/**
 * Plays a scenario with a bot for every country, from the start to the scenario's end. Bots
 * act when something falls due for them and at least every six game hours (and, thinking, not
 * before their thinking time has passed).
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  const engine = createEngine(scenario);
  const state = engine.initialState();
  const events: Event[] = [];
  const rejections: BotRejection[] = [];
  const commands: BotCommand[] = [];
  const turn = options.botTurnMinutes ?? BOT_TURN_MINUTES;
  const seed = options.seed ?? 0;
  const random = seed === 0 ? undefined : seeded(seed);
  const think = options.thinkMinutes ?? DEFAULT_THINK_MINUTES;
  /** When each bot has finished thinking about its last decision. */
  const busyUntil = new Map<CountryId, GameTime>();
  /** What the rules rejected of each bot's commands: not tried again. */
  const rejectedOf = new Map(engine.ctx.countries.map((country) => [country, new Set<string>()]));
  let now: GameTime = 0;
  while (!state.ended) {
    events.push(...engine.catchUp(state, now));
    playBotRounds({
      now,
      order: () => (random ? shuffled(engine.ctx.countries, random) : engine.ctx.countries),
      busyUntil,
      rejected: rejectedOf,
      view: (country) => engine.view(state, country) as CountryView,
      ended: () => state.ended,
      commit: (country, command) => {
        const result = engine.act(state, country, command, now);
        events.push(...result.events);
        commands.push({ at: now, country, command, rejection: result.rejection ?? null });
        if (!result.rejection) return 'accepted';
        rejections.push({ at: now, country, command: command.type, rejection: result.rejection });
        return 'rejected';
      },
      thinkTime: () => (random ? Math.floor(random() * (think + 1)) : 0),
    });
    const due = engine.nextDue(state);
    let next = Math.min(due ?? Number.POSITIVE_INFINITY, now + turn);
    // A bot that is still thinking looks again as soon as it has finished.
    for (const until of busyUntil.values()) if (until > now && until < next) next = until;
    now = next;
  }
  const won = Object.values(state.objectives).every((objective) => objective.metAt !== null);
  return { state, events, rejections, commands, won, seed };
}
