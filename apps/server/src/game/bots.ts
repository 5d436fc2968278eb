import { botCommands, type Command, type CountryView, commandKey } from '@crossborder/engine';

/** Bots answer each other within one moment; this bounds a runaway exchange. */
const BOT_ROUNDS = 12;

/** What became of one command of a bot: accepted, rejected by the rules, or not written (stop). */
export type BotOutcome = 'accepted' | 'rejected' | 'unwritten';

/** The game as the session lets its bots play it. */
export interface BotTable {
  /** What a country's bot decides from: its view alone. */
  view(country: string): CountryView;
  ended(): boolean;
  /** Decides one command of a country's bot with the rules, and writes what it caused. */
  act(country: string, command: Command): BotOutcome;
}

/**
 * The bots of a session's empty seats, played at a pace like people's (issue 16): after a
 * decision (any command the rules accept) a bot thinks for `thinkMinutes` of game time before it
 * acts again, as the simulator's bots do with `--think`; and it never tries again a command the
 * rules rejected (the same command would be rejected again). Nothing here is random or reads a
 * clock: when a bot acts again is its last decision's game time plus the session's setting.
 */
export class BotPlayers {
  /** The keys (`commandKey`) of each bot's rejected commands. In memory: a restarted session starts without them. */
  private readonly rejected = new Map<string, Set<string>>();

  constructor(
    /** Game minutes a bot thinks after each decision; 0 answers at once. */
    private readonly thinkMinutes: number,
    /** The seats' record, which the session saves: until when each bot thinks, by country (once one has). */
    private readonly seats: { thinking?: Record<string, number> },
  ) {}

  /**
   * Plays the bots of `bots` that are not thinking at `now`, round after round while any of them
   * acts (one bot's command may give another something to answer). Returns whether a bot started
   * thinking, so that the session saves its seats.
   */
  play(bots: readonly string[], now: number, table: BotTable): boolean {
    let paced = false;
    for (let round = 0; round < BOT_ROUNDS && !table.ended(); round++) {
      let acted = false;
      for (const country of bots) {
        if ((this.seats.thinking?.[country] ?? 0) > now) continue;
        const rejected = this.rejectedOf(country);
        let decided = false;
        for (const command of botCommands(table.view(country), now, rejected)) {
          const outcome = table.act(country, command);
          if (outcome === 'unwritten') return paced;
          if (outcome === 'rejected') rejected.add(commandKey(command));
          else decided = true;
        }
        if (!decided) continue;
        acted = true;
        if (this.thinkMinutes > 0) {
          this.seats.thinking = { ...this.seats.thinking, [country]: now + this.thinkMinutes };
          paced = true;
        }
      }
      if (!acted) break;
    }
    return paced;
  }

  /** The game time at which the first of `bots` still thinking at `now` is done; undefined when none is. */
  nextWake(bots: readonly string[], now: number): number | undefined {
    let next: number | undefined;
    for (const country of bots) {
      const until = this.seats.thinking?.[country];
      if (until !== undefined && until > now && (next === undefined || until < next)) next = until;
    }
    return next;
  }

  private rejectedOf(country: string): Set<string> {
    let found = this.rejected.get(country);
    if (!found) {
      found = new Set();
      this.rejected.set(country, found);
    }
    return found;
  }
}
