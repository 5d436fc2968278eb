import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadScenarioText } from '../src/index.js';

/**
 * Each file in broken/ is the valid base.yaml with one mistake (a few hold several). Its
 * trailing `# expect:` comments list every problem the loader must report, exactly: line,
 * column, path and message. They sit at the end so they do not shift the lines they name.
 */
const folder = fileURLToPath(new URL('./broken/', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

function expectations(source: string): string[] {
  return [...source.matchAll(/^# expect: (.*)$/gm)].map((match) => match[1] ?? '');
}

describe('the broken-scenario corpus', () => {
  it('holds at least 30 different mistakes', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s reports exactly the expected problems', (name) => {
    const source = readFileSync(`${folder}${name}`, 'utf8');
    const expected = expectations(source);
    expect(expected.length, 'the file lists what it expects').toBeGreaterThan(0);
    const { issues, scenario } = loadScenarioText(source, name);
    expect(issues.map((issue) => formatIssue(issue).slice(name.length + 1))).toEqual(expected);
    const hasError = issues.some((issue) => issue.severity === 'error');
    expect(scenario === undefined).toBe(hasError);
  });

  it('starts from a base that is valid', () => {
    const base = readFileSync(fileURLToPath(new URL('./base.yaml', import.meta.url)), 'utf8');
    const { issues, scenario } = loadScenarioText(base, 'base.yaml');
    expect(issues).toEqual([]);
    expect(scenario?.id).toBe('base');
  });
});
