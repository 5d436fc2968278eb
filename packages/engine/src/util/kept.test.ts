import { translateScenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { undeclaredReads } from '../../test/declared-reads.js';
import { bundled } from '../../test/support.js';
import { createEngine } from '../engine.js';
import { evolve } from '../evolve.js';
import type { State } from '../model/state.js';
import { kept, unchanging } from './kept.js';

const engine = createEngine(await bundled('tutorial'));
const [aldoria = ''] = engine.ctx.countries;

/** A part that counts its builds: how many suspects there are, and whether the session ended. */
function counter(state: State) {
  let builds = 0;
  const part = () =>
    kept(engine.ctx, state, 'suspects and end', ['suspects', 'ended'], () => {
      builds += 1;
      return `${Object.keys(state.suspects).length}:${state.ended}`;
    });
  return { part, builds: () => builds };
}

describe('kept parts', () => {
  it('are built again only once a collection they read changed, or a scalar they read took another value', () => {
    const state = engine.initialState();
    const { part, builds } = counter(state);
    expect(part()).toBe(part());
    expect(builds()).toBe(1);
    evolve(state, { type: 'EmergencyDeclared', at: 1, visibleTo: [aldoria] });
    part();
    expect(builds(), 'neither the suspects nor the end changed').toBe(1);
    evolve(state, { type: 'SessionEnded', at: 2, visibleTo: [aldoria] });
    expect(part()).toMatch(/:true$/);
    expect(builds()).toBe(2);
  });
});

describe('kept parts of one state under two contexts (a session read in two languages)', () => {
  it('are kept apart: reading one language does not make the other be built again', () => {
    const state = engine.initialState();
    const other = createEngine(translateScenario(engine.ctx.scenario, 'fr'));
    const builds: string[] = [];
    const part = (ctx: typeof engine.ctx, name: string) =>
      kept(ctx, state, 'title', ['ended'], () => {
        builds.push(name);
        return ctx.scenario.title;
      });
    const english = part(engine.ctx, 'en');
    const french = part(other.ctx, 'fr');
    expect(french).not.toBe(english);
    expect(part(engine.ctx, 'en')).toBe(english);
    expect(part(other.ctx, 'fr')).toBe(french);
    expect(builds).toEqual(['en', 'fr']);
  });
});

describe('the dependency check of kept parts', () => {
  const state = engine.initialState();

  it('names each part that reads what it did not declare, and what', () => {
    const found = undeclaredReads(state, (tracked) => {
      kept(engine.ctx, tracked, 'honest', ['requests'], () => Object.keys(tracked.requests));
      kept(engine.ctx, tracked, 'forgetful', ['requests'], () => [tracked.cases, tracked.ended]);
    });
    expect(found).toEqual(['forgetful reads cases', 'forgetful reads ended']);
  });

  it('counts a read for every part built around it: a part depends on what the parts it uses read', () => {
    const found = undeclaredReads(state, (tracked) => {
      kept(engine.ctx, tracked, 'outer', ['requests'], () =>
        kept(engine.ctx, tracked, 'inner', ['suspects'], () => Object.keys(tracked.suspects)),
      );
    });
    expect(found).toEqual(['outer reads suspects']);
  });

  it('lets through what is read as unchanging, and any read outside a part', () => {
    const found = undeclaredReads(state, (tracked) => {
      void tracked.notes;
      kept(engine.ctx, tracked, 'requester', ['cases'], () =>
        unchanging(() => tracked.requests['req-1']?.from),
      );
    });
    expect(found).toEqual([]);
  });

  it('builds every part, even one kept for the state it is given', () => {
    kept(engine.ctx, state, 'kept before', ['requests'], () => 1);
    const found = undeclaredReads(state, (tracked) => {
      kept(engine.ctx, tracked, 'kept before', ['requests'], () => tracked.cases);
    });
    expect(found).toEqual(['kept before reads cases']);
  });
});
