import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, REFERENCE_END, REFERENCE_START } from './reference.js';

const readme = readFileSync(new URL('../../../../scenarios/README.md', import.meta.url), 'utf8');

describe('the field reference in scenarios/README.md', () => {
  it('is the generated one (regenerate with: npm run scenario -- reference)', () => {
    const start = readme.indexOf(REFERENCE_START);
    const end = readme.indexOf(REFERENCE_END);
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start, end + REFERENCE_END.length)).toBe(fieldReference());
  });

  it('documents every field with a meaning', () => {
    const rows = fieldReference()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(row, row).not.toMatch(/\|\s*\|$/);
    for (const field of [
      'case.evidence.<id>.holder',
      'countries.<id>.law.retention.traffic',
      'injects.<id>.effects[].moveSuspect',
    ]) {
      expect(
        rows.some((row) => row.startsWith(`| \`${field}\``)),
        field,
      ).toBe(true);
    }
  });
});
