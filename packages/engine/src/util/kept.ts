import { type Collection, revisionOf } from '../model/changes.js';
import type { Ctx } from '../model/context.js';
import type { State } from '../model/state.js';

interface Memo {
  ctx: Ctx;
  flags: number;
  records: object[];
  revisions: number[];
  value: unknown;
}
const memos = new WeakMap<State, Map<unknown, Memo>>();

/**
 * What `build` makes from whole collections of the state (and the scenario), built again only
 * after an entity of one of them was created or replaced (`evolve` counts that per record, see
 * `revisionOf`). Most changes are a request or two: what is built from the other collections
 * (a view's evidence, a condition on suspects) is then looked up, not rebuilt. `collections`
 * must name every collection `build` reads; `key` names what is built; `flags` packs any of the
 * state's scalars (`ended`, `emergency`) that `build` reads.
 */
export function kept<T>(
  ctx: Ctx,
  state: State,
  key: unknown,
  collections: readonly Collection[],
  build: () => T,
  flags = 0,
): T {
  let forState = memos.get(state);
  if (!forState) {
    forState = new Map();
    memos.set(state, forState);
  }
  const memo = forState.get(key);
  if (memo && memo.ctx === ctx && memo.flags === flags && current(memo, state, collections))
    return memo.value as T;
  const value = build();
  if (memo && memo.records.length === collections.length) {
    // Updated in place: a memo replaced after every command would outlive a young-generation
    // collection or two, then die in the old one (what made the server's pauses long).
    memo.ctx = ctx;
    memo.flags = flags;
    for (let index = 0; index < collections.length; index++) {
      const record = state[collections[index] as Collection];
      memo.records[index] = record;
      memo.revisions[index] = revisionOf(record);
    }
    memo.value = value;
  } else {
    forState.set(key, {
      ctx,
      flags,
      records: collections.map((collection) => state[collection]),
      revisions: collections.map((collection) => revisionOf(state[collection])),
      value,
    });
  }
  return value;
}

function current(memo: Memo, state: State, collections: readonly Collection[]): boolean {
  for (let index = 0; index < collections.length; index++) {
    const record = state[collections[index] as Collection];
    if (memo.records[index] !== record || memo.revisions[index] !== revisionOf(record)) return false;
  }
  return true;
}
