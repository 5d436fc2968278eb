import type { Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { fixture, teach } from '../../test/rules/setup.js';
import { DAY, HOUR, Play, SAFEGUARDS } from '../../test/support.js';
import { measureMinutes } from './legal.js';

/** The rules fixture, Borealis's own measures taking what its law says (issue 16: times from the scenario). */
function borealisTakes(measureTime: Scenario['countries'][string]['law']['measureTime']): Scenario {
  const scenario = structuredClone(fixture);
  const borealis = scenario.countries.borealis;
  if (!borealis) throw new Error('the fixture has Borealis');
  borealis.law.measureTime = measureTime;
  return scenario;
}

/** Borealis arrests Vex, who is on its territory; returns the play and when the arrest completes. */
function arrest(scenario: Scenario): { play: Play; completesAt: number | undefined } {
  const play = new Play(scenario);
  play.do('borealis', { type: 'openCase', title: 'Own', offences: ['intrusion'] });
  teach(play, 'borealis', { identity: ['vex'], location: { vex: 'borealis' } });
  play.do('borealis', {
    type: 'takeMeasure',
    caseId: play.lastId('CaseOpened'),
    kind: 'arrest',
    target: { suspect: 'vex' },
    safeguards: SAFEGUARDS,
  });
  const measure = play.state.measures[play.lastId('MeasureTaken')];
  return { play, completesAt: measure?.completesAt };
}

describe('how long a country’s own measures take', () => {
  it('is what its law says, per kind of measure', () => {
    const slow = borealisTakes({ arrest: 2 * DAY });
    expect(arrest(slow).completesAt).toBe(2 * DAY);
    const country = slow.countries.borealis;
    if (!country) throw new Error('Borealis');
    // A kind its law leaves out keeps the default.
    expect(measureMinutes(country, 'search-and-seizure')).toBe(DAY);
  });

  it('is the default where the scenario says nothing: an arrest in 6 hours', () => {
    const { play, completesAt } = arrest(borealisTakes({}));
    expect(completesAt).toBe(6 * HOUR);
    // Done when it says: at 6 hours, Vex is in Borealis's custody.
    play.at(6 * HOUR);
    expect(play.state.suspects.vex?.custody?.by).toBe('borealis');
  });

  it('a slow arrest is not done early', () => {
    const { play } = arrest(borealisTakes({ arrest: 2 * DAY }));
    play.at(DAY);
    expect(play.state.suspects.vex?.custody).toBeNull();
    play.at(2 * DAY);
    expect(play.state.suspects.vex?.custody?.by).toBe('borealis');
  });
});
