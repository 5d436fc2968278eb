import { fileURLToPath } from 'node:url';
import { createEngine, type Event, INSTRUCTOR, jurorId } from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { renderReport } from './report.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const { scenario } = await loadScenarioFile(`${folder}ransomware.yaml`);
if (!scenario) throw new Error('ransomware');
const ransomware = scenario;

/** A log where jurors (and the instructor) score Veltria on the first criterion. */
function scored(scores: [string, number, string][]): Event[] {
  const engine = createEngine(ransomware);
  const state = engine.initialState();
  const events: Event[] = [];
  for (const [by, level, feedback] of scores) {
    const result = engine.act(
      state,
      by,
      { type: 'awardPoints', country: 'veltria', criterion: 'urgency-and-preservation', level, feedback },
      0,
    );
    if (result.rejection) throw new Error(result.rejection.code);
    events.push(...result.events);
  }
  return events;
}

const report = (events: Event[], jurors?: Record<string, string>) =>
  renderReport({ scenario: ransomware, events, session: { code: 'JURY01' }, ...(jurors ? { jurors } : {}) });

/** The text of a report's rows, cell by cell, tags dropped. */
const rows = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]),
  );

describe('the report’s jury', () => {
  it('shows each juror’s score by name with their feedback, then the mean and the spread', () => {
    const html = report(
      scored([
        [jurorId(1), 3, 'Preserved on day one: <exemplary>.'],
        [jurorId(2), 1, 'Late and by the wrong channel.'],
      ]),
      { [jurorId(1)]: 'Judge Amara', [jurorId(2)]: 'Prof. Lind' },
    );
    const table = rows(html);
    expect(table).toContainEqual([
      'Veltria',
      'Urgency and preservation',
      'Judge Amara',
      expect.stringMatching(/\(\d+\)$/),
      'Preserved on day one: &#60;exemplary&#62;.',
    ]);
    expect(table).toContainEqual([
      'Veltria',
      'Urgency and preservation',
      'Prof. Lind',
      expect.any(String),
      'Late and by the wrong channel.',
    ]);
    const levels = ransomware.rubric['urgency-and-preservation']?.levels ?? [];
    const [low, high] = [levels[1]?.points ?? 0, levels[3]?.points ?? 0];
    expect(table).toContainEqual([
      'Veltria',
      'Urgency and preservation',
      '2',
      String(Math.round(((low + high) / 2) * 10) / 10),
      String(high - low),
    ]);
    expect(html).toContain('The jurors’ mean and spread');
    expect(html).not.toContain('<exemplary>');
    expect(html).not.toContain('@juror');
  });

  it('names a juror by number when the session kept no name, and the instructor as such', () => {
    const html = report(
      scored([
        [INSTRUCTOR, 2, 'Fair.'],
        [jurorId(2), 2, 'Agreed.'],
      ]),
    );
    const names = rows(html).map((row) => row[2]);
    expect(names).toContain('The instructor');
    expect(names).toContain('Juror 2');
  });

  it('says so when nobody scored', () => {
    expect(report([])).toContain('No rubric scores were given.');
  });
});
