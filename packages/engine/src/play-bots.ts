import { botCommands, commandKey } from './bots/index.js';
import type { Command } from './model/commands.js';
import type { CountryId, GameTime } from './model/ids.js';
import type { CountryView } from './view/types.js';

/** Rounds of bot turns at one game time before the clock moves on (commands unlock others). */
const BOT_ROUNDS = 12;

/** What became of one command of a bot: accepted, rejected by the rules, or stop playing (not written). */
export type BotOutcome = 'accepted' | 'rejected' | 'stop';

/** The game as bots play it at one game time: the simulator's run, or a server session's empty seats. */
export interface BotRounds {
  now: GameTime;
  /** The bots in the order they act in round `round` (asked once at the start of each round). */
  order(round: number): readonly CountryId[];
  /** Until when each bot thinks about its last decision: one still thinking at `now` is skipped. */
  busyUntil: Map<CountryId, GameTime>;
  /** The keys (`commandKey`) of each bot's commands the rules rejected: never given again. */
  rejected: Map<CountryId, Set<string>>;
  /** What a country's bot decides from: its view alone. */
  view(country: CountryId): CountryView;
  ended(): boolean;
  /** Decides one command of a bot with the rules and keeps what it caused. */
  commit(country: CountryId, command: Command): BotOutcome;
  /** The game minutes a bot thinks after a decision (asked after each one); 0 lets it act again at once. */
  thinkTime(country: CountryId): number;
}

/**
 * Plays bot rounds at one game time: in each round every bot not thinking gives the commands it
 * decides (none it had rejected before), and the rounds go on while any bot has a command
 * accepted, since one bot's command may give another something to answer (at most BOT_ROUNDS,
 * which bounds a runaway exchange). A `stop` from `commit` ends the play at once.
 */
export function playBotRounds(game: BotRounds): void {
  const { now } = game;
  for (let round = 0; round < BOT_ROUNDS && !game.ended(); round++) {
    let acted = false;
    for (const country of game.order(round)) {
      if ((game.busyUntil.get(country) ?? 0) > now) continue;
      const rejected = rejectedOf(game.rejected, country);
      let decided = false;
      for (const command of botCommands(game.view(country), now, rejected)) {
        const outcome = game.commit(country, command);
        if (outcome === 'stop') return;
        if (outcome === 'rejected') rejected.add(commandKey(command));
        else decided = true;
      }
      if (!decided) continue;
      acted = true;
      const think = game.thinkTime(country);
      if (think > 0) game.busyUntil.set(country, now + think);
    }
    if (!acted) break;
  }
}

function rejectedOf(all: Map<CountryId, Set<string>>, country: CountryId): Set<string> {
  let found = all.get(country);
  if (!found) {
    found = new Set();
    all.set(country, found);
  }
  return found;
}
