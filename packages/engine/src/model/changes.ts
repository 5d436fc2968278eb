import type { State } from './state.js';

/** The state's collections of entities, each a record keyed by id. */
export const COLLECTIONS = [
  'facts',
  'evidence',
  'suspects',
  'assets',
  'cases',
  'measures',
  'claims',
  'consultations',
  'agreements',
  'requests',
  'shares',
  'prosecutions',
  'injects',
  'objectives',
  'violations',
  'awards',
  'notes',
] as const satisfies readonly (keyof State)[];

export type Collection = (typeof COLLECTIONS)[number];
export type Entity<C extends Collection> = State[C][string];

/**
 * Which entities events created or replaced, by collection. `evolve` notes them when asked
 * (`noteChange`), so that whoever keeps views up to date revisits only those (view/stream.ts),
 * and revisits only the collections a view shows: no key to take apart, no record to scan.
 */
export type Changes = Map<Collection, Set<string>>;

export function noteChange(changes: Changes, collection: Collection, id: string): void {
  const ids = changes.get(collection);
  if (ids) ids.add(id);
  else changes.set(collection, new Set([id]));
}

/**
 * How many times an entity was created or replaced in each record of the state, and which ones
 * lately. `evolve` notes it; it is kept beside the state rather than in it, so that states stay
 * plain data. A record with the same identity and revision holds the very same entities, so
 * whatever was built from it is still current (see util/kept.ts); one whose revision moved on
 * says which entities to revisit (`changedSince`) instead of a scan of the whole record.
 */
interface Feed {
  revision: number;
  /** The ids noted at revisions `first + 1` ... `revision`. */
  ids: string[];
  first: number;
}
const feeds = new WeakMap<object, Feed>();
/** Ids kept per record: enough for any reader that looks after every command. */
const FEED_LENGTH = 1024;

export function noteRevision(record: object, id: string): void {
  let feed = feeds.get(record);
  if (!feed) {
    feed = { revision: 0, ids: [], first: 0 };
    feeds.set(record, feed);
  }
  feed.revision += 1;
  feed.ids.push(id);
  if (feed.ids.length > 2 * FEED_LENGTH) {
    feed.ids.splice(0, FEED_LENGTH);
    feed.first += FEED_LENGTH;
  }
}

export function revisionOf(record: object): number {
  return feeds.get(record)?.revision ?? 0;
}

/**
 * The ids of the entities created or replaced in a record since `revision` (repeats possible),
 * or undefined when that is too long ago to say: then read the whole record again.
 */
export function changedSince(record: object, revision: number): readonly string[] | undefined {
  const feed = feeds.get(record);
  if (!feed) return revision === 0 ? [] : undefined;
  if (revision < feed.first || revision > feed.revision) return undefined;
  return feed.ids.slice(revision - feed.first);
}
