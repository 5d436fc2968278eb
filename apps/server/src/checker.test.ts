import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckFailed, ScenarioChecker } from './checker.js';

const tutorial = readFileSync(new URL('../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
let checker: ScenarioChecker | null = null;
afterEach(async () => {
  await checker?.stop();
  checker = null;
});

/** Counts how often the main thread's event loop turns until `work` settles. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let settled = false;
  const spin = () => {
    if (settled) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  const result = await work.finally(() => {
    settled = true;
  });
  return { result, turns };
}

describe('the scenario checker (checker.ts)', () => {
  it("checks on another thread: the main thread keeps turning, and the result is the same as the loader's", async () => {
    checker = new ScenarioChecker();
    const { result, turns } = await turnsDuring(checker.check('tutorial.yaml', tutorial, 'uploaded'));
    expect(turns).toBeGreaterThan(0);
    expect(result.valid).toBe(true);
    expect(result.id).toBe('tutorial');
    expect(result.scenario?.countries.aldoria?.name).toBe('Republic of Aldoria');
  });

  it('reports an invalid file with its problems, and keeps working for the next one', async () => {
    checker = new ScenarioChecker();
    const broken = await checker.check('broken.yaml', 'id: x\ntitle: broken', 'uploaded');
    expect(broken.valid).toBe(false);
    expect(broken.issues.some((issue) => issue.includes('missing required field'))).toBe(true);
    expect((await checker.check('tutorial.yaml', tutorial, 'uploaded')).valid).toBe(true);
  });

  it('gives up on a check that takes too long, says why, and checks the next file with a fresh worker', async () => {
    checker = new ScenarioChecker({ timeoutMs: 0, heapMb: 256 });
    await expect(checker.check('tutorial.yaml', tutorial, 'uploaded')).rejects.toThrow(CheckFailed);
    await expect(checker.check('tutorial.yaml', tutorial, 'uploaded')).rejects.toThrow(
      /took longer than 0 seconds/,
    );
  });

  it('never abandons a bundled scenario for the uploads’ time limit: it is part of the product, not a guess', async () => {
    checker = new ScenarioChecker({ timeoutMs: 0, heapMb: 256 });
    const bundled = await checker.check('tutorial.yaml', tutorial, 'bundled');
    expect(bundled.valid).toBe(true);
    expect(bundled.id).toBe('tutorial');
    // The same text uploaded is held to the limit, and the next bundled file still gets its answer.
    await expect(checker.check('tutorial.yaml', tutorial, 'uploaded')).rejects.toThrow(
      /took longer than 0 seconds/,
    );
    expect((await checker.check('tutorial.yaml', tutorial, 'bundled')).valid).toBe(true);
  });

  it('plays an uploaded or extra folder file through with bots, as the check command does; a bundled one is only loaded', async () => {
    checker = new ScenarioChecker();
    // Nobody can preserve the logs within an hour of the start: the fraud reports come first.
    const impossible = tutorial.replace('    deadline: 5d\n', '    deadline: 1h\n');
    for (const origin of ['uploaded', 'folder'] as const) {
      const checked = await checker.check('impossible.yaml', impossible, origin);
      expect(checked.valid).toBe(false);
      expect(checked.problems.map((problem) => problem.path)).toEqual(['objectives.preserve-logs']);
    }
    expect((await checker.check('impossible.yaml', impossible, 'bundled')).valid).toBe(true);
  });

  it('checks files one after the other, each with its own answer', async () => {
    checker = new ScenarioChecker();
    const files = ['a', 'b', 'c'].map((name) =>
      checker?.check(`${name}.yaml`, name === 'b' ? 'nonsense: [' : tutorial, 'uploaded'),
    );
    const [a, b, c] = await Promise.all(files);
    expect([a?.file, a?.valid, b?.file, b?.valid, c?.file, c?.valid]).toEqual([
      'a.yaml',
      true,
      'b.yaml',
      false,
      'c.yaml',
      true,
    ]);
  });
});
