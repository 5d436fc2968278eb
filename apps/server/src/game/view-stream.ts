import {
  type Changes,
  type Engine,
  parseChangeKey,
  type Section,
  type State,
  type View,
  type Viewer,
} from '@crossborder/engine';
import { diff, diffEntry, type PatchOp } from '@crossborder/protocol';

/**
 * What one client was last sent of its view, kept so that the next update holds only what
 * changed. The view's base (everything but its sections) is diffed whole: it is small. Its
 * sections, which grow with the game (requests, violations...), are revisited only for the
 * entities the engine says changed, so an update costs what changed, not the size of the game.
 */
export class ViewStream {
  private viewer: Viewer | null = null;
  private base: View | null = null;
  /** Per section of the view, the entries last sent, by entity id. */
  private entries = new Map<Section, Map<string, unknown>>();

  /** The whole view, from which the next update will start (a snapshot). */
  reset(engine: Engine, state: State, viewer: Viewer): View {
    const full = engine.view(state, viewer);
    this.viewer = viewer;
    this.base = engine.viewBase(state, viewer);
    this.entries = new Map();
    for (const section of engine.sections(viewer)) {
      let record: unknown = full;
      for (const key of section.path) record = (record as Record<string, unknown>)[key];
      this.entries.set(section, new Map(Object.entries(record as Record<string, unknown>)));
    }
    return full;
  }

  /**
   * The operations that bring the client's view up to date after `changes`. `base` is the
   * viewer's current base view (computed once per viewer for all its clients). A client whose
   * viewer changed (the observer when the board is revealed) gets its whole new view.
   */
  update(engine: Engine, state: State, viewer: Viewer, base: View, changes: Changes): PatchOp[] {
    if (this.viewer !== viewer || this.base === null) {
      return [{ op: 'set', path: [], value: this.reset(engine, state, viewer) }];
    }
    const ops = diff(this.base, base);
    this.base = base;
    if (changes.size === 0) return ops;
    const sections = engine.sections(viewer);
    for (const key of changes) {
      const { collection, id } = parseChangeKey(key);
      for (const section of sections) {
        if (section.collection !== collection) continue;
        const entity = (state[collection] as Record<string, object>)[id];
        const value = entity === undefined ? undefined : section.show(entity);
        const sent = this.entries.get(section) ?? new Map<string, unknown>();
        this.entries.set(section, sent);
        diffEntry([...section.path, id], sent.get(id), value, ops);
        if (value === undefined) sent.delete(id);
        else sent.set(id, value);
      }
    }
    return ops;
  }
}
