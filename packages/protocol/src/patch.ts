import { deepFreeze, requestDefaults } from '@crossborder/engine';

/**
 * View updates as small patches. Views are trees of plain records keyed by id, so a change is
 * usually a few leaves: `{op: 'set', path: ['requests', 'req-7', 'status'], value: 'executed'}`.
 * An array that grew at its end, its earlier items unchanged (a consultation's messages, a
 * request's warnings), travels as what was added: `{op: 'append', path, values}`, so that an
 * update costs what changed, not the length of the thread. Any other change to an array
 * replaces it whole (such arrays are short: conditions, members, a request's evidence).
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

type Plain = Record<string, unknown>;

/** Initial field values of new records, by the name of the collection that holds them. */
export const TEMPLATES = { requests: deepFreeze(requestDefaults()) } as const satisfies Record<string, Plain>;
export type TemplateName = keyof typeof TEMPLATES;

function templateFor(key: string | undefined): TemplateName | null {
  return key !== undefined && Object.hasOwn(TEMPLATES, key) ? (key as TemplateName) : null;
}

/**
 * The record without the fields that equal its template's, or null when the record does not fit
 * the template (a template field is missing from it): then it is sent whole, so nothing is lost.
 * A view's records are frozen and shared by every seat that sees them (a new request goes to its
 * two countries and the instructor), so the answer for a frozen record is kept.
 */
function compact(record: Plain, template: Plain): Plain | null {
  const kept = compacted.get(record);
  if (kept !== undefined) return kept;
  const rest = withoutTemplate(record, template);
  if (Object.isFrozen(record)) compacted.set(record, rest);
  return rest;
}

const compacted = new WeakMap<object, Plain | null>();

function withoutTemplate(record: Plain, template: Plain): Plain | null {
  for (const key in template) if (!Object.hasOwn(record, key)) return null;
  const rest: Plain = {};
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (!(Object.hasOwn(template, key) && same(value, template[key]))) rest[key] = value;
  }
  return rest;
}

function newValue(path: string[], value: unknown): PatchOp {
  const template = templateFor(path.at(-2));
  const compacted = template && isPlain(value) ? compact(value, TEMPLATES[template]) : null;
  return compacted && template ? { op: 'set', path, value: compacted, template } : { op: 'set', path, value };
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]))
    );
  }
  return false;
}

/**
 * Whether `after` is `before` with items added at its end. Items are compared by identity first
 * (an unchanged entity's frozen parts are shared from view to view), then by value, since `evolve`
 * copies an entity when it changes it: each item is compared once, so the cost stays linear.
 */
function grew(before: readonly unknown[], after: readonly unknown[]): boolean {
  if (after.length <= before.length) return false;
  for (let index = 0; index < before.length; index++) if (!same(before[index], after[index])) return false;
  return true;
}

/**
 * The operations that turn `before` into `after`. One walk over both trees: records are entered
 * key by key, and only leaves and arrays are compared whole. `path` is a stack, copied only
 * into the operations it produces.
 */
export function diff(before: unknown, after: unknown, path: string[] = [], ops: PatchOp[] = []): PatchOp[] {
  if (before === after) return ops;
  if (!isPlain(before) || !isPlain(after)) {
    if (Array.isArray(before) && Array.isArray(after) && grew(before, after))
      ops.push({ op: 'append', path: [...path], values: after.slice(before.length) });
    else if (!same(before, after)) ops.push({ op: 'set', path: [...path], value: after });
    return ops;
  }
  for (const key in before) {
    if (Object.hasOwn(before, key) && !Object.hasOwn(after, key))
      ops.push({ op: 'delete', path: [...path, key] });
  }
  for (const key in after) {
    if (!Object.hasOwn(after, key)) continue;
    if (!Object.hasOwn(before, key)) ops.push(newValue([...path, key], after[key]));
    else if (before[key] !== after[key]) {
      path.push(key);
      diff(before[key], after[key], path, ops);
      path.pop();
    }
  }
  return ops;
}

/**
 * The operations that turn one entry of a record (`path` ends with its id) from `before` into
 * `after`, where undefined means absent: for views kept up to date entry by entry.
 */
export function diffEntry(path: string[], before: unknown, after: unknown, ops: PatchOp[] = []): PatchOp[] {
  if (before === after) return ops;
  if (after === undefined) ops.push({ op: 'delete', path: [...path] });
  else if (before === undefined) ops.push(newValue([...path], after));
  else diff(before, after, [...path], ops);
  return ops;
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
