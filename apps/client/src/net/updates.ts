import type { View } from '@crossborder/engine';
import { applyPatch, PatchError, type ServerMessages } from '@crossborder/protocol';

/**
 * What a client does with an update: apply it if it is the next one, ignore it if it is old,
 * and ask for a fresh snapshot if one was missed (the server numbers each client's updates) or
 * cannot be applied (an operation this client does not know, a path its view does not have).
 */
export type Received =
  | { kind: 'applied'; seq: number; view: View }
  | { kind: 'stale' }
  | { kind: 'gap'; expected: number; got: number }
  | { kind: 'unreadable'; seq: number };

export function receive(seq: number, view: View, update: ServerMessages['update']): Received {
  if (update.seq <= seq) return { kind: 'stale' };
  if (update.seq !== seq + 1) return { kind: 'gap', expected: seq + 1, got: update.seq };
  try {
    return { kind: 'applied', seq: update.seq, view: applyPatch(view, update.patch) };
  } catch (cause) {
    if (cause instanceof PatchError) return { kind: 'unreadable', seq: update.seq };
    throw cause;
  }
}
