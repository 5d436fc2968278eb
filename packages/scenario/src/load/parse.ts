import { Composer, type CST, type Document, Lexer, LineCounter, Parser, YAMLParseError } from 'yaml';
import { firstTooDeep } from './depth.js';
import { LexemeWatch } from './lexemes.js';
import { MAX_DEPTH, tooDeepMessage } from './limits.js';

export type Parsed =
  | { document: Document.Parsed; lines: LineCounter }
  /** Past a cap (limits.ts) at this offset: not composed, since composing recurses per level. */
  | { refused: { offset: number; message: string }; lines: LineCounter };

/**
 * `parseDocument` in steps, to apply the caps between them: the lexer's output is watched
 * before the parser reads it (lexemes.ts), and the nesting of the parser's tokens is bounded
 * before they are composed (depth.ts). The library's own duplicate-key check is off: it compares
 * each key with every earlier key of its map, which is quadratic; tree-checks.ts finds
 * duplicates with one set per map instead.
 */
export function parseYaml(source: string): Parsed {
  const lines = new LineCounter();
  const parser = new Parser(lines.addNewLine);
  const watch = new LexemeWatch();
  const tokens: CST.Token[] = [];
  // As Parser.parse does before the first lexeme.
  lines.addNewLine(0);
  for (const lexeme of new Lexer().lex(source)) {
    const refused = watch.see(lexeme, parser.offset);
    // Every line before the lexeme has been counted: enough to place it.
    if (refused) return { refused, lines };
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  const tooDeep = firstTooDeep(tokens, MAX_DEPTH);
  if (tooDeep !== undefined) return { refused: { offset: tooDeep, message: tooDeepMessage() }, lines };

  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true });
  let document: Document.Parsed | undefined;
  // The library makes an Error per problem, with a stack trace nobody reads: a megabyte of
  // commas makes a million of them, and their traces took 4 s of the 4.3 s spent composing.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // As parseDocument does: the first document, and an error if there is another.
    for (const next of composer.compose(tokens, true, source.length)) {
      if (!document) {
        document = next;
        continue;
      }
      document.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // compose(…, forceDoc = true) always yields a document: this cannot happen.
  if (!document) throw new Error('the YAML library composed no document');
  return { document, lines };
}
