import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPaths } from './node.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('checking files from the command line (node.ts)', () => {
  it('gives each file as the user names it, with its text and what loading it gives', async () => {
    const [checked] = await checkPaths(['scenarios/tutorial.yaml'], root);
    expect(checked?.file).toBe('scenarios/tutorial.yaml');
    expect(checked?.source).toBe(await readFile(`${root}scenarios/tutorial.yaml`, 'utf8'));
    expect(checked?.result.scenario?.id).toBe('tutorial');
  });
});
