import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenarioText } from '../src/index.js';
import { findScenarioFiles } from '../src/node.js';

/**
 * Random mutations of the valid scenarios (deleted keys, wrong types, swapped ids, garbage
 * text) must only ever produce validation problems: no exception, no hang, no problem without
 * a place, and no raw library message that an instructor could not act on.
 */
const scenariosFolder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const sources = [
  readFileSync(fileURLToPath(new URL('./base.yaml', import.meta.url)), 'utf8'),
  ...(await findScenarioFiles(scenariosFolder)).map((file) => readFileSync(file, 'utf8')),
];
// The originals must be valid; every mutation below starts from one of them.
const documents = sources.map((source) =>
  loadScenarioText(source, 'x.yaml').scenario ? parse(source) : undefined,
);

type Path = (string | number)[];

/** Every path to a value inside a document, root excluded. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...paths(item, [...prefix, index])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...paths(item, [...prefix, key]),
    ]);
  }
  return [];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function parentOf(document: unknown, path: Path): Record<string | number, unknown> {
  let node = document as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  return node;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
  return [];
}

const junk = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 30 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

/** Raw zod/yaml wording that means a message was not translated for an instructor. */
const UNTRANSLATED =
  /Invalid input|Invalid option|Too (small|big)|Unrecognized key|\[object Object\]|undefined/;

function assertOnlyProblems(source: string): void {
  const result = loadScenarioText(source, 'fuzz.yaml');
  for (const issue of result.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(UNTRANSLATED);
  }
  const hasError = result.issues.some((issue) => issue.severity === 'error');
  expect(result.scenario === undefined).toBe(hasError);
}

const runs = { numRuns: 100 };

// A hundred mutations per case take seconds; on a cold CI run several suites share two cores.
describe('fuzzing the loader with mutated scenarios', () => {
  documents.forEach((document, index) => {
    if (!document) throw new Error(`scenario ${index} should be valid before it is mutated`);
    const allPaths = paths(document);
    const allIds = [...new Set(strings(document))];

    it(`scenario ${index}: deleted keys`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: allPaths.length - 1 }), (pick) => {
          const mutated = clone(document);
          const path = allPaths[pick] ?? [];
          const parent = parentOf(mutated, path);
          const last = path.at(-1) ?? '';
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
          assertOnlyProblems(stringify(mutated));
        }),
        runs,
      );
    });

    it(`scenario ${index}: wrong types`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: allPaths.length - 1 }), junk, (pick, value) => {
          const mutated = clone(document);
          const path = allPaths[pick] ?? [];
          parentOf(mutated, path)[path.at(-1) ?? ''] = value;
          assertOnlyProblems(stringify(mutated));
        }),
        runs,
      );
    });

    it(`scenario ${index}: swapped ids`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: allPaths.length - 1 }),
          fc.integer({ min: 0, max: allIds.length - 1 }),
          (pick, idPick) => {
            const mutated = clone(document);
            const path = allPaths[pick] ?? [];
            parentOf(mutated, path)[path.at(-1) ?? ''] = allIds[idPick];
            assertOnlyProblems(stringify(mutated));
          },
        ),
        runs,
      );
    });

    it(`scenario ${index}: garbage text`, () => {
      const source = sources[index] ?? '';
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: source.length }),
          fc.integer({ min: 0, max: 40 }),
          fc.string({ maxLength: 12, unit: fc.constantFrom(...': -[]{}#&*!|>\'"\t\n\\%@`,?abc1'.split('')) }),
          (at, cut, garbage) => {
            assertOnlyProblems(source.slice(0, at) + garbage + source.slice(at + cut));
          },
        ),
        runs,
      );
    });
  });

  it('survives an alias bomb and an oversized file', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level++)
      bomb.push(
        `${'b'.repeat(level)}: &${'b'.repeat(level)} [${Array(9)
          .fill(level === 1 ? '*a' : `*${'b'.repeat(level - 1)}`)
          .join(', ')}]`,
      );
    const bombResult = loadScenarioText(bomb.join('\n'), 'bomb.yaml');
    expect(bombResult.issues[0]?.message).toMatch(/cannot be read/);
    const huge = loadScenarioText(`id: x\n# ${'y'.repeat(1_000_001)}`, 'huge.yaml');
    expect(huge.issues[0]?.message).toMatch(/at most 1000000/);
  });
});
