import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';

/** Every rule of the catalogue has a `describe('rule <id>')` in these tests, or a loop that makes one. */
describe('the rule-by-rule tests', () => {
  it('name every rule of the catalogue', () => {
    const folder = fileURLToPath(new URL('./', import.meta.url));
    const text = readdirSync(folder)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => readFileSync(`${folder}${name}`, 'utf8'))
      .join('\n');
    const missing = RULE_IDS.filter(
      (id) => !text.includes(`describe('rule ${id}'`) && !text.includes(`'${id}'],`),
    );
    expect(missing).toEqual([]);
  });
});
