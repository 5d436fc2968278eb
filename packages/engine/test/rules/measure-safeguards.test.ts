import { describe, expect, it } from 'vitest';
import { missingSafeguards, SAFEGUARDS_NEEDED } from '../../src/law/measure-safeguards.js';
import { MEASURE_KINDS, type MeasureKind, type Safeguards } from '../../src/model/state.js';
import { start, violations } from './setup.js';

const WRITTEN: Safeguards = {
  authorisedBy: 'Judge Ames',
  grounds: 'Suspicion of intrusion',
  scope: 'The logs named',
  duration: '30 days',
};
const FIELDS = Object.keys(WRITTEN) as (keyof Safeguards)[];

/** What the engine records when this measure is taken with these safeguards: the fields it names. */
function recorded(kind: MeasureKind, safeguards: Safeguards): string[] {
  const { play, caseId } = start();
  const events = play.do('aldoria', {
    type: 'takeMeasure',
    caseId,
    kind,
    target: { evidence: 'home-logs' },
    safeguards,
    ...(kind === 'preservation-order' ? { durationDays: 30 } : {}),
  });
  const [violation] = violations(events).filter((found) => found.ruleId === 'safeguards.conditions');
  // The engine gives a list as a list; each reader's catalogue says it as its language does.
  const missing = violation?.line.params.missing;
  return Array.isArray(missing) ? [...missing] : [];
}

describe('rule safeguards.conditions', () => {
  it('the check a team’s form runs before sending gives the engine’s own answer, field by field', () => {
    for (const kind of ['production-order', 'preservation-order'] as const) {
      expect(recorded(kind, WRITTEN)).toEqual([]);
      for (const field of FIELDS) {
        const safeguards = { ...WRITTEN, [field]: ' x ' };
        expect(recorded(kind, safeguards), `${kind} without ${field}`).toEqual(
          missingSafeguards(kind, safeguards),
        );
      }
      const blank = { authorisedBy: '', grounds: '', scope: '', duration: '' };
      expect(recorded(kind, blank)).toEqual(missingSafeguards(kind, blank));
    }
  });

  it('names a need for every measure kind: its authority, grounds and scope always', () => {
    expect(Object.keys(SAFEGUARDS_NEEDED).sort()).toEqual([...MEASURE_KINDS].sort());
    for (const kind of MEASURE_KINDS)
      expect(SAFEGUARDS_NEEDED[kind]).toEqual(expect.arrayContaining(['authorisedBy', 'grounds', 'scope']));
  });
});
