import { fileURLToPath } from 'node:url';
import { type Event, simulate } from '@crossborder/engine';
import { EN, fill } from '@crossborder/i18n';
import { PROVENANCE_LEVELS, provenanceOf, RULE_IDS, RULES, type RuleId } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';
import { renderReport } from './report.js';

const { scenario: ransomware } = await loadScenarioFile(
  fileURLToPath(new URL('../../../scenarios/ransomware.yaml', import.meta.url)),
);
if (!ransomware) throw new Error('ransomware');
const played = simulate(ransomware).events;

/** The bots' log with a violation of `ruleId` by Veltria at its end, as the engine records one. */
function violating(ruleId: RuleId): Event[] {
  const at = played.at(-1)?.at ?? 0;
  return [
    ...played,
    {
      type: 'ViolationRecorded',
      at,
      visibleTo: ['veltria'],
      violation: {
        id: 'viol-900',
        ruleId,
        country: 'veltria',
        at,
        line: { key: 'violation.as-recorded', params: { text: 'A violation for the test.' } },
        penalty: 1,
        refs: {},
      },
    },
  ];
}

/** The first catalogue rule at `level`: found at run time, as the catalogue's citations are corrected. */
function ruleAt(level: (typeof PROVENANCE_LEVELS)[number]): RuleId {
  const found = RULE_IDS.find((id) => provenanceOf(RULES[id]).level === level);
  if (!found) throw new Error(`no catalogue rule is ${level}`);
  return found;
}

const sentence = (id: RuleId) => {
  const { sentence } = provenanceOf(RULES[id]);
  return escapeHtml(fill(EN[sentence.key], sentence.params));
};
const report = (id: RuleId) =>
  renderReport({ scenario: ransomware, events: violating(id), session: { code: 'PROV01' } });

describe('the report marks rules whose convention wording is not verified', () => {
  it('says so in a plain sentence beside a violation of a recalled rule', () => {
    const html = report(ruleAt('recalled'));
    expect(html).toContain('A violation for the test.');
    expect(html).toContain(sentence(ruleAt('recalled')));
    expect(html).toContain(escapeHtml(EN['provenance.mark.recalled']));
    // The symbol is decoration: the words carry the mark for screen readers and in print.
    expect(html).toMatch(/<span class="symbol" aria-hidden="true">\?<\/span> <strong>/);
  });

  it('names the model clause a rule follows', () => {
    const id = ruleAt('model');
    const html = report(id);
    expect(html).toContain(sentence(id));
    for (const model of provenanceOf(RULES[id]).models) expect(html).toContain(escapeHtml(model));
  });

  it('says nothing of provenance for a rule verified in the convention text', () => {
    const html = report(ruleAt('convention'));
    expect(html).toContain('A violation for the test.');
    expect(html).not.toContain(sentence(ruleAt('recalled')));
    expect(html).not.toContain('class="provenance"');
  });

  it('has a message for every provenance level and mark in the catalogue', () => {
    for (const level of PROVENANCE_LEVELS) expect(EN).toHaveProperty([`provenance.mark.${level}`]);
    for (const id of RULE_IDS) expect(EN).toHaveProperty([provenanceOf(RULES[id]).sentence.key]);
  });
});
