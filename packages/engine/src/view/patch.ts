import { requestDefaults } from '../model/defaults.js';
import { deepFreeze } from '../util/freeze.js';

/**
 * The wire format of view updates (PROTOCOL.md), defined here once: the engine makes patches
 * (diff.ts, stream.ts) and every client applies them (`applyPatch`, which the protocol package
 * re-exports). Views are trees of plain records keyed by id, so a change is usually a few leaves:
 * `{op: 'set', path: ['requests', 'req-7', 'status'], value: 'executed'}`. An array that grew at
 * its end, its earlier items unchanged (a consultation's messages, a request's warnings), travels
 * as what was added: `{op: 'append', path, values}`, so that an update costs what changed, not
 * the length of the thread. Any other change to an array replaces it whole (such arrays are
 * short: conditions, members, a request's evidence).
 *
 * A new record of a collection with a template (a new request) is sent without the fields that
 * still hold their initial values: `{op: 'set', path, value, template: 'requests'}` means "the
 * template's fields, then `value`'s". That halves a new request's update.
 */
export type PatchOp =
  | { op: 'set'; path: string[]; value: unknown; template?: TemplateName }
  | { op: 'append'; path: string[]; values: unknown[] }
  | { op: 'delete'; path: string[] };

/**
 * A patch that does not fit: an operation this version does not know, or an append that finds
 * no array. The view it was meant for is not the receiver's: ask for a snapshot (`sync`).
 */
export class PatchError extends Error {
  constructor(
    readonly operation: unknown,
    readonly reason: 'unknown-op' | 'not-an-array',
  ) {
    super(`cannot apply a patch operation (${reason}): ask for a snapshot`);
    this.name = 'PatchError';
  }
}

export type Plain = Record<string, unknown>;

/** Initial field values of new records, by the name of the collection that holds them. */
export const TEMPLATES = { requests: deepFreeze(requestDefaults()) } as const satisfies Record<string, Plain>;
export type TemplateName = keyof typeof TEMPLATES;

/** The template of the records of a collection, by the collection's name, if it has one. */
export function templateFor(key: string | undefined): TemplateName | null {
  return key !== undefined && Object.hasOwn(TEMPLATES, key) ? (key as TemplateName) : null;
}

export function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Applies operations to a copy of `target` and returns it; the target is left unchanged. Throws
 * a PatchError for an operation it does not know, and for an append that finds no array at its
 * path: the receiver's view is then not the one the patch was made for.
 */
export function applyPatch<T>(target: T, ops: readonly PatchOp[]): T {
  let root: unknown = target;
  for (const operation of ops) root = applyOne(root, operation, 0);
  return root as T;
}

function applyOne(node: unknown, operation: PatchOp, depth: number): unknown {
  const key = operation.path[depth];
  if (key === undefined) return replacement(node, operation);
  // Never walk into, or create, the prototype of an object: a patch is data from the network.
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return node;
  const copy: Plain = isPlain(node) ? { ...node } : {};
  if (operation.op === 'delete' && depth === operation.path.length - 1) {
    delete copy[key];
    return copy;
  }
  copy[key] = applyOne(copy[key], operation, depth + 1);
  return copy;
}

/** What an operation puts in place of `node`, the value at the end of its path. */
function replacement(node: unknown, operation: PatchOp): unknown {
  switch (operation.op) {
    case 'set':
      return setValue(operation);
    case 'delete':
      return undefined;
    case 'append':
      if (!Array.isArray(node) || !Array.isArray(operation.values))
        throw new PatchError(operation, 'not-an-array');
      return [...node, ...operation.values];
    default:
      // A patch is data from the network: an operation of a later version may reach an older client.
      throw new PatchError(operation satisfies never, 'unknown-op');
  }
}

/** The value a set operation puts in place, its template's fields filled in (copies, never shared). */
function setValue(operation: Extract<PatchOp, { op: 'set' }>): unknown {
  if (operation.template === undefined) return operation.value;
  const template = templateFor(operation.template);
  if (!template || !isPlain(operation.value)) return operation.value;
  return { ...(JSON.parse(JSON.stringify(TEMPLATES[template])) as Plain), ...operation.value };
}
