import { createEngine, INSTRUCTOR, jurorId, OBSERVER } from '@crossborder/engine';
import { describe, expect, it } from 'vitest';
import { bundled } from '../test/fixtures.js';
import { boardView } from './board-view.js';

describe('boardView', () => {
  it('passes a team’s, the projector’s and the instructor’s views, and no juror’s', async () => {
    const engine = createEngine(await bundled('tutorial'));
    const state = engine.initialState();
    for (const viewer of ['aldoria', OBSERVER, INSTRUCTOR]) {
      const view = engine.view(state, viewer);
      expect(boardView(view)).toBe(view);
    }
    expect(boardView(engine.view(state, jurorId(1)))).toBeNull();
    expect(boardView(null)).toBeNull();
  });
});
