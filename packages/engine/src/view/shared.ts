import { COLLECTIONS } from '../model/changes.js';
import type { Ctx } from '../model/context.js';
import type { State } from '../model/state.js';
import { deepFreeze } from '../util/freeze.js';
import { kept, type Read } from '../util/kept.js';

/**
 * Views are rebuilt after every change and the server sends each seat what changed. Since
 * `evolve` never changes an entity in place (it replaces it with a changed copy), an entity that
 * keeps its identity is unchanged: whatever a view builds from it (a copy, a projection) is built
 * once, kept here, and shared by every view that shows it. The same goes for what a view builds
 * from the scenario alone. Unchanged parts of consecutive views are then the same objects, so
 * comparing them costs nothing. What is kept is frozen: a view is read-only for its receiver.
 */
const built = new WeakMap<object, Map<string, unknown>>();

/** What `build` makes from `owner` (an entity, or the session's context), built once per owner. */
export function derived<T>(owner: object, key: string, build: () => T): T {
  let parts = built.get(owner);
  if (!parts) {
    parts = new Map();
    built.set(owner, parts);
  }
  if (!parts.has(key)) parts.set(key, deepFreeze(build()));
  return parts.get(key) as T;
}

/** `kept` for a part of a view: frozen, like everything views share. */
export function keptPart<T>(ctx: Ctx, state: State, key: unknown, reads: readonly Read[], build: () => T): T {
  return kept(ctx, state, key, reads, () => deepFreeze(build()));
}

/**
 * An entity as views show it: the state's own object, frozen. `evolve` never changes an entity
 * once it is in the state (it replaces it with a changed copy), so the object can be shared with
 * every view of this version without a copy; freezing it makes any change in place fail loudly.
 */
export function sharedCopy<T extends object>(entity: T): T {
  return Object.isFrozen(entity) ? entity : deepFreeze(entity);
}

/** The state without its collections of entities (they are the instructor view's sections). */
export function stateBase(state: State): State {
  const out = { ...state };
  for (const key of COLLECTIONS) (out as Record<string, unknown>)[key] = EMPTY;
  return out;
}

const EMPTY = Object.freeze({});
