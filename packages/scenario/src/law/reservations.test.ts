import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../load/load.js';
import { formatIssue } from '../load/problem.js';
import { RULES } from '../rules/catalogue.js';
import { OFFENCE_ARTICLES } from './offence-elements.js';
import { conductCriminalIn, elementOptions, realTimeCollectionFor } from './reservations.js';

/** The broken-file corpus's valid base: Aldoria and Borealis, both parties. */
const base = readFileSync(fileURLToPath(new URL('../../test/base.yaml', import.meta.url)), 'utf8');

/** The base with Aldoria's reservations (after its retention), and the wiper's elements. */
function withReservations(yaml: string, elements = ''): string {
  const anchor = '      retention: { subscriber: 365d, traffic: 90d, content: 90d }\n';
  const conduct = '      conduct: [illegal-access, data-interference]\n';
  return base
    .replace(anchor, `${anchor}      reservations:\n${yaml}`)
    .replace(conduct, elements ? `${conduct}      elements: ${elements}\n` : conduct);
}

const issues = (source: string) =>
  loadScenarioText(source, 'reservation.yaml').issues.map((issue) => formatIssue(issue));

describe('reservations and options in a scenario', () => {
  it('load, and narrow the conduct the country punishes', () => {
    const { scenario, issues: found } = loadScenarioText(
      withReservations(
        [
          '        - { article: "7(2)", elements: [security-measure] }',
          '        - { article: "9(2)", elements: [serious-harm] }',
          '        - { article: "23", realTimeCollectionFor: [illegal-access, data-interference] }',
          '',
        ].join('\n'),
        '[serious-harm]',
      ),
      'reservation.yaml',
    );
    expect(found).toEqual([]);
    const law = scenario?.countries.aldoria?.law;
    if (!law || !scenario) throw new Error('not loaded');
    expect(
      elementOptions(law).map((option) => `${option.article} ${option.effect} ${option.element}`),
    ).toEqual(['7(2) requires security-measure', '9(2) requires serious-harm']);
    const wiper = scenario.case.offences.wiper;
    expect(wiper?.elements).toEqual(['serious-harm']);
    expect(conductCriminalIn(law, 'illegal-access', wiper?.elements ?? [])).toBe(false);
    expect(conductCriminalIn(law, 'data-interference', wiper?.elements ?? [])).toBe(true);
    expect(realTimeCollectionFor(law)).toEqual(['illegal-access', 'data-interference']);
  });

  it('are checked against what each article allows, each mistake with its place and a fix', () => {
    const source = withReservations(
      [
        '        - { article: "7(2)", elements: [security-measure, serious-harm] }',
        '        - { article: 23, realTimeCollectionFor: [illegal-access] }',
        '        - { article: "11(3)" }',
        '        - { article: "7(2)", elements: [connected-system] }',
        '        - { article: "9(2)" }',
        '        - { article: "7" }',
        '',
      ].join('\n'),
      '[credentials]',
    );
    expect(issues(source)).toEqual([
      'reservation.yaml:27:59 countries.aldoria.law.reservations[0].elements[1]: Art. 7(2) concerns illegal access and offers security-measure, dishonest-intent, connected-system; "serious-harm" is not one of them (it belongs to Art. 9(2))',
      'reservation.yaml:28:22 countries.aldoria.law.reservations[1].article: write the article as text, in quotes: article: "23"',
      'reservation.yaml:29:22 countries.aldoria.law.reservations[2].article: Art. 11(3) narrows misuse of devices (misuse-of-devices), which this country does not criminalise (law.criminalises): add the conduct there or remove this entry',
      'reservation.yaml:30:22 countries.aldoria.law.reservations[3].article: Art. 7(2) is already listed (reservations[0]): put everything this country took under it in that one entry',
      'reservation.yaml:31:22 countries.aldoria.law.reservations[4].article: Art. 9(2) needs the elements this country chose for interference with electronic data: list one or more of serious-harm',
      'reservation.yaml:32:22 countries.aldoria.law.reservations[5].article: "7" is not an article that lets a State reserve or take an option in this game (7(2), 8(2), 9(2), 11(3), 12(2), 14(3), 14(4), 15, 23)',
      'reservation.yaml:60:18 case.offences.wiper.elements[0]: "credentials" is an element of misuse of devices (Art. 11(3)), which this offence\'s conduct does not include: remove it, or add the conduct it qualifies',
    ]);
  });

  it('keep real-time collection for no fewer offences than interception (Art. 23, model BC 14(3)(a))', () => {
    // Aldoria intercepts for what it punishes by four years or more: data interference (6 years).
    const source = withReservations(
      '        - { article: "23", realTimeCollectionFor: [illegal-access, fraud] }\n',
    );
    expect(issues(source)).toEqual([
      'reservation.yaml:27:51 countries.aldoria.law.reservations[0].realTimeCollectionFor: real-time collection may be reserved to some offences, but not to fewer than those for which this country allows interception (Art. 23, model BC 14(3)(a)): add data-interference',
      'reservation.yaml:27:68 countries.aldoria.law.reservations[0].realTimeCollectionFor[1]: "fraud" is not criminalised by this country (law.criminalises): real-time collection serves its criminal law, so add the conduct there or remove it here',
    ]);
  });

  it('cite paragraphs only where the text was read: the optional elements, not Art. 23', () => {
    const cited = RULES['reservation.offence-elements'].citations.map((citation) => citation.article);
    for (const article of Object.keys(OFFENCE_ARTICLES).filter((id) => id !== '11(3)'))
      expect(cited).toContain(article);
    expect(RULES['reservation.misuse-of-devices'].citations.map((citation) => citation.article)).toEqual([
      '11(3)',
    ]);
    expect(RULES['reservation.real-time-collection'].citations[0]).toEqual({
      article: '23',
      model: 'BC 14(3)(a)',
      provenance: 'recalled-model-verified',
    });
  });
});
