import { describe, expect, it } from 'vitest';
import { bundled } from '../test/support.js';
import { seeded, simulate } from './simulate.js';

describe('the simulator', () => {
  it('plays the same game from the same seed, and records every command', async () => {
    const tutorial = await bundled('tutorial');
    const first = simulate(tutorial, { seed: 7 });
    const again = simulate(tutorial, { seed: 7 });
    expect(again.events).toEqual(first.events);
    expect(first.commands.length).toBeGreaterThan(0);
    expect(first.commands.filter((command) => command.rejection !== null)).toHaveLength(
      first.rejections.length,
    );
  });

  it('varies the play between seeds through the bots, not the engine: order and thinking time', async () => {
    const tutorial = await bundled('tutorial');
    const plain = simulate(tutorial);
    const seeds = [1, 2, 3].map((seed) => simulate(tutorial, { seed, thinkMinutes: 12 * 60 }));
    // Thinking takes time: a bot never decides twice within its thinking time... and so the
    // games differ from the plain run, each won all the same.
    for (const run of seeds) {
      expect(run.won).toBe(true);
      expect(run.events).not.toEqual(plain.events);
    }
    const times = seeds.map((run) => run.state.objectives['preserve-logs']?.metAt);
    expect(new Set(times).size).toBeGreaterThan(1);
  });

  it('with seed 0 is the plain run: fixed order, no thinking time', async () => {
    const tutorial = await bundled('tutorial');
    expect(simulate(tutorial, { seed: 0, thinkMinutes: 600 }).events).toEqual(simulate(tutorial).events);
  });

  it('draws from a seeded generator that repeats exactly', () => {
    const a = seeded(42);
    const b = seeded(42);
    const drawn = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(drawn);
    for (const value of drawn) expect(value >= 0 && value < 1).toBe(true);
    expect(seeded(43)()).not.toBe(drawn[0]);
  });
});
