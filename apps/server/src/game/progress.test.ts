import type { Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { lastCommands, objectivesOf } from './progress.js';

describe('what the console needs for progress (progress.ts)', () => {
  it("keeps each country's latest command, and none of the instructor's", () => {
    const actions = [
      { actor: 'aldoria', at: 60 },
      { actor: 'instructor', at: 500 },
      { actor: 'borealis', at: 90 },
      { actor: 'aldoria', at: 240 },
    ];
    expect(lastCommands(actions, ['aldoria', 'borealis', 'caldera'])).toEqual({ aldoria: 240, borealis: 90 });
    expect(lastCommands([], ['aldoria'])).toEqual({});
  });

  it('says each objective by title, audience and deadline', () => {
    const scenario = {
      objectives: {
        preserve: { title: 'Preserve the logs', for: ['aldoria'], deadline: 7200, points: 10, when: {} },
        arrest: { title: 'Arrest Kite', for: 'all', points: 20, when: {} },
      },
    } as unknown as Scenario;
    expect(objectivesOf(scenario)).toEqual({
      preserve: { title: 'Preserve the logs', for: ['aldoria'], deadline: 7200 },
      arrest: { title: 'Arrest Kite', for: 'all', deadline: null },
    });
  });
});
