import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from './catalogue.js';
import { weakestProvenance } from './rule.js';

/**
 * Rows of convention-rules.md §8 ("Game mechanics implied") and the catalogue ids that carry
 * each one. A row that needs no id of its own says why.
 */
const DIGEST_ROWS: Record<number, string[]> = {
  1: ['offence.intent-and-without-right', 'offence.authorised-testing'],
  2: ['offence.convention-offence'],
  3: ['scope.serious-crime', 'scope.proceeds', 'scope.other-assistance'],
  4: ['jurisdiction.territory'],
  5: ['jurisdiction.optional-basis', 'jurisdiction.basis-unsupported'],
  6: ['jurisdiction.consult-parallel'],
  7: ['proceedings.transfer'],
  8: [
    'mla.contents.requesting-authority',
    'mla.contents.nature-of-case',
    'mla.contents.summary-of-facts',
    'mla.contents.assistance-sought',
    'mla.contents.persons-concerned',
    'mla.contents.purpose',
    'mla.more-information',
    'mla.refusal.not-conforming',
  ],
  9: ['mla.form.language', 'mla.form.urgent-oral'],
  10: [
    'mla.refusal.closed-list',
    'mla.refusal.essential-interests',
    'mla.refusal.domestic-law-prohibits',
    'mla.refusal.contrary-to-legal-system',
    'mla.refusal.discriminatory-purpose',
    'mla.refusal.bank-secrecy',
    'mla.refusal.fiscal',
  ],
  11: ['mla.refusal.reasons-required'],
  12: ['mla.consult-before-refusal', 'mla.conditions-bind'],
  13: ['mla.postpone.ground'],
  14: ['mla.deadline.reasons'],
  15: ['mla.progress.answer', 'mla.no-longer-needed'],
  16: ['mla.confidentiality'],
  17: ['mla.speciality'],
  18: ['mla.spontaneous-information'],
  19: ['mla.costs'],
  20: ['dual-criminality.by-conduct', 'mla.refusal.no-dual-criminality'],
  21: [
    'preservation.contents.authority',
    'preservation.contents.offence-and-facts',
    'preservation.contents.data-and-link',
    'preservation.contents.custodian-or-location',
    'preservation.contents.necessity',
    'preservation.contents.intent-to-request-mla',
  ],
  22: ['preservation.no-dual-criminality', 'preservation.refusal-grounds'],
  23: [
    'preservation.minimum-60-days',
    'preservation.held-pending-mla',
    'measures.preservation-order-90-days',
    'data.lost-after-retention',
  ],
  24: ['preservation.warning-duty'],
  25: ['preservation.chain-hop'],
  26: ['channel.24-7.scope', 'channel.competent', 'channel.diplomatic-required'],
  27: ['channel.24-7.emergency'],
  28: ['mla.stored-data.expedited'],
  29: ['real-time.domestic-law', 'real-time.contents.period', 'interception.serious-only'],
  30: ['safeguards.conditions'],
  31: ['data-protection.transfer', 'data-protection.onward-transfer'],
  32: [
    'extradition.convention-offence',
    'extradition.person-present',
    'extradition.dual-criminality',
    'extradition.minimum-penalty',
  ],
  33: ['extradition.nationals', 'extradition.prosecute-instead', 'jurisdiction.national-not-extradited'],
  34: [
    'extradition.refusal.fiscal',
    'extradition.refusal.discrimination',
    'extradition.consult-before-refusal',
  ],
  35: ['extradition.provisional-arrest'],
  36: ['jit.agreement', 'jit.territorial-sovereignty'],
  37: ['sovereignty.no-action-abroad'],
  38: ['assets.request-contents', 'assets.return-priority', 'assets.frozen-stay'],
  39: ['treaty.in-force'],
};

describe('the rules catalogue', () => {
  it('has unique ids', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it('covers every checkable rule of convention-rules.md §8', () => {
    expect(Object.keys(DIGEST_ROWS).map(Number)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    for (const [row, ids] of Object.entries(DIGEST_ROWS)) {
      for (const id of ids) expect(RULE_IDS, `row ${row}`).toContain(id);
    }
  });

  it('cites paragraph numbers only where the digest marks them verified', () => {
    for (const entry of Object.values(RULES)) {
      for (const citation of entry.citations) {
        if (citation.article.includes('(')) {
          expect(['verified-uncc', 'verified-official'], `${entry.id} cites ${citation.article}`).toContain(
            citation.provenance,
          );
        }
      }
    }
  });

  it('gives every violation a penalty, and nothing else one', () => {
    for (const entry of Object.values(RULES)) {
      if (entry.effect === 'violation') expect(entry.penalty, entry.id).toBeGreaterThan(0);
      else expect(entry.penalty, entry.id).toBe(0);
    }
  });

  it('finds the weakest provenance', () => {
    expect(weakestProvenance(RULES['scope.serious-crime'].citations)).toBe('recalled');
    expect(weakestProvenance(RULES['sovereignty.no-action-abroad'].citations)).toBe('verified-uncc');
  });
});
