import { describe, expect, it } from 'vitest';
import { type CountryView, cloneState, createEngine, type Event, evolve } from '../src/index.js';
import { bundled } from './support.js';

/**
 * Parts of a view are kept between changes and rebuilt only after a collection they are built
 * from changed (view/shared.ts, `fromCollections`). These changes touch a collection other than
 * the part's own: a part that forgot to name it would stay stale.
 */
describe('kept parts of views', () => {
  const source = { kind: 'start' } as const;

  it('a device is shown where its holder is, once the viewer locates the holder (evidence reads suspects)', async () => {
    const engine = createEngine(await bundled('ransomware'));
    const state = engine.initialState();
    const viewer = engine.ctx.countries[0] ?? '';
    const located = engine.ctx.countries[1] ?? '';
    const discovered: Event = {
      type: 'EvidenceDiscovered',
      at: 1,
      visibleTo: [viewer],
      evidenceId: 'quillon-laptop',
      country: viewer,
      source,
    };
    evolve(state, discovered);
    const before = engine.view(state, viewer) as CountryView;
    expect(before.evidence['quillon-laptop']?.country).toBeNull();
    evolve(state, {
      type: 'SuspectLocated',
      at: 2,
      visibleTo: [viewer],
      suspectId: 'quillon',
      country: viewer,
      location: located,
      source,
    });
    const after = engine.view(state, viewer) as CountryView;
    expect(after.evidence['quillon-laptop']?.country).toBe(located);
    expect(after).toEqual(engine.view(cloneState(state), viewer));
  });

  it('an unchanged part is the very object of the previous view', async () => {
    const engine = createEngine(await bundled('ransomware'));
    const state = engine.initialState();
    const viewer = engine.ctx.countries[0] ?? '';
    const before = engine.view(state, viewer) as CountryView;
    evolve(state, {
      type: 'SuspectLocated',
      at: 2,
      visibleTo: [viewer],
      suspectId: 'quillon',
      country: viewer,
      location: viewer,
      source,
    });
    const after = engine.view(state, viewer) as CountryView;
    expect(after.facts).toBe(before.facts);
    expect(after.assets).toBe(before.assets);
    expect(after.suspects).not.toBe(before.suspects);
    expect(after.suspects.quillon?.location?.location).toBe(viewer);
  });
});
