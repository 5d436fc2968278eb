import { fileURLToPath } from 'node:url';
import { type Event, simulate } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import { EN_WITH_RULES } from '@crossborder/i18n/rules';
import { isRuleId as isCatalogueRule } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';
import { analyse, renderReport } from './report.js';
import { timelineModel } from './timeline.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
async function bundled(name: string) {
  const { scenario } = await loadScenarioFile(`${folder}${name}.yaml`);
  if (!scenario) throw new Error(name);
  return scenario;
}
const tutorial = await bundled('tutorial');

/** The log with a violation by Veltria recorded at its end: an MLA request without the facts. */
function withViolation(events: readonly Event[]): Event[] {
  const at = events.at(-1)?.at ?? 0;
  return [
    ...events,
    {
      type: 'ViolationRecorded',
      at,
      visibleTo: ['veltria'],
      violation: {
        id: 'viol-900',
        ruleId: 'mla.contents.summary-of-facts',
        country: 'veltria',
        at,
        line: {
          key: 'violation.missing-content',
          params: { item: 'summary-of-facts', request: 'req-900' },
        },
        penalty: 2,
        refs: {},
      },
    },
  ];
}
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
    // The bots play lawfully: a violation is added to their log, as the engine records one.
    const events = withViolation(simulate(ransomware).events);
    const { debrief } = analyse(ransomware, events);
    expect(debrief.violations).toHaveLength(1);
    for (const violation of debrief.violations) {
      expect(isCatalogueRule(violation.ruleId), violation.ruleId).toBe(true);
      expect(violation.article).toMatch(/^Art\. \d/);
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
    const events = withViolation(simulate(ransomware).events);
    const { debrief, lanes } = analyse(ransomware, events);
    const model = timelineModel(debrief, events, lanes, 'Everyone');
    expect(model.lanes.map((lane) => lane.id)).toEqual(['*', 'veltria', 'lorvane', 'sahrun', 'orvalho']);
    const sent = model.items.filter((item) => events[item.seq]?.type === 'RequestSent');
    for (const item of sent) {
      const event = events[item.seq];
      if (event?.type === 'RequestSent') expect(item.lane).toBe(event.request.from);
    }
    const violations = model.items.filter((found) => found.violation);
    expect(violations.map((item) => item.lane)).toEqual(['veltria']);
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
  it('gives its sections a main landmark, and says the day an objective was met as its time does', () => {
    const { events } = simulate(tutorial);
    const html = renderReport({ scenario: tutorial, events, session: { code: 'T3ST01' } });
    expect(html).toMatch(/<\/header>\s*<main>\s*<section>/);
    expect(html).toMatch(/<\/section>\s*<\/main>\s*<footer>/);
    // "✔ met Day 3, 08:54 — Met on day 3", never day 2: one count of days, from day 1.
    const met = [...html.matchAll(/Day (\d+), \d\d:\d\d<br><span class="why">Met on day (\d+)/g)];
    expect(met.length).toBeGreaterThan(0);
    for (const [, shown, said] of met) expect(said).toBe(shown);
  });

  it("shows the scenario's own words in the reader's language where the scenario translates them", () => {
    const { events } = simulate(tutorial);
    const input = { scenario: tutorial, events, session: { code: 'FR0001' } };
    const french = renderReport({ ...input, locale: 'fr' });
    expect(french).toContain(escapeHtml('Tutoriel\u00a0: le kit d’hameçonnage Harbourline'));
    expect(french).toContain(escapeHtml('Journaux du panneau de contrôle de Northwind Hosting'));
    expect(french).not.toContain(escapeHtml('Northwind Hosting control-panel logs'));
    const english = renderReport(input);
    expect(english).toContain(escapeHtml('Northwind Hosting control-panel logs'));
    expect(english).not.toContain('Tutoriel');
  });

  it('is laid out right to left for an Arabic reader, its title and headings in Arabic', () => {
    const arabic = LOCALES.ar ?? EN;
    const { events } = simulate(tutorial);
    const html = renderReport({
      scenario: tutorial,
      events,
      session: { code: 'AR0001' },
      catalogue: arabic,
      locale: 'ar',
    });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).toBe(
      escapeHtml(translate(arabic, EN, 'report.title', { title: tutorial.title, code: 'AR0001' }, 'ar')),
    );
    expect(title).toMatch(/[\u0600-\u06FF]/);
    expect(title).not.toContain('Crossborder report');
    expect(html).toContain(escapeHtml(translate(arabic, EN, 'report.timeline', {}, 'ar')));
    expect(html).not.toContain(`>${EN['report.timeline']}<`);
  });

  it('speaks the catalogue it is given, timeline and rules included (a translator adds keys, not code)', () => {
    const events = withViolation(simulate(ransomware).events);
    const { debrief } = analyse(ransomware, events);
    const [first] = debrief.timeline;
    if (!first) throw new Error('the game has a timeline');
    const catalogue = {
      ...EN_WITH_RULES,
      [first.line.key]: 'Traduit : une ligne du journal',
      'rule.mla.contents.summary-of-facts.teaching': 'Note pédagogique traduite',
      'rule.mla.contents.summary-of-facts.title': 'Titre de la règle traduit',
      'report.timeline': 'Chronologie',
      'citation.articles': '{count, plural, one {art. {articles}} other {art. {articles}}}',
      'citation.model': '{article} (modèle : {model})',
      'violation.missing-content': 'La demande {request} ne mentionne pas : {item:contents}.',
      'contents.summary-of-facts': 'un résumé des faits pertinents',
    };
    const input = { scenario: ransomware, events, session: { code: 'T3ST01' } };
    const translated = renderReport({ ...input, catalogue, locale: 'fr' });
    expect(translated).toContain('Traduit : une ligne du journal');
    expect(translated).toContain('Note pédagogique traduite');
    expect(translated).toContain('Titre de la règle traduit');
    // The timeline's picture is named in the reader's language too.
    expect(translated).toContain('role="img" aria-label="Chronologie"');
    expect(translated).toContain('(art. 40 (modèle : UNTOC 18(15));');
    expect(translated).toContain('La demande req-900 ne mentionne pas : un résumé des faits pertinents.');
    const english = renderReport(input);
    expect(english).not.toContain('Traduit');
    expect(english).toContain(EN_WITH_RULES['rule.mla.contents.summary-of-facts.teaching'].slice(0, 40));
    expect(english).toContain('(Art. 40 (model: UNTOC 18(15));');
  });
});
