import { CST } from 'yaml';
import { MAX_DEPTH, MAX_NODES, tooDeepMessage, tooManyNodesMessage } from './limits.js';

/**
 * Watches the lexer's output before the parser builds anything from it, so that a flood stops
 * within a few kilobytes rather than after the library has parsed the whole megabyte (about
 * two seconds for a megabyte of `[` or of `1,`). Every count here can only fall short of the
 * truth, so nothing under a cap is refused; depth.ts and tree-checks.ts count exactly later.
 * - Nodes: what surely becomes one (scalars, aliases, flow collections; block collections have
 *   no lexeme of their own).
 * - Nesting: `[` and `{` that are still open, and block indicators (`- `, `? `) on one line,
 *   since each after the first opens a level (`- - - x`); deeper indentation costs bytes.
 */
export class LexemeWatch {
  private values = 0;
  private flowDepth = 0;
  private scalarNext = false;
  private indicatorsOnLine = 0;

  /** Why the file is refused at this lexeme, which starts at `offset`; undefined to go on. */
  see(lexeme: string, offset: number): { offset: number; message: string } | undefined {
    if (this.scalarNext) {
      // The text of a plain or block scalar, announced by the SCALAR marker: never an indicator.
      this.scalarNext = false;
      return this.value(offset);
    }
    switch (CST.tokenType(lexeme)) {
      case 'scalar':
        this.scalarNext = true;
        return undefined;
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'alias':
        return this.value(offset);
      case 'flow-seq-start':
      case 'flow-map-start':
        this.flowDepth += 1;
        if (this.flowDepth > MAX_DEPTH) return { offset, message: tooDeepMessage() };
        return this.value(offset);
      case 'flow-seq-end':
      case 'flow-map-end':
        this.flowDepth = Math.max(0, this.flowDepth - 1);
        return undefined;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        if (this.flowDepth > 0) return undefined;
        this.indicatorsOnLine += 1;
        return this.indicatorsOnLine > MAX_DEPTH ? { offset, message: tooDeepMessage() } : undefined;
      case 'newline':
        this.indicatorsOnLine = 0;
        return undefined;
      case 'flow-error-end':
        // The lexer closes every open flow collection at once here.
        this.flowDepth = 0;
        return undefined;
      default:
        return undefined;
    }
  }

  private value(offset: number): { offset: number; message: string } | undefined {
    this.values += 1;
    return this.values > MAX_NODES ? { offset, message: tooManyNodesMessage() } : undefined;
  }
}
