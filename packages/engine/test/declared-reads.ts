import type { State } from '../src/model/state.js';
import { watchBuilds } from '../src/util/kept.js';

/**
 * The dependency check of kept parts (util/kept.ts): runs `use` on the state read through a
 * Proxy that notes every part of the state read while a kept part is being built, and returns
 * each read that part did not declare ("base:aldoria reads requests"). A read counts for every
 * part being built around it: a part that uses another depends on what that one reads. Every
 * part `use` asks for is built, none looked up: parts are kept per state, and the Proxy is a
 * state nothing was kept for.
 */
export function undeclaredReads(state: State, use: (tracked: State) => void): string[] {
  const building: { key: unknown; reads: readonly PropertyKey[] }[] = [];
  let unchanging = 0;
  const found = new Set<string>();
  const tracked = new Proxy(state, {
    get(target, property, receiver) {
      if (unchanging === 0)
        for (const part of building)
          if (!part.reads.includes(property)) found.add(`${name(part.key)} reads ${String(property)}`);
      return Reflect.get(target, property, receiver);
    },
  });
  watchBuilds({
    build(key, reads, build) {
      building.push({ key, reads });
      try {
        return build();
      } finally {
        building.pop();
      }
    },
    unchanging(read) {
      unchanging += 1;
      try {
        return read();
      } finally {
        unchanging -= 1;
      }
    },
  });
  try {
    use(tracked);
  } finally {
    watchBuilds(undefined);
  }
  return [...found];
}

/** A part's key as a reader knows it: a view part's name, or a scenario condition. */
function name(key: unknown): string {
  return typeof key === 'string' ? key : `condition ${JSON.stringify(key)}`;
}
