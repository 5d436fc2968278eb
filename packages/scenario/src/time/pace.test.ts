import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../load/load.js';
import { mainDeadlines, READING_MINUTES, realMinutesText } from './pace.js';

const folder = fileURLToPath(new URL('../../../../scenarios/', import.meta.url));
function bundled(name: string) {
  const { scenario } = loadScenarioText(readFileSync(`${folder}${name}.yaml`, 'utf8'), `${name}.yaml`);
  if (!scenario) throw new Error(`${name}.yaml does not load`);
  return scenario;
}

describe('mainDeadlines', () => {
  it("gives the tutorial's deadlines in real minutes at its default speed, earliest first", () => {
    const tutorial = bundled('tutorial');
    expect(tutorial.session.speed).toBe(480);
    expect(mainDeadlines(tutorial).map((d) => [d.kind, d.title, d.realMinutes])).toEqual([
      ['objective', 'Preserve the hosting logs before Northwind deletes them', 15],
      ['evidence', 'Northwind Hosting control-panel logs', 18],
      ['objective', 'Arrest Kite', 30],
      ['end', '', 30],
    ]);
  });

  it('takes another speed: the 5-day preservation window at ×960 is 7.5 real minutes', () => {
    const [first] = mainDeadlines(bundled('tutorial'), 960);
    expect(first).toMatchObject({ kind: 'objective', gameMinutes: 5 * 24 * 60, realMinutes: 7.5 });
  });

  it.each(['tutorial', 'emergency', 'ransomware', 'fraud-ring', 'botnet'])(
    "%s's earliest deadline leaves a first-time team time to read at its default speed",
    (name) => {
      const [first] = mainDeadlines(bundled(name));
      expect(first?.realMinutes).toBeGreaterThanOrEqual(READING_MINUTES);
    },
  );

  it('gives the tutorial, played by people new to the game, half as long again', () => {
    const [first] = mainDeadlines(bundled('tutorial'));
    expect(first?.realMinutes).toBeGreaterThanOrEqual(1.5 * READING_MINUTES);
  });
});

describe('realMinutesText', () => {
  it('says minutes to one decimal under ten, whole minutes above', () => {
    expect(realMinutesText(7.5)).toBe('7.5 min');
    expect(realMinutesText(10.29)).toBe('10 min');
    expect(realMinutesText(42.6)).toBe('43 min');
  });
});
