import type { Scenario } from '@crossborder/scenario';
import { beforeAll, describe, expect, it } from 'vitest';
import { Command, describeEvent, INSTRUCTOR, type InstructorView } from '../src/index.js';
import { bundled, DAY, HOUR, Play, text } from './support.js';

/**
 * The instructor's words during play: injects written live, messages to teams, notes for the
 * debrief. Each is lawful from the instructor alone, checked against the scenario, and seen by
 * exactly its audience.
 */
let tutorial: Scenario;
beforeAll(async () => {
  tutorial = await bundled('tutorial');
});

const LIVE = {
  title: 'A journalist calls',
  message: 'A reporter asks Borealis about the hosting logs.',
  audience: ['borealis'],
  effects: [{ revealFact: 'admin-from-aldoria' }],
} as const;

const write = (inject: object, at?: number) =>
  Command.parse({ type: 'writeInject', inject, ...(at === undefined ? {} : { at }) });

const seen = (play: Play, viewer: string) => JSON.stringify(play.engine.view(play.state, viewer));

describe('writeInject', () => {
  it('without a time fires now: its audience reads it, learns what it reveals, and nobody else does', () => {
    const play = new Play(tutorial).at(HOUR);
    const events = play.do(INSTRUCTOR, write(LIVE));
    expect(events.map((event) => event.type)).toEqual(['InjectWritten', 'InjectFired', 'FactLearned']);
    // In the decision itself, not left to the clock's next step.
    const decided = play.engine.decide(play.engine.initialState(), INSTRUCTOR, write(LIVE), HOUR);
    expect(decided.ok && decided.events.map((event) => event.type)).toEqual([
      'InjectWritten',
      'InjectFired',
      'FactLearned',
    ]);
    expect(events[0]?.visibleTo).toEqual([]);
    expect(events[1]?.visibleTo).toEqual(['borealis']);
    const borealis = play.engine.view(play.state, 'borealis');
    if (borealis.role !== 'country') throw new Error('a country view');
    expect(Object.values(borealis.injects)).toEqual([
      { title: LIVE.title, message: LIVE.message, firedAt: HOUR, kind: 'news' },
    ]);
    expect(borealis.facts['admin-from-aldoria']).toBeDefined();
    expect(seen(play, 'aldoria')).not.toContain(LIVE.title);
    expect(seen(play, 'aldoria')).not.toContain(LIVE.message);
    const instructor = play.engine.view(play.state, INSTRUCTOR) as InstructorView;
    expect(Object.values(instructor.injects).find((inject) => inject.origin === 'inject')).toMatchObject({
      status: 'fired',
      firedAt: HOUR,
      inject: { title: LIVE.title },
    });
  });

  it('at a later time waits unseen by every team, then fires like a scenario inject', () => {
    const play = new Play(tutorial).at(HOUR);
    play.do(INSTRUCTOR, write({ ...LIVE, audience: 'all', effects: [] }, DAY + HOUR));
    expect(seen(play, 'aldoria')).not.toContain(LIVE.title);
    expect(seen(play, 'borealis')).not.toContain(LIVE.message);
    play.at(DAY + 2 * HOUR);
    for (const country of ['aldoria', 'borealis']) expect(seen(play, country)).toContain(LIVE.message);
    const fired = play.log.find((event) => event.type === 'InjectFired' && event.injectId.startsWith('live'));
    expect(fired?.at).toBe(DAY + HOUR);
    expect(fired?.visibleTo).toEqual(['aldoria', 'borealis']);
  });

  it('can be held, released, rescheduled, cancelled and fired from the timeline', () => {
    const play = new Play(tutorial);
    const [written] = play.do(INSTRUCTOR, write({ ...LIVE, effects: [] }, 2 * DAY));
    if (written?.type !== 'InjectWritten') throw new Error('written');
    const injectId = written.injectId;
    play.do(INSTRUCTOR, { type: 'holdInject', injectId });
    play.at(3 * DAY);
    expect(play.state.injects[injectId]?.status).toBe('held');
    play.do(INSTRUCTOR, { type: 'scheduleInject', injectId, at: 4 * DAY });
    expect(play.state.injects[injectId]).toMatchObject({ status: 'pending', at: 4 * DAY });
    play.do(INSTRUCTOR, { type: 'holdInject', injectId });
    play.do(INSTRUCTOR, { type: 'releaseInject', injectId });
    expect(play.state.injects[injectId]?.status).toBe('pending');
    play.do(INSTRUCTOR, { type: 'fireInject', injectId });
    expect(play.state.injects[injectId]).toMatchObject({ status: 'fired', firedAt: 3 * DAY });
    const [other] = play.do(INSTRUCTOR, write({ ...LIVE, effects: [] }, 5 * DAY));
    if (other?.type !== 'InjectWritten') throw new Error('written');
    play.do(INSTRUCTOR, { type: 'cancelInject', injectId: other.injectId });
    play.at(6 * DAY);
    expect(play.state.injects[other.injectId]?.status).toBe('cancelled');
    expect(other.injectId).not.toBe(injectId);
  });

  it('is refused, saying what and how to fix it, when its time is past or it names what the scenario lacks', () => {
    const play = new Play(tutorial).at(DAY);
    const past = play.rejected(INSTRUCTOR, write(LIVE, HOUR));
    expect(past.code).toBe('inject.time-past');
    expect(text(past)).toContain('leave the time empty to fire the inject now');
    const nobody = play.rejected(INSTRUCTOR, write({ ...LIVE, audience: ['atlantis'] }));
    expect(text(nobody)).toBe('There is no country "atlantis" in this scenario.');
    const fact = play.rejected(
      INSTRUCTOR,
      write({ ...LIVE, effects: [{ revealEvidence: 'hosting-logs' }, { revealFact: 'moon' }] }),
    );
    expect(text(fact)).toBe(
      'Effect 2 names revealFact "moon", which this scenario does not have: choose one the scenario declares.',
    );
    const place = play.rejected(
      INSTRUCTOR,
      write({ ...LIVE, effects: [{ moveSuspect: { suspect: 'kite', to: 'mars' } }] }),
    );
    expect(place.params).toEqual({ effect: 1, field: 'moveSuspect.to', id: 'mars' });
  });

  it('is the instructor’s alone', () => {
    const play = new Play(tutorial);
    expect(play.rejected('aldoria', write(LIVE)).code).toBe('actor.instructor-only');
    expect(play.rejected('borealis', { type: 'sendMessage', text: 'Hello', to: 'all' }).code).toBe(
      'actor.instructor-only',
    );
  });

  it('is checked by the scenario format’s own inject schema at the door', () => {
    const issue = (inject: object) => {
      const parsed = Command.safeParse({ type: 'writeInject', inject });
      const first = parsed.success ? undefined : parsed.error.issues[0];
      if (!first) throw new Error('expected the command to be refused');
      return first;
    };
    expect(issue({ ...LIVE, title: '  ' })).toMatchObject({
      path: ['inject', 'title'],
      message: 'must not be empty',
    });
    expect(issue({ ...LIVE, message: 'x'.repeat(2001) }).message).toBe('must be at most 2000 characters');
    expect(issue({ ...LIVE, effects: [{ revealFact: 'a', revealEvidence: 'b' }] }).path).toEqual([
      'inject',
      'effects',
      0,
    ]);
    expect(issue({ ...LIVE, audience: [] }).message).toContain('list at least one country, or write all');
    expect(Command.safeParse({ type: 'writeInject', inject: LIVE, at: -5 }).success).toBe(false);
  });

  it('replays to the same state from its log', () => {
    const play = new Play(tutorial).at(HOUR);
    play.do(INSTRUCTOR, write(LIVE));
    play.do(INSTRUCTOR, write({ ...LIVE, effects: [] }, DAY));
    play.do(INSTRUCTOR, { type: 'sendMessage', text: 'Ten minutes left.', to: 'all' });
    play.at(2 * DAY);
    const again = play.engine.initialState();
    for (const event of play.log) play.engine.evolve(again, event);
    expect(JSON.stringify(again)).toBe(JSON.stringify(play.state));
  });
});

describe('sendMessage', () => {
  it('reaches exactly the teams it is sent to, as a message in their view and their log', () => {
    const play = new Play(tutorial).at(2 * HOUR);
    const events = play.do(INSTRUCTOR, {
      type: 'sendMessage',
      text: 'Borealis: check your inbox.',
      to: ['borealis'],
    });
    const fired = events.find((event) => event.type === 'InjectFired');
    expect(fired?.visibleTo).toEqual(['borealis']);
    const borealis = play.engine.view(play.state, 'borealis');
    if (borealis.role !== 'country') throw new Error('a country view');
    expect(Object.values(borealis.injects)).toEqual([
      { title: '', message: 'Borealis: check your inbox.', firedAt: 2 * HOUR, kind: 'message' },
    ]);
    expect(seen(play, 'aldoria')).not.toContain('check your inbox');
    if (!fired) throw new Error('fired');
    expect(describeEvent(play.engine.ctx, fired, play.state)).toEqual({
      key: 'log.message',
      params: { text: 'Borealis: check your inbox.' },
    });
    const debrief = play.engine.assess(play.state, play.log);
    expect(debrief.timeline.find((entry) => entry.line.key === 'log.message')?.countries).toEqual([
      'borealis',
    ]);
  });

  it('to all reaches every team; to a country the scenario lacks, nobody', () => {
    const play = new Play(tutorial);
    play.do(INSTRUCTOR, { type: 'sendMessage', text: 'Break: back at 11.', to: 'all' });
    for (const country of ['aldoria', 'borealis'])
      expect(seen(play, country)).toContain('Break: back at 11.');
    const rejection = play.rejected(INSTRUCTOR, {
      type: 'sendMessage',
      text: 'Hi',
      to: ['borealis', 'atlantis'],
    });
    expect(text(rejection)).toBe('There is no country "atlantis" in this scenario.');
    expect(Command.safeParse({ type: 'sendMessage', text: '\u0007 ', to: 'all' }).success).toBe(false);
  });
});

describe('the debrief', () => {
  it('tells an inject written live by its title, and pins a note on its country’s lane that no team sees', () => {
    const play = new Play(tutorial).at(HOUR);
    play.do(INSTRUCTOR, write(LIVE));
    const [note] = play.do(INSTRUCTOR, {
      type: 'addNote',
      text: 'Borealis hesitated here.',
      country: 'borealis',
    });
    expect(note?.visibleTo).toEqual([]);
    for (const country of ['aldoria', 'borealis']) expect(seen(play, country)).not.toContain('hesitated');
    const { timeline } = play.engine.assess(play.state, play.log);
    expect(timeline.find((entry) => entry.type === 'InjectFired')?.line).toEqual({
      key: 'log.inject-fired',
      params: { title: LIVE.title },
    });
    expect(timeline.find((entry) => entry.type === 'NoteAdded')).toMatchObject({
      at: HOUR,
      countries: ['borealis'],
    });
  });
});
