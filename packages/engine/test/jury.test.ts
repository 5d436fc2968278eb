import { describe, expect, it } from 'vitest';
import {
  type Award,
  INSTRUCTOR,
  type JurorView,
  jurorId,
  juryScores,
  OBSERVER,
  scoreOf,
} from '../src/index.js';
import { bundled, Play, text } from './support.js';

/** A moot court: the fraud ring in rounds, scored on its rubric by jurors. */
const fraudRing = await bundled('fraud-ring');
const moot = { ...fraudRing, session: { ...fraudRing.session, clock: 'rounds' as const } };
const FIRST = jurorId(1);
const SECOND = jurorId(2);
const score = (level: number, feedback = 'Clear and well argued.') => ({
  type: 'awardPoints' as const,
  country: 'lumeria',
  criterion: 'jurisdiction-memorandum',
  level,
  feedback,
});
const awards = (play: Play): Award[] => Object.values(play.state.awards);

describe('juror seats', () => {
  it('keep each juror’s scores as that juror’s, with their mean and spread', () => {
    const play = new Play(moot);
    play.do(FIRST, score(3));
    play.do(SECOND, score(1, 'The basis is right but the other claims are ignored.'));
    expect(awards(play).map((award) => award.by)).toEqual([FIRST, SECOND]);
    const [row] = juryScores(play.engine.ctx, play.state);
    expect(row?.scores.map((entry) => [entry.by, entry.points])).toEqual([
      [FIRST, 15],
      [SECOND, 5],
    ]);
    expect(row?.mean).toBe(10);
    expect(row?.spread).toBe(10);
    // The rubric's share of the score is the jurors' mean, not their sum.
    expect(scoreOf(play.engine.ctx, play.state, 'lumeria').rubric).toBe(10);
  });

  it('a juror revises only their own score; another’s stands', () => {
    const play = new Play(moot);
    play.do(FIRST, score(3));
    play.do(SECOND, score(0));
    play.do(SECOND, score(2));
    const [row] = juryScores(play.engine.ctx, play.state);
    expect(row?.scores.map((entry) => [entry.by, entry.level])).toEqual([
      [FIRST, 3],
      [SECOND, 2],
    ]);
    expect(row?.mean).toBe(12.5);
  });

  it('a juror only scores: any other command is refused, and a country cannot score', () => {
    const play = new Play(moot);
    const refused = play.rejected(FIRST, { type: 'addNote', text: 'A note' });
    expect(refused.code).toBe('actor.juror-only-scores');
    expect(text(refused)).toMatch(/juror scores the teams/);
    expect(play.rejected(FIRST, { type: 'openCase', title: 'x', offences: ['investment-fraud'] }).code).toBe(
      'actor.juror-only-scores',
    );
    expect(play.rejected('lumeria', score(3)).code).toBe('actor.instructor-only');
  });

  it('a juror cannot score as another: the command names no scorer, and only jurors’ ids are jurors', () => {
    const play = new Play(moot);
    // The scorer is the seat that acts: a field naming another is not part of the command.
    play.do(FIRST, { ...score(3), by: SECOND } as ReturnType<typeof score>);
    expect(awards(play)[0]?.by).toBe(FIRST);
    expect(play.rejected('@juror-x', score(3)).code).toBe('unknown.country');
    expect(play.rejected('@juror-0', score(3)).code).toBe('unknown.country');
  });

  it('the instructor’s scores count as one more scorer; older awards without a scorer are the instructor’s', () => {
    const play = new Play(moot);
    play.do(INSTRUCTOR, score(3));
    play.do(FIRST, score(1));
    expect(awards(play)[0]?.by).toBe(INSTRUCTOR);
    const old = play.state.awards['award-1'];
    if (old) delete (old as Partial<Award>).by;
    const [row] = juryScores(play.engine.ctx, play.state);
    expect(row?.scores.map((entry) => entry.by)).toEqual([INSTRUCTOR, FIRST]);
    expect(row?.mean).toBe(10);
  });

  it('a juror sees the rubric, the teams’ public decisions and reasoning, and only their own scores', () => {
    const play = new Play(moot);
    play.do('lumeria', {
      type: 'claimJurisdiction',
      offence: 'investment-fraud',
      bases: ['territory'],
      reasoning: 'The fraud was committed here, against our residents, from servers here.',
    });
    play.do(FIRST, score(3));
    play.do(SECOND, score(1));
    const view = play.engine.view(play.state, FIRST) as JurorView;
    expect(view.role).toBe('juror');
    expect(Object.keys(view.rubric)).toEqual(Object.keys(moot.rubric));
    expect(Object.values(view.claims).map((claim) => claim.reasoning)).toEqual([
      'The fraud was committed here, against our residents, from servers here.',
    ]);
    expect(Object.values(view.awards).map((award) => award.level)).toEqual([3]);
    // No team's score (it holds the other jurors' marks), no case file.
    expect(view).not.toHaveProperty('scores');
    expect(view).not.toHaveProperty('evidence');
    const other = play.engine.view(play.state, SECOND) as JurorView;
    expect(Object.values(other.awards).map((award) => award.level)).toEqual([1]);
    expect(play.engine.view(play.state, OBSERVER).role).toBe('observer');
  });
});
