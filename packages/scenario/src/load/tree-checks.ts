import { type Document, isAlias, isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import {
  MAX_ALIASES,
  MAX_MAP_KEYS,
  MAX_NODES,
  tooManyAliasesMessage,
  tooManyKeysMessage,
  tooManyNodesMessage,
} from './limits.js';
import type { PathSegment } from './problem.js';
import { isNode, keyText, pathOf, preorder, type Visit } from './tree.js';

/** A problem found in the YAML tree, at an offset in the source. */
interface Finding {
  offset: number;
  path: PathSegment[];
  message: string;
}

export interface TreeCheck {
  /** The first cap the file passes, in file order: the file is refused with this alone. */
  overCap?: Finding;
  /** Every key that repeats an earlier key of its map, placed at the repeat. */
  duplicates: Finding[];
}

/**
 * One walk of the parsed tree, before anything else reads it: the caps on nodes, keys in a map
 * and aliases (limits.ts), and duplicate keys. The walk stops at the first cap it passes, so
 * its work is bounded by the caps whatever the file holds.
 */
export function checkTree(document: Document, source: string): TreeCheck {
  const duplicates: Finding[] = [];
  let nodes = 0;
  let aliases = 0;
  for (const visit of preorder(document.contents)) {
    const { node } = visit;
    nodes += 1;
    if (nodes > MAX_NODES) return { overCap: finding(node, visit, tooManyNodesMessage()), duplicates };
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > MAX_ALIASES)
        return { overCap: finding(node, visit, tooManyAliasesMessage()), duplicates };
    }
    if (isMap(node)) {
      const over = node.items[MAX_MAP_KEYS];
      if (over) {
        const message = tooManyKeysMessage(node.items.length, visit.parent === undefined);
        return { overCap: finding(isNode(over.key) ? over.key : node, visit, message), duplicates };
      }
      duplicates.push(...duplicateKeys(node, visit, source));
    }
  }
  return { duplicates };
}

/**
 * Keys of one map that repeat an earlier one: one set per map, where the library's own check
 * compares each key with every earlier key. Keys are equal as the library counts them: scalars
 * with the same value (`1` and `"1"` differ; `a` and `"a"` do not).
 */
function duplicateKeys(map: YAMLMap, visit: Visit, source: string): Finding[] {
  const seen = new Set<unknown>();
  const found: Finding[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    if (!seen.has(pair.key.value)) {
      seen.add(pair.key.value);
      continue;
    }
    const offset = pair.key.range?.[0] ?? 0;
    const mapPath = pathOf(visit);
    const segment = keyText(pair.key);
    // The key as written (quotes included), as the message has always shown it.
    const written =
      source
        .slice(offset, offset + 200)
        .split(/[:\n]/)[0]
        ?.trim() ?? '';
    found.push({
      offset,
      path: mapPath && segment !== undefined ? [...mapPath, segment] : [],
      message: `duplicate key "${written}": each key may appear only once in a map; remove or rename one of them`,
    });
  }
  return found;
}

function finding(node: Node, visit: Visit, message: string): Finding {
  return { offset: node.range?.[0] ?? 0, path: pathOf(visit) ?? [], message };
}
