/**
 * View updates as small patches. Views are trees of plain records keyed by id, so a change is
 * usually a few leaves: `{op: 'set', path: ['requests', 'req-7', 'status'], value: 'executed'}`.
 * Arrays are replaced whole (they are short: contents, conditions, members).
 */
export type PatchOp = { op: 'set'; path: string[]; value: unknown } | { op: 'delete'; path: string[] };

type Plain = Record<string, unknown>;

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

/** The operations that turn `before` into `after`. */
export function diff(before: unknown, after: unknown, path: string[] = [], ops: PatchOp[] = []): PatchOp[] {
  if (same(before, after)) return ops;
  if (!isPlain(before) || !isPlain(after)) {
    ops.push({ op: 'set', path, value: after });
    return ops;
  }
  for (const key of Object.keys(before)) {
    if (!Object.hasOwn(after, key)) ops.push({ op: 'delete', path: [...path, key] });
  }
  for (const key of Object.keys(after)) {
    if (!Object.hasOwn(before, key)) ops.push({ op: 'set', path: [...path, key], value: after[key] });
    else diff(before[key], after[key], [...path, key], ops);
  }
  return ops;
}

/** Applies operations to a copy of `target` and returns it; the target is left unchanged. */
export function applyPatch<T>(target: T, ops: readonly PatchOp[]): T {
  let root: unknown = target;
  for (const operation of ops) root = applyOne(root, operation, 0);
  return root as T;
}

function applyOne(node: unknown, operation: PatchOp, depth: number): unknown {
  const key = operation.path[depth];
  if (key === undefined) return operation.op === 'set' ? operation.value : undefined;
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
