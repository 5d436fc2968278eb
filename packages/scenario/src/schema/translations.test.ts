import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../load/load.js';
import { formatIssue } from '../load/problem.js';
import { textPath, translateScenario, translationFor, translationTags } from './translations.js';

const tutorial = readFileSync(
  fileURLToPath(new URL('../../../../scenarios/tutorial.yaml', import.meta.url)),
  'utf8',
);
/** The tutorial without its own translations, and with `block` as its translations. */
const withTranslations = (block: string) =>
  `${tutorial.replace(/\ntranslations:[\s\S]*$/, '\n')}\ntranslations:\n${block}`;
const errors = (text: string) =>
  loadScenarioText(text, 'test.yaml')
    .issues.filter((issue) => issue.severity === 'error')
    .map(formatIssue);

describe('a scenario’s translations', () => {
  it('name each text by the path the check prints', () => {
    expect(textPath('case.evidence.hosting-logs.title')).toEqual([
      'case',
      'evidence',
      'hosting-logs',
      'title',
    ]);
    expect(textPath('countries.borealis.law.dataProtection.conditions[0]')).toEqual([
      'countries',
      'borealis',
      'law',
      'dataProtection',
      'conditions',
      0,
    ]);
    expect(textPath('case..title')).toBeNull();
  });

  it('load, and give a reader of the language the translated texts, everything else as written', () => {
    const loaded = loadScenarioText(
      withTranslations(
        [
          '  fr:',
          '    title: "Tutoriel : le kit d’hameçonnage Harbourline"',
          '    case.evidence.hosting-logs.title: Journaux du panneau de contrôle de Northwind Hosting',
          '    countries.borealis.law.dataProtection.conditions[0]: Usage limité à l’enquête nommée',
        ].join('\n'),
      ),
      'test.yaml',
    );
    expect(loaded.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const scenario = loaded.scenario;
    if (!scenario) throw new Error('the scenario loads');
    expect(translationTags(scenario)).toEqual(['fr']);
    const french = translateScenario(scenario, 'fr-CA');
    expect(french.title).toBe('Tutoriel : le kit d’hameçonnage Harbourline');
    expect(french.case.evidence['hosting-logs']?.title).toBe(
      'Journaux du panneau de contrôle de Northwind Hosting',
    );
    expect(french.countries.borealis?.law.dataProtection.conditions).toEqual([
      'Usage limité à l’enquête nommée',
    ]);
    expect(french.case.evidence['kite-laptop']?.title).toBe("Kite's laptop");
    // The original is left as it was, and a language with no translation reads it as written.
    expect(scenario.title).toBe('Tutorial: the Harbourline phishing kit');
    expect(translateScenario(scenario, 'es')).toBe(scenario);
  });

  it('say which translation a reader reads: the very tag, else its language alone, else none', () => {
    const scenario = { translations: { fr: { title: 'Tutoriel' }, 'pt-BR': { title: 'Tutorial (Brasil)' } } };
    expect(translationFor(scenario, 'fr')).toBe('fr');
    expect(translationFor(scenario, 'FR-ca')).toBe('fr');
    expect(translationFor(scenario, 'pt-br')).toBe('pt-BR');
    expect(translationFor(scenario, 'es')).toBeUndefined();
    expect(translationFor({}, 'fr')).toBeUndefined();
  });

  it('refuse a tag that is not a language, saying how to write one', () => {
    expect(errors(withTranslations('  french:\n    title: Tutoriel'))).toEqual([
      expect.stringMatching(
        /translations\.french: unknown language tag "french": write a BCP 47 language tag/,
      ),
    ]);
  });

  it('refuse a text of an id the scenario does not have, naming the ids it has', () => {
    const [message] = errors(withTranslations('  fr:\n    case.evidence.hosting-log.title: Journaux'));
    expect(message).toMatch(/there is no "hosting-log" in case\.evidence \(did you mean "hosting-logs"\?\)/);
    expect(message).toMatch(/known: fraud-reports, hosting-logs, aldonet-subscriber, kite-laptop/);
    expect(message).toMatch(/^test\.yaml:\d+:5 /);
  });

  it('refuse what is not a text people read: an id, a number, a time', () => {
    expect(errors(withTranslations('  fr:\n    case.evidence.hosting-logs.holder: northwind'))).toEqual([
      expect.stringMatching(/case\.evidence\.hosting-logs\.holder is not a text people read/),
    ]);
    expect(errors(withTranslations('  fr:\n    objectives.arrest-kite.points: dix'))).toHaveLength(1);
  });
});
