import { fileURLToPath } from 'node:url';
import { simulate } from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { modelAnswer } from './compare.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const { scenario: tutorial } = await loadScenarioFile(`${folder}tutorial.yaml`);
if (!tutorial) throw new Error('the tutorial loads');

describe('the model answer', () => {
  it('is when the bots, playing every country, meet each objective', () => {
    const played = simulate(tutorial).state.objectives;
    const model = modelAnswer(tutorial);
    expect(Object.keys(model)).toEqual(Object.keys(tutorial.objectives));
    for (const [id, at] of Object.entries(model)) {
      expect(at).toBe(played[id]?.metAt);
      expect(at).toBeGreaterThan(0);
    }
  });

  it('has no time for an objective the bots never meet', () => {
    // The bots act lawfully and discreetly: Kite is never tipped off, so this objective is never met.
    const lost = {
      ...tutorial,
      objectives: {
        ...tutorial.objectives,
        'tip-off': {
          title: 'Tip Kite off',
          for: 'all' as const,
          when: { suspectTippedOff: 'kite' },
          points: 0,
        },
      },
    };
    const model = modelAnswer(lost);
    expect(model['tip-off']).toBeNull();
    expect(model['preserve-logs']).toBe(modelAnswer(tutorial)['preserve-logs']);
  });
});
