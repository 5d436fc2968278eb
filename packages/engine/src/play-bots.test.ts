import { describe, expect, it } from 'vitest';
import { bundled } from '../test/support.js';
import { createEngine } from './engine.js';
import type { Command } from './model/commands.js';
import { type BotOutcome, type BotRounds, playBotRounds } from './play-bots.js';
import type { CountryView } from './view/types.js';

/** The tutorial at its start, with both its bots, and every command they give (country and type). */
async function tutorialTable(overrides: Partial<BotRounds> = {}) {
  const engine = createEngine(await bundled('tutorial'));
  const state = engine.initialState();
  const given: { country: string; type: string; outcome: BotOutcome }[] = [];
  const game: BotRounds = {
    now: 0,
    order: () => engine.ctx.countries,
    busyUntil: new Map(),
    rejected: new Map(),
    view: (country) => engine.view(state, country) as CountryView,
    ended: () => state.ended,
    commit: (country: string, command: Command) => {
      const outcome = engine.act(state, country, command, 0).rejection ? 'rejected' : 'accepted';
      given.push({ country, type: command.type, outcome });
      return outcome;
    },
    thinkTime: () => 0,
    ...overrides,
  };
  return { engine, game, given };
}

describe('bot rounds at one game time', () => {
  it('go on while a bot acts, one bot answering what another did', async () => {
    const { game, given } = await tutorialTable();
    playBotRounds(game);
    // Both bots act, and more than one command each: later rounds answer earlier ones.
    expect(new Set(given.map((command) => command.country))).toEqual(new Set(['aldoria', 'borealis']));
    expect(given.length).toBeGreaterThan(2);
  });

  it('skip a bot still thinking, and mark one that decided busy for its thinking time', async () => {
    const busyUntil = new Map([['borealis', 30]]);
    const { game, given } = await tutorialTable({ busyUntil, thinkTime: () => 45 });
    playBotRounds(game);
    expect(given.filter((command) => command.country === 'borealis')).toEqual([]);
    expect(given.some((command) => command.country === 'aldoria')).toBe(true);
    expect(busyUntil.get('aldoria')).toBe(45);
    expect(busyUntil.get('borealis')).toBe(30);
  });

  it('stop at once when a command cannot be kept', async () => {
    const seen: string[] = [];
    const { game } = await tutorialTable({
      commit: (country) => {
        seen.push(country);
        return 'stop';
      },
    });
    playBotRounds(game);
    expect(seen).toEqual(['aldoria']);
  });

  it('never give a rejected command again', async () => {
    const rejected = new Map<string, Set<string>>();
    const tried: string[] = [];
    const { game } = await tutorialTable({
      rejected,
      commit: (country, command) => {
        tried.push(`${country}:${command.type}`);
        return 'rejected';
      },
    });
    playBotRounds(game);
    // All rejected: nobody acted, so one round only, and each rejection is remembered.
    expect(tried.length).toBeGreaterThan(0);
    expect(new Set(tried).size).toBe(tried.length);
    expect([...(rejected.get('aldoria') ?? [])].length + [...(rejected.get('borealis') ?? [])].length).toBe(
      tried.length,
    );
  });
});
