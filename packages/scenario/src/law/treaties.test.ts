import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../load/load.js';
import { formatIssue } from '../load/problem.js';
import { REQUEST_KIND_IDS } from './request-kinds.js';
import { contentsUnder, governance, treatiesOf } from './treaties.js';
import { treatyKindOf } from './treaty-terms.js';

/** The broken-file corpus's valid base: Aldoria and Borealis, both parties. */
const base = readFileSync(fileURLToPath(new URL('../../test/base.yaml', import.meta.url)), 'utf8');

/** The base with treaties declared under Aldoria (after its law). */
function withTreaties(yaml: string): string {
  const anchor = '      retention: { subscriber: 365d, traffic: 90d, content: 90d }\n';
  return base.replace(anchor, `${anchor}    treaties:\n${yaml}`);
}

const issues = (source: string) =>
  loadScenarioText(source, 'treaty.yaml').issues.map((issue) => formatIssue(issue));

describe('treaties in a scenario', () => {
  it('load, with the convention’s terms wherever they say nothing', () => {
    const { scenario, issues: found } = loadScenarioText(
      withTreaties(
        [
          '      ab-mlat:',
          '        name: Treaty between Aldoria and Borealis on Mutual Legal Assistance (1998)',
          '        kind: mla',
          '        with: borealis',
          '        channels: [central-authority]',
          '        refusalGrounds: [essential-interests, political-offence]',
          '        contents: { add: [applicable-law], waive: [persons-concerned] }',
          '',
        ].join('\n'),
      ),
      'treaty.yaml',
    );
    expect(found).toEqual([]);
    const treaty = scenario?.countries.aldoria?.treaties['ab-mlat'];
    expect(treaty).toMatchObject({ kind: 'mla', with: 'borealis', conventionApplies: false });
    if (!scenario || !treaty) throw new Error('not loaded');
    expect(treatiesOf(scenario.countries, 'borealis').map((found) => found.parties)).toEqual([
      ['aldoria', 'borealis'],
    ]);
    expect(contentsUnder('stored-data', treaty).map((item) => item.id)).toEqual([
      'requesting-authority',
      'nature-of-case',
      'summary-of-facts',
      'assistance-sought',
      'purpose',
      'applicable-law',
    ]);
    expect(governance(scenario.countries, 'borealis', 'aldoria', 'mla', '2027-03-08')).toEqual({
      regime: 'treaty',
      treaty: 'ab-mlat',
      reason: 'treaty',
    });
    // Before the convention binds Aldoria (2026-11-02), the treaty alone.
    expect(governance(scenario.countries, 'borealis', 'aldoria', 'mla', '2026-10-01').reason).toBe(
      'treaty-outside-convention',
    );
    expect(governance(scenario.countries, 'borealis', 'aldoria', 'preservation', '2027-03-08').reason).toBe(
      'convention',
    );
  });

  it('are checked, each mistake with its place and a fix', () => {
    const source = withTreaties(
      [
        '      ab-mlat:',
        '        name: MLAT',
        '        kind: mla',
        '        with: borealis',
        '        minPenaltyYears: 2',
        '      ab-again:',
        '        name: Another',
        '        kind: mla',
        '        with: borealis',
        '      ab-ext:',
        '        name: Extradition',
        '        kind: extradition',
        '        with: aldoria',
        '        conventionApplies: true',
        '        refusalGrounds: [fiscal-matter, bank-secrecy]',
        '      ab-far:',
        '        name: Far',
        '        kind: extradition',
        '        with: boreal',
        '        channels: [24-7-network]',
        '',
      ].join('\n'),
    );
    expect(issues(source)).toEqual([
      'treaty.yaml:31:26 countries.aldoria.treaties.ab-mlat.minPenaltyYears: minPenaltyYears is a condition of extradition (Art. 37): an MLA treaty has none; remove it or make the treaty kind: extradition',
      'treaty.yaml:32:7 countries.aldoria.treaties.ab-again: aldoria and borealis already have an MLA treaty ("ab-mlat"): a pair of countries has one treaty of each kind, declared once under either of them',
      'treaty.yaml:39:15 countries.aldoria.treaties.ab-ext.with: a treaty binds two countries: name the other party here, not "aldoria" under which it is declared',
      "treaty.yaml:40:28 countries.aldoria.treaties.ab-ext.conventionApplies: an extradition treaty's conditions apply (Art. 37, model UNTOC 16(7)): the convention has no extradition procedure to apply in its place; remove conventionApplies",
      'treaty.yaml:41:26 countries.aldoria.treaties.ab-ext.refusalGrounds[0]: extradition may not be refused on the sole ground that the offence involves fiscal matters (Art. 37, model UNTOC 16(15)): remove fiscal-matter',
      'treaty.yaml:41:41 countries.aldoria.treaties.ab-ext.refusalGrounds[1]: "bank-secrecy" is not one of: not-conforming, essential-interests, domestic-law-prohibits, contrary-to-legal-system, discriminatory-purpose, no-dual-criminality, political-offence, fiscal-matter',
      'treaty.yaml:45:15 countries.aldoria.treaties.ab-far.with: unknown country "boreal" (known: aldoria, borealis)',
      'treaty.yaml:46:20 countries.aldoria.treaties.ab-far.channels[0]: "24-7-network" is not one of: central-authority, diplomatic, police',
    ]);
  });

  it('warn when the convention cannot replace a treaty: a party is not bound by it', () => {
    const source = withTreaties(
      [
        '      ab-mlat:',
        '        name: MLAT',
        '        kind: mla',
        '        with: borealis',
        '        conventionApplies: true',
        '',
      ].join('\n'),
    ).replace('convention: { status: party, inForceSince: 2026-09-15 }', 'convention: { status: signatory }');
    expect(issues(source)).toEqual([
      'treaty.yaml:31:28 countries.aldoria.treaties.ab-mlat.conventionApplies: warning: borealis is not a party to the convention: the two cannot apply its procedure instead, so the treaty governs (model UNTOC 18(7))',
    ]);
  });

  it('govern the requests for assistance and extradition, never preservation or police work', () => {
    const governed = Object.fromEntries(REQUEST_KIND_IDS.map((kind) => [kind, treatyKindOf(kind)]));
    expect(governed).toMatchObject({
      preservation: null,
      'police-cooperation': null,
      'stored-data': 'mla',
      'asset-freeze': 'mla',
      extradition: 'extradition',
      'provisional-arrest': 'extradition',
    });
  });
});
