import type { Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { createEngine, INSTRUCTOR, OBSERVER } from '../src/index.js';
import { bundled, Play } from './support.js';

/**
 * The scenario format refuses countries named like a role, but the engine does not rely on it:
 * a role's id is not a slug, so even a country called "instructor" or "observer" (a scenario
 * built in code, an older file) acts and sees as a country, never as the role.
 */
async function withCountriesNamed(names: [string, string]): Promise<Scenario> {
  const tutorial = await bundled('tutorial');
  const [first, second] = Object.values(tutorial.countries);
  if (!first || !second) throw new Error('the tutorial has two countries');
  return { ...tutorial, countries: { [names[0]]: first, [names[1]]: second } };
}

describe('roles are not countries', () => {
  it('a country called "instructor" cannot use the instructor commands', async () => {
    const play = new Play(await withCountriesNamed(['instructor', 'observer']));
    expect(play.rejected('instructor', { type: 'addNote', text: 'I am the instructor now.' }).code).toBe(
      'actor.instructor-only',
    );
    expect(play.rejected('instructor', { type: 'endSession' }).code).toBe('actor.instructor-only');
    expect(play.state.ended).toBe(false);
    // The instructor itself still can.
    play.do(INSTRUCTOR, { type: 'addNote', text: 'A teaching moment.' });
  });

  it('a country called "instructor" or "observer" sees its own view, not the role\'s', async () => {
    const scenario = await withCountriesNamed(['instructor', 'observer']);
    const engine = createEngine(scenario);
    const state = engine.initialState();
    expect(engine.view(state, 'instructor').role).toBe('country');
    expect(engine.view(state, 'observer').role).toBe('country');
    expect(engine.view(state, INSTRUCTOR).role).toBe('instructor');
    expect(engine.view(state, OBSERVER).role).toBe('observer');
  });

  it('role ids can never be scenario ids', () => {
    for (const role of [INSTRUCTOR, OBSERVER]) expect(role).not.toMatch(/^[a-z]/);
  });
});
