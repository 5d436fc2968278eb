import { describe, expect, it } from 'vitest';
import { INSTRUCTOR, type InstructorView, isMoot } from '../src/index.js';
import { fixture, JUDGE, start, teach } from './rules/setup.js';
import { bundled, DAY, Play, text } from './support.js';

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
    expect(text(rejection)).toMatch(/a jurisdiction claim needs its written reasoning/);
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

describe('moot mode: reasoning for every decision the rubric names', () => {
  /** The rules fixture in rounds, with a rubric that names requests and extradition decisions. */
  const levels = [0, 1, 2, 3].map((points) => ({ label: `L${points}`, description: 'Work.', points }));
  const argued = {
    ...fixture,
    rubric: {
      cooperation: {
        title: 'Cooperation',
        description: 'Requests and extradition decisions are reasoned.',
        decisions: ['request' as const, 'extradition-decision' as const],
        levels,
      },
    },
  };

  it('a request sent needs its written reasoning, which goes with the request', () => {
    const { play, request } = start(argued);
    const rejection = play.rejected('aldoria', request());
    expect(rejection.code).toBe('moot.reasoning-required');
    expect(text(rejection)).toMatch(/a request sent needs its written reasoning/);
    expect(play.rejected('aldoria', request({ reasoning: 'Needed.' })).code).toBe('moot.reasoning-required');
    play.do('aldoria', request({ reasoning: 'The logs are held by a provider in Borealis alone.' }));
    const id = play.lastId('RequestSent');
    expect(play.state.requests[id]?.reasoning).toBe('The logs are held by a provider in Borealis alone.');
  });

  it('granting an extradition needs its written reasoning; executing another request does not', () => {
    // Borealis here extradites its nationals, so that it may grant the extradition of Vex.
    const extraditing = structuredClone(argued);
    const borealis = extraditing.countries.borealis;
    if (borealis) borealis.law.extraditesNationals = true;
    const { play, request, send } = start(extraditing);
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const reasoning = 'Vex is sought for the intrusion and is here.';
    const mla = send(request({ reasoning }));
    const id = send(request({ kind: 'extradition', subject: { suspect: 'vex' }, reasoning }));
    play.at(3 * DAY);
    const rejection = play.rejected('borealis', { type: 'executeRequest', requestId: id });
    expect(rejection.code).toBe('moot.reasoning-required');
    expect(text(rejection)).toMatch(/an extradition decision needs its written reasoning/);
    play.do('borealis', { type: 'executeRequest', requestId: mla, authorisedBy: JUDGE });
    play.do('borealis', {
      type: 'executeRequest',
      requestId: id,
      reasoning: 'Dual criminality holds and Vex is not our national: we surrender him.',
    });
    expect(play.state.requests[id]?.executionReasoning).toBe(
      'Dual criminality holds and Vex is not our national: we surrender him.',
    );
    expect(play.state.requests[mla]?.executionReasoning).toBeUndefined();
  });

  it('a refusal of an extradition is reasoned by its reasons, which a refusal always needs', () => {
    const { play, request, send } = start(argued);
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const id = send(
      request({ kind: 'extradition', subject: { suspect: 'vex' }, reasoning: 'Vex is sought here.' }),
    );
    play.at(3 * DAY);
    expect(
      play.rejected('borealis', { type: 'refuseRequest', requestId: id, ground: 'national', reasons: '' })
        .ruleId,
    ).toBe('mla.refusal.reasons-required');
  });

  it('without a rubric that names them, requests and extraditions go without reasoning', () => {
    const { play, request } = start(fixture);
    play.do('aldoria', request());
  });
});
