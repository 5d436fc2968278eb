import type { Changes, Collection } from '../model/changes.js';
import type { Ctx } from '../model/context.js';
import type { Event } from '../model/events.js';
import { INSTRUCTOR, isJuror, OBSERVER } from '../model/ids.js';
import type { State } from '../model/state.js';
import { diff, diffEntry } from './diff.js';
import type { PatchOp } from './patch.js';
import { type Section, sectionsOf } from './sections.js';
import type { View, Viewer } from './types.js';
import { view, viewBase } from './view.js';

/**
 * One receiver's view of a game, kept in step by patches: what a server holds per connection.
 * `reset` gives the whole view (a snapshot) and starts the stream from it; each `update` then
 * gives only the operations that bring the receiver's copy up to the state's view. A new stream's
 * first update, before any reset, is the whole view (`set` at the root).
 */
export interface ViewStream {
  readonly viewer: Viewer;
  /** The whole view of `state`, from which the next update starts. */
  reset(state: State): View;
  /**
   * The operations that bring the receiver's view up to date with `state`, after the entities in
   * `changes` were created or replaced (`act`, `evolve` and `catchUp` note them). `base` is the
   * viewer's `viewBase` of this state, given when one is computed for several streams of the
   * same viewer.
   */
  update(state: State, changes: Changes, base?: View): PatchOp[];
}

export function createViewStream(ctx: Ctx, viewer: Viewer): ViewStream {
  return new Stream(ctx, viewer);
}

/**
 * Whether events may have changed a viewer's view. A country's view changes only through events
 * it sees (the property test beside this module holds the engine to it), so the streams of the
 * other countries need not even be updated; the instructor's and the observer's may change with
 * any event.
 */
export function touches(viewer: Viewer, events: readonly Event[]): boolean {
  // A juror's view shows every request's public row, whoever sees the events that changed it.
  if (viewer === INSTRUCTOR || viewer === OBSERVER || isJuror(viewer)) return true;
  return events.some((event) => event.visibleTo.includes(viewer));
}

/** A section of the view with the entries last sent of it, by entity id. */
interface Sent {
  section: Section;
  entries: Map<string, unknown>;
}

/**
 * The view's base (everything but its sections) is diffed whole: it is small, and its unchanged
 * parts are the very objects of the last one (see shared.ts), so the diff skips them at once. Its
 * sections, which grow with the game (requests, violations...), are revisited only for the
 * entities that changed, so an update costs what changed, not the size of the game.
 */
class Stream implements ViewStream {
  private base: View | null = null;
  /** The view's sections by the collection they show, with what was last sent of each. */
  private readonly sent = new Map<Collection, Sent[]>();

  constructor(
    private readonly ctx: Ctx,
    readonly viewer: Viewer,
  ) {}

  reset(state: State): View {
    const full = view(this.ctx, state, this.viewer);
    this.base = viewBase(this.ctx, state, this.viewer);
    this.sent.clear();
    for (const section of sectionsOf(this.viewer)) {
      let record: unknown = full;
      for (const key of section.path) record = (record as Record<string, unknown>)[key];
      const entries = new Map(Object.entries(record as Record<string, unknown>));
      const shown = this.sent.get(section.collection);
      if (shown) shown.push({ section, entries });
      else this.sent.set(section.collection, [{ section, entries }]);
    }
    return full;
  }

  update(state: State, changes: Changes, base?: View): PatchOp[] {
    if (this.base === null) return [{ op: 'set', path: [], value: this.reset(state) }];
    const next = base ?? viewBase(this.ctx, state, this.viewer);
    const ops = diff(this.base, next);
    this.base = next;
    for (const [collection, ids] of changes) {
      // Only the collections this view shows are looked at: a country's view has no injects section.
      const shown = this.sent.get(collection);
      if (shown === undefined) continue;
      const record = state[collection] as Record<string, object>;
      for (const id of ids) {
        const entity = record[id];
        for (const { section, entries } of shown) {
          const value = entity === undefined ? undefined : section.show(entity);
          diffEntry([...section.path, id], entries.get(id), value, ops);
          if (value === undefined) entries.delete(id);
          else entries.set(id, value);
        }
      }
    }
    return ops;
  }
}
