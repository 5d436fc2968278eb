import { readFileSync } from 'node:fs';
import type { ModelAnswer } from '@crossborder/report';
import { loadScenarioText, type Scenario } from '@crossborder/scenario';
import { describe, expect, it, vi } from 'vitest';
import { ModelAnswers, sharedByContent } from './model-answer.js';

/** Only says when a hung wait has failed: out of reach of a busy machine. */
const UNTIL_HUNG = { timeout: 60_000, interval: 10 };

/** The tutorial as a session loads it: a new object each time. */
function loadTutorial(): Scenario {
  const text = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
  const { scenario } = loadScenarioText(text, 'tutorial.yaml');
  if (!scenario) throw new Error('the tutorial loads');
  return scenario;
}

/** A stand-in for the bots' game that counts the scenarios it was asked to play. */
function countingPlayer() {
  const played: string[] = [];
  const play = async (scenario: Scenario): Promise<ModelAnswer> => {
    played.push(scenario.title);
    return { [scenario.title]: played.length };
  };
  return { played, play };
}

const named = (scenario: Scenario, title: string): Scenario => ({ ...scenario, title });

describe('model answers shared by the sessions of one scenario', () => {
  it('plays a scenario once for every session that loads it, and again when its content differs', async () => {
    const { played, play } = countingPlayer();
    const answerOf = sharedByContent(play);
    const first = loadTutorial();
    const second = loadTutorial();
    expect(second).not.toBe(first);

    expect(await answerOf(first)).toEqual({ [first.title]: 1 });
    expect(await answerOf(second)).toEqual({ [first.title]: 1 });
    expect(played).toHaveLength(1);

    const edited = named(first, 'Harbourline phishing, second edition');
    expect(await answerOf(edited)).toEqual({ 'Harbourline phishing, second edition': 2 });
    expect(played).toHaveLength(2);
  });

  it('asks again after a failure instead of keeping it', async () => {
    let attempts = 0;
    const answerOf = sharedByContent(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('the worker stopped');
      return { objective: 30 };
    });
    const tutorial = loadTutorial();
    await expect(answerOf(tutorial)).rejects.toThrow('the worker stopped');
    expect(await answerOf(tutorial)).toEqual({ objective: 30 });
    expect(attempts).toBe(2);
  });

  it('keeps a bounded number of scenarios, forgetting the one used longest ago', async () => {
    const { played, play } = countingPlayer();
    const answerOf = sharedByContent(play, 2);
    const tutorial = loadTutorial();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => named(tutorial, title)) as [
      Scenario,
      Scenario,
      Scenario,
    ];
    await answerOf(a);
    await answerOf(b);
    await answerOf(a); // A used again: B is now the oldest
    await answerOf(c); // forgets B
    expect(played).toEqual(['A', 'B', 'C']);
    await answerOf(a);
    expect(played).toEqual(['A', 'B', 'C']);
    await answerOf(b);
    expect(played).toEqual(['A', 'B', 'C', 'B']);
  });

  it('gives two sessions of the tutorial the bots’ own answer from one worker, which stops when done', async () => {
    const models = new ModelAnswers();
    try {
      const [first, second] = await Promise.all([
        models.compute(loadTutorial()),
        models.compute(loadTutorial()),
      ]);
      expect(second).toBe(first);
      expect(Object.keys(first ?? {})).toContain('preserve-logs');
      // Nothing left to play: the worker stopped, and starts again for a scenario it has not played.
      await vi.waitFor(() => expect(models.running).toBe(false), UNTIL_HUNG);
      const edited = await models.compute({
        ...loadTutorial(),
        title: 'Harbourline phishing, second edition',
      });
      expect(edited).toEqual(first);
      await vi.waitFor(() => expect(models.running).toBe(false), UNTIL_HUNG);
    } finally {
      await models.stop();
    }
  });
});
