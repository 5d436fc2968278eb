import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/support.js';
import { createEngine, simulate } from '../index.js';

const DAY = 24 * 60;

/**
 * The debrief's words about an objective count days as the clock does ("Day 1, 00:00" is the
 * start): an objective met at Day 3, 08:54 was met on day 3, never on day 2.
 */
describe('the debrief of an objective', () => {
  it('names the day it was met as the clock shows it, counting from day 1', async () => {
    const scenario = await bundled('tutorial');
    const { state, events } = simulate(scenario);
    const debrief = createEngine(scenario).assess(state, events);
    const met = Object.values(debrief.objectives).filter((objective) => objective.metAt !== null);
    expect(met.length).toBeGreaterThan(0);
    for (const objective of met)
      expect(objective.why).toEqual({
        key: 'debrief.met',
        params: expect.objectContaining({ day: String(Math.floor((objective.metAt ?? 0) / DAY) + 1) }),
      });
  });
});
