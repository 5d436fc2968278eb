import { EN, translate } from '@crossborder/i18n';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.js';
import { simulate } from '../simulate.js';
import { criticalPath } from './path.js';

const { scenario: tutorial } = await loadScenarioFile(
  new URL('../../../../scenarios/tutorial.yaml', import.meta.url).pathname,
);
if (!tutorial) throw new Error('the tutorial loads');

describe('criticalPath', () => {
  it('says each step with titles and names, and how it came about, never an id', () => {
    const { events } = simulate(tutorial);
    const engine = createEngine(tutorial);
    const state = engine.replay(events);
    const steps = criticalPath(engine.ctx, state, { evidenceObtained: 'hosting-logs' }, 'aldoria');
    const said = steps.map(
      (step) =>
        `${translate(EN, EN, step.line.key, step.line.params)}${step.viaLine ? ` (${translate(EN, EN, step.viaLine.key, step.viaLine.params)})` : ''}`,
    );
    expect(said).toEqual(
      expect.arrayContaining([
        'Aldoria knew of "Harbourline\'s fraud reports" from the start',
        'Aldoria learned of "Northwind Hosting control-panel logs" (from "Harbourline\'s fraud reports")',
        'Aldoria obtained "Harbourline\'s fraud reports" (by a production order)',
      ]),
    );
    expect(said.join('\n')).not.toMatch(/hosting-logs|fraud-reports|production-order|measure-\d/);
    // What the debrief's other readers use is kept as it was.
    expect(steps.find((step) => step.what === 'started-with')?.subject).toBe('fraud-reports');
  });
});
