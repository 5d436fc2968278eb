import { type BotOutcome, type Command, type CountryView, playBotRounds } from '@crossborder/engine';

export type { BotOutcome };

/** The game as the session lets its bots play it. */
export interface BotTable {
  /** What a country's bot decides from: its view alone. */
  view(country: string): CountryView;
  ended(): boolean;
  /** Decides one command of a country's bot with the rules, and writes what it caused (`stop`: not written). */
  act(country: string, command: Command): BotOutcome;
}

/**
 * The bots of a session's empty seats, played at a pace like people's (issue 16): after a
 * decision (any command the rules accept) a bot thinks for `thinkMinutes` of game time before it
 * acts again, as the simulator's bots do with `--think` (the engine's playBotRounds plays both);
 * and it never tries again a command the rules rejected (the same command would be rejected
 * again). Nothing here is random or reads a clock: when a bot acts again is its last decision's
 * game time plus the session's setting.
 */
export class BotPlayers {
  /** The keys (`commandKey`) of each bot's rejected commands. In memory: a restarted session starts without them. */
  private readonly rejected = new Map<string, Set<string>>();
  /** Until when each bot thinks, by country (once one has). Kept here; the session saves it at its checkpoints. */
  private readonly busyUntil: Map<string, number>;
  /** Whether a bot started thinking since the session last saved the thinking times. */
  private unsaved = false;

  constructor(
    /** Game minutes a bot thinks after each decision; 0 answers at once. */
    private readonly thinkMinutes: number,
    /** The seats' record as the store last kept it: the thinking times to resume from. */
    saved: { thinking?: Record<string, number> },
  ) {
    this.busyUntil = new Map(Object.entries(saved.thinking ?? {}));
  }

  /**
   * Plays the bots of `bots` that are not thinking at `now`, round after round while any of them
   * acts (one bot's command may give another something to answer).
   */
  play(bots: readonly string[], now: number, table: BotTable): void {
    playBotRounds({
      now,
      order: () => bots,
      busyUntil: this.busyUntil,
      rejected: this.rejected,
      view: (country) => table.view(country),
      ended: () => table.ended(),
      commit: (country, command) => table.act(country, command),
      thinkTime: () => {
        if (this.thinkMinutes > 0) this.unsaved = true;
        return this.thinkMinutes;
      },
    });
  }

  /** The game time at which the first of `bots` still thinking at `now` is done; undefined when none is. */
  nextWake(bots: readonly string[], now: number): number | undefined {
    let next: number | undefined;
    for (const country of bots) {
      const until = this.busyUntil.get(country);
      if (until !== undefined && until > now && (next === undefined || until < next)) next = until;
    }
    return next;
  }

  /** Whether a bot started thinking since the thinking times were last taken to be saved. */
  get changed(): boolean {
    return this.unsaved;
  }

  /** The thinking times to save with the seats (undefined while no bot has thought); they count as saved from now. */
  thinking(): Record<string, number> | undefined {
    this.unsaved = false;
    return this.busyUntil.size === 0 ? undefined : Object.fromEntries(this.busyUntil);
  }
}
