import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCollection, Lexer, Parser, parseDocument, visit } from 'yaml';
import { formatIssue, loadScenarioText, positionOf } from '../src/index.js';
import { LexemeWatch } from '../src/load/lexemes.js';
import {
  MAX_ALIASES,
  MAX_DEPTH,
  MAX_GUESS_WORK,
  MAX_ISSUES,
  MAX_MAP_KEYS,
  MAX_NODES,
  moreIssuesMessage,
  tooDeepMessage,
  tooManyAliasesMessage,
  tooManyKeysMessage,
  tooManyNodesMessage,
} from '../src/load/limits.js';
import { Locator } from '../src/load/locate.js';
import { parseYaml } from '../src/load/parse.js';
import { checkReferences } from '../src/load/references.js';

/**
 * The caps of limits.ts, and the proof without a clock that checking stays linear: a file past
 * a cap gets one error saying which, where and what to do; a file at the caps is checked as any
 * other; duplicate keys, located problems and the issue list cost one step each.
 */
const base = readFileSync(fileURLToPath(new URL('./base.yaml', import.meta.url)), 'utf8');
const baseLines = base.split('\n').length - 1;

/** Nodes as the YAML library's own visitor counts them (keys, values, maps, lists, aliases). */
function nodeCount(source: string): number {
  let count = 0;
  visit(parseDocument(source), {
    Node: () => {
      count += 1;
    },
  });
  return count;
}

/** Values written in the text: scalars that are not empty, aliases, and maps and lists in brackets. */
function valuesWritten(source: string): number {
  let count = 0;
  visit(parseDocument(source), {
    Node: (_key, node) => {
      const written = isCollection(node) ? node.flow === true : node.range?.[0] !== node.range?.[1];
      if (written) count += 1;
    },
  });
  return count;
}

function load(source: string) {
  const result = loadScenarioText(source, 'x.yaml');
  return { ...result, lines: result.issues.map((issue) => formatIssue(issue).slice('x.yaml:'.length)) };
}

/** base.yaml with `extra` more facts, each `{ text, knownBy: [aldoria] }`: seven nodes a fact. */
function withFacts(extra: number, padding = 0): string {
  const facts = Array.from(
    { length: extra },
    (_, index) => `    f${index}: { text: Fact ${index}, knownBy: [aldoria] }\n`,
  );
  if (padding > 0)
    facts.push(`    pad: { text: Padding, knownBy: [${Array(padding).fill('aldoria').join(', ')}] }\n`);
  return base.replace('  facts:\n', `  facts:\n${facts.join('')}`);
}

describe('a flood of unknown keys', () => {
  const topLevelKeys = base.split('\n').filter((line) => /^[a-z]/.test(line)).length;

  it('60,000 of them get one error, where the count of values written passes the node cap', () => {
    const keys = Array.from({ length: 60_000 }, (_, index) => `k${index}: ${index}\n`).join('');
    const { issues, lines, scenario } = load(base + keys);
    expect(scenario).toBeUndefined();
    expect(issues).toHaveLength(1);
    // Each line `kN: N` writes two values; the one past the cap is a key or its number.
    const past = MAX_NODES + 1 - valuesWritten(base);
    const key = Math.floor((past - 1) / 2);
    const column = past % 2 === 1 ? 1 : `k${key}: `.length + 1;
    expect(lines).toEqual([`${baseLines + 1 + key}:${column} ${tooManyNodesMessage()}`]);
    expect(lines[0]).toMatch(/more than 20000 fields and values .*: remove fields and entries/);
  });

  it('a top-level map past the cap on keys is refused at its first key too many', () => {
    const keys = Array.from({ length: MAX_MAP_KEYS }, (_, index) => `k${index}: ${index}\n`).join('');
    const { lines } = load(base + keys);
    const line = baseLines + (MAX_MAP_KEYS - topLevelKeys) + 1;
    expect(lines).toEqual([`${line}:1 ${tooManyKeysMessage(MAX_MAP_KEYS + topLevelKeys, true)}`]);
    expect(lines[0]).toMatch(/the top-level map has 1009 keys .*at most 1000 .*: remove the keys/);
  });

  it('a nested map past the cap is named by its path', () => {
    const keys = Array.from({ length: MAX_MAP_KEYS + 1 }, (_, index) => `    x${index}: 1\n`).join('');
    const { lines } = load(base.replace('  facts:\n', `  facts:\n${keys}`));
    // The new keys come first, then the two facts of base.yaml; x1000 is the key too many.
    const firstKeyLine = base.split('\n').indexOf('  facts:') + 2;
    expect(lines).toEqual([
      `${firstKeyLine + MAX_MAP_KEYS}:5 case.facts: ${tooManyKeysMessage(MAX_MAP_KEYS + 3, false)}`,
    ]);
  });
});

describe('the cap on nodes', () => {
  const atCap = withFacts(MAX_MAP_KEYS - 3, MAX_NODES - nodeCount(withFacts(MAX_MAP_KEYS - 3, 1)) + 1);

  it('lets a file with exactly the cap, and a map with exactly the cap of keys, be checked as usual', () => {
    expect(nodeCount(atCap)).toBe(MAX_NODES);
    const { lines, scenario } = load(atCap);
    expect(lines).toEqual([]);
    expect(Object.keys(scenario?.case.facts ?? {})).toHaveLength(MAX_MAP_KEYS);
  });

  it('refuses one node more, where the count passes the cap, with its path', () => {
    const over = atCap.replace('knownBy: [aldoria, ', 'knownBy: [aldoria, aldoria, ');
    expect(nodeCount(over)).toBe(MAX_NODES + 1);
    const { issues, scenario } = load(over);
    expect(scenario).toBeUndefined();
    // Nodes are counted in file order: with one more anywhere, the file's last is past the cap.
    const lines = over.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('    points: 50');
    expect(issues.map(({ line, column, path, message }) => ({ line, column, path, message }))).toEqual([
      {
        line: lines.length,
        column: 13,
        path: ['objectives', 'identify', 'points'],
        message: tooManyNodesMessage(),
      },
    ]);
    expect(issues[0]?.message).toMatch(/more than 20000 fields and values .*: remove fields/);
  });

  it('refuses a long list, which no cap on keys bounds, without reading past the cap', () => {
    const items = Array.from({ length: MAX_NODES }, (_, index) => `  - ${index}\n`).join('');
    const { issues } = load(`${base}extra:\n${items}`);
    // `extra` and its items are values written; lists and maps without brackets are not.
    const itemIndex = MAX_NODES + 1 - valuesWritten(base) - 2;
    expect(issues.map(({ line, column, path, message }) => ({ line, column, path, message }))).toEqual([
      { line: baseLines + 2 + itemIndex, column: 5, path: [], message: tooManyNodesMessage() },
    ]);
  });
});

describe('deep nesting', () => {
  it.each([
    ['100,000 [', '['.repeat(100_000), 1, MAX_DEPTH + 1],
    ['100,000 {a:', '{a: '.repeat(100_000), 1, 4 * MAX_DEPTH + 1],
    ['100,000 "- "', `${'- '.repeat(100_000)}x\n`, 1, 2 * MAX_DEPTH + 1],
    [
      'deep block maps',
      `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
      65,
      65,
    ],
  ])(
    '%s gets one clear error at the first level past the cap, and nothing throws',
    (_name, source, line, column) => {
      const { lines } = load(source);
      expect(lines).toEqual([`${line}:${column} ${tooDeepMessage()}`]);
      expect(lines[0]).toMatch(/nested more than 64 levels deep here.*: remove the extra levels/);
      expect(positionOf(source, ['a'])).toEqual({ line: 1, column: 1 });
    },
  );

  it('counts only brackets and dashes that nest, not those in text or comments', () => {
    const brackets = '['.repeat(MAX_DEPTH + 6);
    const source = base
      .replace('title: Base scenario', `title: a${brackets} Base scenario`)
      .replace(/^summary: .*$/m, `# ${brackets} - - -\nsummary: "${brackets} in quotes"`)
      .replace(
        '    title: Identify Vex\n',
        `    title: Identify Vex\n    description: >\n      ${brackets} ${'- '.repeat(MAX_DEPTH + 6)}\n`,
      );
    const { lines, scenario } = load(source);
    expect(lines).toEqual([]);
    expect(scenario?.title).toBe(`a${brackets} Base scenario for the broken-file corpus`);
  });

  it('lets a file nested exactly to the cap be checked as usual', () => {
    const source = base.replace(
      'summary: A small',
      `extra: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\nsummary: A small`,
    );
    expect(load(source).lines).toEqual([
      '3:1 extra: unknown field "extra" (allowed here: id, title, summary, format, startsAt, session, conducts, countries, case, injects, objectives, rubric and 2 more)',
    ]);
  });
});

describe('aliases', () => {
  /** base.yaml with `count` aliases of the country that knows the first fact. */
  function withAliases(count: number): string {
    return base
      .replace('knownBy: [aldoria]\n    operator:', 'knownBy: [&known aldoria]\n    operator:')
      .replace(
        'text: The attack was run from a rented server.\n',
        `text: The attack was run from a rented server.\n      knownBy: [${Array(count).fill('*known').join(', ')}]\n`,
      );
  }

  it('up to the cap are read as usual', () => {
    const { lines, scenario } = load(withAliases(MAX_ALIASES));
    expect(lines).toEqual([]);
    expect(scenario?.case.facts.operator?.knownBy).toHaveLength(MAX_ALIASES);
  });

  it('one more is refused, at that alias', () => {
    const source = withAliases(MAX_ALIASES + 1);
    const { lines } = load(source);
    const line = source.split('\n').findIndex((text) => text.includes('*known')) + 1;
    const column = source.split('\n')[line - 1]?.lastIndexOf('*known') ?? 0;
    expect(lines).toEqual([
      `${line}:${column + 1} case.facts.operator.knownBy[${MAX_ALIASES}]: ${tooManyAliasesMessage()}`,
    ]);
  });

  it('a bomb of nested aliases is refused before anything expands it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 20; level++)
      bomb.push(
        `l${level}: &l${level} [${Array(10)
          .fill(level === 1 ? '*a' : `*l${level - 1}`)
          .join(', ')}]`,
      );
    const { lines } = load(bomb.join('\n'));
    // l1 to l10 hold 100 aliases; the first of l11 is one too many.
    expect(lines).toEqual([`12:12 l11[0]: ${tooManyAliasesMessage()}`]);
  });
});

describe('duplicate keys', () => {
  it('are each reported at the repeat, with its path, however many there are', () => {
    const repeats = Array.from({ length: 150 }, () => '    name: Again\n').join('');
    const source = base.replace(
      '    name: Federation of Borealis\n',
      `    name: Federation of Borealis\n${repeats}`,
    );
    const { lines } = load(source);
    expect(lines).toHaveLength(150);
    expect(lines[0]).toBe(
      '28:5 countries.borealis.name: duplicate key "name": each key may appear only once in a map; remove or rename one of them',
    );
    expect(lines[149]).toMatch(/^177:5 countries\.borealis\.name: duplicate key "name"/);
  });

  it('are found inside lists, quoted or not, and only in the map that repeats them', () => {
    const source = base
      .replace(
        '      movements:\n',
        '      movements:\n        - { at: 2d, to: kestrel-net, "to": harbor-cloud }\n',
      )
      .replace('id: base\n', 'id: base\n"id": again\n');
    const { lines } = load(source);
    expect(lines.filter((line) => line.includes('duplicate'))).toEqual([
      '2:1 id: duplicate key ""id"": each key may appear only once in a map; remove or rename one of them',
      '82:38 case.assets.wallet.movements[0].to: duplicate key ""to"": each key may appear only once in a map; remove or rename one of them',
    ]);
  });
});

describe('the list of issues', () => {
  /** base.yaml with `count` unknown top-level fields, one problem each. */
  function withUnknownFields(count: number): string {
    return base + Array.from({ length: count }, (_, index) => `zz${index}: 1\n`).join('');
  }

  it('lists the first 200 problems in file order, then counts the rest at the first one left out', () => {
    const { issues, lines, scenario } = load(withUnknownFields(MAX_ISSUES + 100));
    expect(scenario).toBeUndefined();
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(lines[0]).toMatch(new RegExp(`^${baseLines + 1}:1 zz0: unknown field "zz0"`));
    expect(lines[MAX_ISSUES - 1]).toMatch(/ zz199: unknown field "zz199"/);
    expect(lines[MAX_ISSUES]).toBe(`${baseLines + MAX_ISSUES + 1}:1 ${moreIssuesMessage(100)}`);
    expect(lines[MAX_ISSUES]).toMatch(/and 100 more problems from here on, not listed: .*check again$/);
    expect(issues[MAX_ISSUES]?.severity).toBe('error');
  });

  it('lists exactly 200 problems without a count', () => {
    const { issues } = load(withUnknownFields(MAX_ISSUES));
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.at(-1)?.message).toMatch(/^unknown field "zz199"/);
  });
});

describe('placing problems', () => {
  it('reads each map item once, however many problems it places', () => {
    const count = MAX_MAP_KEYS - 20;
    const source = base + Array.from({ length: count }, (_, index) => `zz${index}: 1\n`).join('');
    const parsed = parseYaml(source);
    if ('refused' in parsed) throw new Error('the source should parse');
    const locator = new Locator(parsed.document, parsed.lines);
    for (let index = 0; index < count; index++) {
      expect(locator.locate([`zz${index}`], true)).toEqual({ line: baseLines + 1 + index, column: 1 });
    }
    expect(locator.locate(['case', 'evidence', 'c2-logs', 'holder'], false)).toEqual({
      line: 64,
      column: 15,
    });
    const topLevelKeys = base.split('\n').filter((line) => /^[a-z]/.test(line)).length;
    // The top-level map, then case, evidence and c2-logs, each indexed once.
    expect(locator.itemsIndexed).toBe(topLevelKeys + count + 7 + 2 + 5);
  });

  it('follows aliases to what they stand for', () => {
    const source = 'a: &shared { x: 1, y: 2 }\nb: *shared\n';
    const parsed = parseYaml(source);
    if ('refused' in parsed) throw new Error('the source should parse');
    expect(new Locator(parsed.document, parsed.lines).locate(['b', 'y'], false)).toEqual({
      line: 1,
      column: 23,
    });
  });
});

describe('watching the lexer', () => {
  /** Where the watch stops a text, before the parser builds anything from it. */
  function stop(source: string): { offset: number; message: string } | undefined {
    const parser = new Parser();
    const watch = new LexemeWatch();
    for (const lexeme of new Lexer().lex(source)) {
      const refused = watch.see(lexeme, parser.offset);
      if (refused) return refused;
      for (const _token of parser.next(lexeme));
    }
    return undefined;
  }

  it('stops nesting at the first level past the cap, in brackets or in dashes on one line', () => {
    expect(stop('['.repeat(100_000))).toEqual({ offset: MAX_DEPTH, message: tooDeepMessage() });
    expect(stop(`${'- '.repeat(100_000)}x`)).toEqual({ offset: 2 * MAX_DEPTH, message: tooDeepMessage() });
    expect(stop(`${'? '.repeat(100_000)}x`)).toEqual({ offset: 2 * MAX_DEPTH, message: tooDeepMessage() });
    expect(stop(`${'[] '.repeat(2 * MAX_DEPTH)}`)).toBeUndefined();
    expect(stop('- x\n'.repeat(MAX_NODES))).toBeUndefined();
  });

  it('stops at the first value past the cap on nodes', () => {
    // The list itself is the first value: the one past the cap is its 20,000th item.
    expect(stop(`[${'1,'.repeat(100_000)}]`)).toEqual({
      offset: 1 + 2 * (MAX_NODES - 1),
      message: tooManyNodesMessage(),
    });
    expect(stop(`${'"a": *b\n'.repeat(100_000)}`)).toEqual({
      offset: (MAX_NODES / 2) * 8,
      message: tooManyNodesMessage(),
    });
    expect(stop(`# ${'[a, '.repeat(100_000)}\n"${'[a, '.repeat(100_000)}"`)).toBeUndefined();
  });
});

describe('guessing what unknown ids meant', () => {
  it('stops guessing when its budget of compared letters is spent, so that a flood stays linear', () => {
    const countries = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`c${1000 + i}`, {}]));
    const unknown = Array.from({ length: 1000 }, (_, i) => `d${1000 + i}`);
    const problems = checkReferences({ countries, case: { facts: { f: { knownBy: unknown } } } });
    const refs = problems.filter((problem) => problem.message.startsWith('unknown country'));
    expect(refs).toHaveLength(1000);
    // Each guess compares 5 letters with 1000 ids of 5 letters.
    const guesses = Math.floor(MAX_GUESS_WORK / (5 * 5 * 1000));
    expect(refs.filter((problem) => problem.message.includes('did you mean'))).toHaveLength(guesses);
    expect(refs[0]?.message).toBe(
      'unknown country "d1000" (did you mean "c1000"? known: c1000, c1001, c1002, c1003, c1004, c1005, c1006, c1007 and 992 more)',
    );
    expect(refs[guesses]?.message).toBe(
      `unknown country "d${1000 + guesses}" (known: c1000, c1001, c1002, c1003, c1004, c1005, c1006, c1007 and 992 more)`,
    );
  });
});

describe('composing without stack traces', () => {
  it('gives the stack trace limit back, even for a file of many syntax errors', () => {
    const before = Error.stackTraceLimit;
    expect(before).toBeGreaterThan(0);
    expect(load(`[${','.repeat(1000)}]`).issues).toHaveLength(MAX_ISSUES + 1);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
