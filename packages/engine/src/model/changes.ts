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
 * Which entities events created or replaced, as "collection/id" (`requests/req-7`). `evolve`
 * notes them when asked, so that whoever keeps views up to date revisits only those.
 */
export type Changes = Set<string>;

export const changeKey = (collection: Collection, id: string): string => `${collection}/${id}`;

export function parseChangeKey(key: string): { collection: Collection; id: string } {
  const slash = key.indexOf('/');
  return { collection: key.slice(0, slash) as Collection, id: key.slice(slash + 1) };
}
