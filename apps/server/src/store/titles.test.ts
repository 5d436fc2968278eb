import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioTitles } from './titles.js';

const tutorial = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');

describe('the titles of stored scenarios', () => {
  it('is each scenario’s own title, and none for a text that no longer loads as a scenario', () => {
    const titleOf = scenarioTitles();
    expect(titleOf(tutorial, 'tutorial')).toBe('Tutorial: the Harbourline phishing kit');
    expect(titleOf('id: [not a scenario', 'gone')).toBeNull();
    // Asked again (another session of the same scenario): the same answers.
    expect(titleOf(tutorial, 'tutorial')).toBe('Tutorial: the Harbourline phishing kit');
    expect(titleOf('id: [not a scenario', 'gone')).toBeNull();
  });
});
