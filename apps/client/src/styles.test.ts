import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The page mirrors for a right-to-left language (Arabic) only if its CSS says where things go by
 * the text's start and end, not by left and right: margin-inline-start, not margin-left.
 */
describe('the screens’ CSS', () => {
  it('uses logical properties only: no left, right or float', () => {
    const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8').replace(
      /\/\*[\s\S]*?\*\//g,
      '',
    );
    const physical = css
      .split('\n')
      .map((line, index) => ({ line: line.trim(), at: index + 1 }))
      .filter(({ line }) => /(^|[\s;{-])(left|right)\s*:|:\s*[^;]*\b(left|right)\b|\bfloat\s*:/.test(line));
    expect(physical).toEqual([]);
  });
});
