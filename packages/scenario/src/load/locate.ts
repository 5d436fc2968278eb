import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './problem.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where a path points in the YAML source. A path that leads to a missing field points at the
 * nearest key that exists (the map that lacks the field), so every problem has a place.
 */
export function locate(
  document: Document,
  lines: LineCounter,
  path: readonly PathSegment[],
  atKey: boolean,
): Position {
  let node: unknown = document.contents;
  let keyNode: Node | undefined;
  let lastNode: Node | undefined = isNode(node) ? node : undefined;
  let complete = true;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) {
        complete = false;
        break;
      }
      keyNode = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      keyNode = undefined;
      node = node.items[segment];
    } else {
      complete = false;
      break;
    }
    if (isNode(node)) lastNode = node;
    else if (keyNode) lastNode = keyNode;
  }
  const target = complete && !atKey && isNode(node) && !isEmptyScalar(node) ? node : (keyNode ?? lastNode);
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value) || isAlias(value);
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/** The path of the map key that starts at `offset` (to name the place of a duplicate key). */
export function pathOfKeyAt(document: Document, offset: number): PathSegment[] | undefined {
  const search = (node: unknown, path: PathSegment[]): PathSegment[] | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyText(pair.key);
        if (key === undefined) continue;
        if (isNode(pair.key) && pair.key.range?.[0] === offset) return [...path, key];
        const found = search(pair.value, [...path, key]);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const found = search(item, [...path, index]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(document.contents, []);
}
