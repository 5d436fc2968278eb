import { CST } from 'yaml';

/**
 * The offset of the first collection (in file order) nested deeper than `max`, read from the
 * parser's tokens, or undefined. It runs before the tokens become a document because composing
 * them recurses once per level: 100,000 `[` would exhaust the stack. The parser itself keeps its
 * own stack, and so does this walk.
 */
export function firstTooDeep(tokens: readonly CST.Token[], max: number): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = [];
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token) stack.push({ token, depth: 0 });
  }
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { token } = next;
    let depth = next.depth;
    if (CST.isCollection(token)) {
      depth += 1;
      if (depth > max) return token.offset;
    }
    // Children go on the stack last first, so that they come off in file order.
    for (const child of children(token).reverse()) stack.push({ token: child, depth });
  }
  return undefined;
}

function children(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection': {
      const found: CST.Token[] = [];
      for (const item of token.items) {
        if (item.key) found.push(item.key);
        if (item.value) found.push(item.value);
      }
      return found;
    }
    default:
      return [];
  }
}
