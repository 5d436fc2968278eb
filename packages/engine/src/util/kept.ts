import { revisionOf } from '../model/changes.js';
import type { Ctx } from '../model/context.js';
import type { State } from '../model/state.js';

/** What a kept part may read of the state: a collection (`requests`), or a scalar (`ended`). */
export type Read = keyof State;

interface Memo {
  /** What each read was when the value was built: a record (by identity), or a scalar's value. */
  values: unknown[];
  /** Each record's revision then (0 for a scalar). */
  revisions: number[];
  value: unknown;
}
/**
 * By context, then state: a session's views in several languages are built from one state by one
 * context per language (a translated scenario), and each keeps its own parts, so that one
 * language's views never make another's be built again.
 */
const memos = new WeakMap<Ctx, WeakMap<State, Map<unknown, Memo>>>();

/**
 * What `build` makes from parts of the state (and the scenario), built again only after one of
 * them changed: a collection in which an entity was created or replaced (`evolve` counts that per
 * record, see `revisionOf`), or a scalar (`ended`, `emergency`) that took another value. Most
 * changes are a request or two: what is built from the rest (a view's evidence, a condition on
 * suspects) is then looked up, not rebuilt. `reads` must name everything of the state `build`
 * reads, a kept part it uses included, or the part goes stale: a property test checks it
 * (test/declared-reads.ts). `key` names what is built.
 */
export function kept<T>(ctx: Ctx, state: State, key: unknown, reads: readonly Read[], build: () => T): T {
  let forCtx = memos.get(ctx);
  if (!forCtx) {
    forCtx = new WeakMap();
    memos.set(ctx, forCtx);
  }
  let forState = forCtx.get(state);
  if (!forState) {
    forState = new Map();
    forCtx.set(state, forState);
  }
  const memo = forState.get(key);
  if (memo && current(memo, state, reads)) return memo.value as T;
  const value = watcher === undefined ? build() : watcher.build(key, reads, build);
  if (memo && memo.values.length === reads.length) {
    // Updated in place: a memo replaced after every command would outlive a young-generation
    // collection or two, then die in the old one (what made the server's pauses long).
    for (let index = 0; index < reads.length; index++) {
      const read = state[reads[index] as Read];
      memo.values[index] = read;
      memo.revisions[index] = revision(read);
    }
    memo.value = value;
  } else {
    const values = reads.map((read) => state[read]);
    forState.set(key, { values, revisions: values.map(revision), value });
  }
  return value;
}

function current(memo: Memo, state: State, reads: readonly Read[]): boolean {
  for (let index = 0; index < reads.length; index++) {
    const read = state[reads[index] as Read];
    if (memo.values[index] !== read || memo.revisions[index] !== revision(read)) return false;
  }
  return true;
}

function revision(read: unknown): number {
  return typeof read === 'object' && read !== null ? revisionOf(read) : 0;
}

/**
 * Reads, while building a kept part, what never changes once it exists (who sent a request):
 * not a reason to build the part again, so not among its `reads`. Said at the read, so that the
 * dependency check lets it through and a reader sees why.
 */
export function unchanging<T>(read: () => T): T {
  return watcher === undefined ? read() : watcher.unchanging(read);
}

/** Sees every kept part being built, with what it declared it reads: the dependency check's hook. */
export interface BuildWatcher {
  /** Builds a part: calls `build` once and returns what it made. */
  build<T>(key: unknown, reads: readonly Read[], build: () => T): T;
  /** Makes a read that no part need declare (see `unchanging`): calls `read` once. */
  unchanging<T>(read: () => T): T;
}

let watcher: BuildWatcher | undefined;

/** Sets, or with undefined removes, the one watcher of kept parts (tests only: it costs a check per build). */
export function watchBuilds(next: BuildWatcher | undefined): void {
  watcher = next;
}
