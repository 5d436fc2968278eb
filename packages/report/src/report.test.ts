import { fileURLToPath } from 'node:url';
import { type Event, simulate } from '@crossborder/engine';
import { isRuleId as isCatalogueRule } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { analyse, renderReport } from './report.js';
import { timelineModel } from './timeline.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
async function bundled(name: string) {
  const { scenario } = await loadScenarioFile(`${folder}${name}.yaml`);
  if (!scenario) throw new Error(name);
  return scenario;
}
const tutorial = await bundled('tutorial');
const ransomware = await bundled('ransomware');

describe('the debrief and the report', () => {
  it('are stable: the same log gives the same debrief and the same report', () => {
    const { events } = simulate(ransomware);
    const first = analyse(ransomware, events);
    const second = analyse(ransomware, structuredClone(events));
    expect(second.debrief).toEqual(first.debrief);
    expect(renderReport({ scenario: ransomware, events, session: { code: 'ABC123' } })).toBe(
      renderReport({ scenario: ransomware, events: structuredClone(events), session: { code: 'ABC123' } }),
    );
  });

  it('link every violation to a rule of the catalogue, with its article and teaching note', () => {
    const { events } = simulate(ransomware);
    // A late, incomplete request: violations to explain.
    const { debrief } = analyse(ransomware, events);
    for (const violation of debrief.violations) {
      expect(isCatalogueRule(violation.ruleId), violation.ruleId).toBe(true);
      expect(violation.article).toMatch(/Art\\./);
      expect(violation.teaching.length).toBeGreaterThan(40);
    }
  });

  it('compare the room with the bots’ model answer, objective by objective', () => {
    const { events } = simulate(tutorial);
    const { comparison } = analyse(tutorial, events);
    expect(comparison.map((row) => row.objective)).toEqual(Object.keys(tutorial.objectives));
    // The room here is the bots themselves: never behind.
    for (const row of comparison) expect(row.behind).toBe(0);
  });

  it('puts each event on the lanes of the countries that saw it, and violations on the offender’s', () => {
    const { events } = simulate(ransomware);
    const { debrief, lanes } = analyse(ransomware, events);
    const model = timelineModel(debrief, events, lanes, 'Everyone');
    expect(model.lanes.map((lane) => lane.id)).toEqual(['*', 'veltria', 'lorvane', 'sahrun', 'orvalho']);
    const sent = model.items.filter((item) => events[item.seq]?.type === 'RequestSent');
    for (const item of sent) {
      const event = events[item.seq];
      if (event?.type === 'RequestSent') expect(item.lane).toBe(event.request.from);
    }
    for (const item of model.items.filter((found) => found.violation))
      expect(item.lane).toBe(item.violation?.country);
  });

  it('renders a self-contained page: no scripts, nothing from elsewhere, player text escaped', () => {
    const { events } = simulate(tutorial);
    const hostile: Event[] = structuredClone(events);
    const opened = hostile.find((event) => event.type === 'CaseOpened');
    if (opened?.type === 'CaseOpened')
      opened.case.title = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const html = renderReport({
      scenario: tutorial,
      events: hostile,
      session: { code: 'T3ST01' },
      teams: { aldoria: '<b>Table 1</b>' },
    });
    expect(html).not.toMatch(/<script|<img|<iframe|<link|src="http|href="http/);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('&#60;b&#62;Table 1');
    expect(html).toContain('<svg');
    expect(html).toContain('Preserve the hosting logs');
  });
});
