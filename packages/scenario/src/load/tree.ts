import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from './problem.js';

/** One node met by `preorder`, with what leads to it. */
export interface Visit {
  node: Node;
  parent: Visit | undefined;
  /**
   * The key or index under which the parent holds the node. Undefined for the root, for a map
   * key itself and for the value of a key that is not text: those have no path of their own.
   */
  segment: PathSegment | undefined;
}

/**
 * Every node of a YAML tree in file order (a map's key before its value), the order in which
 * the library resolves aliases. Iterative, so no nesting can exhaust the stack; stopping the
 * loop early stops the walk.
 */
export function* preorder(root: unknown): Generator<Visit> {
  const stack: Visit[] = [];
  if (isNode(root)) stack.push({ node: root, parent: undefined, segment: undefined });
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    yield visit;
    const { node } = visit;
    // Children go on the stack last first, so that they come off in file order.
    if (isMap(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index];
        if (isNode(pair?.value)) stack.push({ node: pair.value, parent: visit, segment: keyText(pair.key) });
        if (isNode(pair?.key)) stack.push({ node: pair.key, parent: visit, segment: undefined });
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) {
        const item = node.items[index];
        if (isNode(item)) stack.push({ node: item, parent: visit, segment: index });
      }
    }
  }
}

/** The path from the root to a visited node, or undefined when it has none (see `Visit.segment`). */
export function pathOf(visit: Visit): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  for (let at = visit; at.parent; at = at.parent) {
    if (at.segment === undefined) return undefined;
    path.push(at.segment);
  }
  return path.reverse();
}

export function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value) || isAlias(value);
}

/** A map key as a path segment: scalars by their text; a map or list used as a key has none. */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}
