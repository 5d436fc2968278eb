import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { PathSegment } from './problem.js';
import { isNode, keyText, preorder } from './tree.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Places paths in one parsed document. What a lookup needs is indexed once, on first use: the
 * pairs of each map by key, and the target of every alias. Placing a problem then costs one step
 * per segment of its path, however many keys its maps hold; searching the maps' items instead
 * made a flood of unknown keys quadratic.
 */
export class Locator {
  /** Map items read to build the indexes: a test counts it to show that placing stays linear. */
  itemsIndexed = 0;
  private readonly pairs = new WeakMap<YAMLMap, Map<string, Pair>>();
  private aliasTargets: Map<Alias, Node> | undefined;

  constructor(
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  /**
   * Where a path points in the YAML source. A path that leads to a missing field points at the
   * nearest key that exists (the map that lacks the field), so every problem has a place.
   */
  locate(path: readonly PathSegment[], atKey: boolean): Position {
    let node: unknown = this.document.contents;
    let keyNode: Node | undefined;
    let lastNode: Node | undefined = isNode(node) ? node : undefined;
    let complete = true;
    for (const segment of path) {
      if (isAlias(node)) node = this.targetOf(node);
      if (isMap(node)) {
        const pair = this.pairOf(node, String(segment));
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
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The first pair of the map with this key, as a search from the top would find it. */
  private pairOf(map: YAMLMap, key: string): Pair | undefined {
    let index = this.pairs.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        this.itemsIndexed += 1;
        const text = keyText(pair.key);
        if (text !== undefined && !index.has(text)) index.set(text, pair);
      }
      this.pairs.set(map, index);
    }
    return index.get(key);
  }

  /**
   * What an alias stands for: the last node before it with its anchor, as the library resolves
   * it. The library walks the whole document for each alias; this walks it once for all.
   */
  private targetOf(alias: Alias): Node | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, Node>();
      const anchored = new Map<string, Node>();
      for (const { node } of preorder(this.document.contents)) {
        if (isAlias(node)) {
          const target = anchored.get(node.source);
          if (target) targets.set(node, target);
        } else if (node.anchor) anchored.set(node.anchor, node);
      }
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
}
