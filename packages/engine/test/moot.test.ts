import { describe, expect, it } from 'vitest';
import { INSTRUCTOR, type InstructorView, isMoot } from '../src/index.js';
import { bundled, Play, text } from './support.js';

/** Moot mode: a session in rounds whose rubric asks for written reasoning on some decisions. */
const fraudRing = await bundled('fraud-ring');
const moot = { ...fraudRing, session: { ...fraudRing.session, clock: 'rounds' as const } };
const CLAIM = {
  type: 'claimJurisdiction' as const,
  offence: 'investment-fraud',
  bases: ['territory' as const],
};

describe('moot mode', () => {
  it('a jurisdiction claim the rubric scores needs its written reasoning in rounds mode', () => {
    const play = new Play(moot);
    const rejection = play.rejected('lumeria', { ...CLAIM, reasoning: 'territory' });
    expect(rejection.code).toBe('moot.reasoning-required');
    expect(text(rejection)).toMatch(/jurisdiction-claim needs its written reasoning/);
    play.do('lumeria', {
      ...CLAIM,
      reasoning: 'The fraud was committed here, against our residents, from servers here.',
    });
  });

  it('in real time the same claim goes without reasoning', () => {
    const play = new Play(fraudRing);
    play.do('lumeria', { ...CLAIM, reasoning: '' });
  });

  it('is what the instructor view says, with the rubric for the jury', () => {
    expect(isMoot(new Play(moot).engine.ctx)).toBe(true);
    expect(isMoot(new Play(fraudRing).engine.ctx)).toBe(false);
    const play = new Play(moot);
    const view = play.engine.view(play.state, INSTRUCTOR) as InstructorView;
    expect(view.moot).toBe(true);
    expect(Object.keys(view.rubric)).toEqual(Object.keys(fraudRing.rubric));
  });
});
