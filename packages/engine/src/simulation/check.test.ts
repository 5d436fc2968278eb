import { readFile } from 'node:fs/promises';
import { formatIssue } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './check.js';

const tutorial = await readFile(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');

describe('the whole check of a scenario (check.ts)', () => {
  it('passes a bundled scenario: loaded, and won by bots', () => {
    const checked = checkScenarioText(tutorial, 'tutorial.yaml');
    expect(checked.issues).toEqual([]);
    expect(checked.scenario?.id).toBe('tutorial');
  });

  it('refuses a scenario bots cannot win, at the line of the objective they miss, saying how to find why', () => {
    // Nobody can preserve the logs within an hour of the start: the fraud reports come first.
    const impossible = tutorial.replace('    deadline: 5d\n', '    deadline: 1h\n');
    expect(impossible).not.toBe(tutorial);
    const checked = checkScenarioText(impossible, 'impossible.yaml');
    expect(checked.scenario).toBeUndefined();
    const line = tutorial.split('\n').indexOf('  preserve-logs:') + 1;
    expect(checked.issues.map(formatIssue)).toEqual([
      `impossible.yaml:${line}:3 objectives.preserve-logs: bots playing every country cannot meet this objective, so the scenario cannot be won as written: see what is missing with: npm run scenario -- simulate impossible.yaml, then change the objective, its deadline or the leads to it`,
    ]);
  });

  it('lets bots miss an objective whose author says why, as a warning at that reason', () => {
    const impossible = tutorial.replace(
      '    deadline: 5d\n',
      "    deadline: 1h\n    botsMayMiss: People are meant to read the hint in the bank's first report.\n",
    );
    const checked = checkScenarioText(impossible, 'hint.yaml');
    expect(checked.scenario?.objectives['preserve-logs']?.botsMayMiss).toBe(
      "People are meant to read the hint in the bank's first report.",
    );
    const line =
      impossible
        .split('\n')
        .indexOf("    botsMayMiss: People are meant to read the hint in the bank's first report.") + 1;
    expect(checked.issues.map(formatIssue)).toEqual([
      `hint.yaml:${line}:5 objectives.preserve-logs.botsMayMiss: warning: bots playing every country do not meet this objective; allowed, because: People are meant to read the hint in the bank's first report.`,
    ]);
    expect(checked.issues[0]?.severity).toBe('warning');
  });

  it("gives a file with errors the loader's problems only", () => {
    const checked = checkScenarioText('id: x\ntitle: [', 'broken.yaml');
    expect(checked.scenario).toBeUndefined();
    expect(checked.issues.length).toBeGreaterThan(0);
    expect(checked.issues.every((issue) => !issue.message.includes('bots'))).toBe(true);
  });
});
