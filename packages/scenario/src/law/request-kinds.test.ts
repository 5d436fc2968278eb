import { describe, expect, it } from 'vitest';
import { isRuleId } from '../rules/catalogue.js';
import { parseDuration } from '../time/duration.js';
import { REQUEST_KIND_IDS, REQUEST_KINDS, type RequestKindSpec } from './request-kinds.js';

/**
 * The compiler asks every kind for every field of its spec; these tests check what it cannot:
 * that no field was left undefined behind a cast, and that the values agree with each other.
 */
const FIELDS: Record<keyof RequestKindSpec, true> = {
  article: true,
  name: true,
  regime: true,
  mla: true,
  target: true,
  dataKinds: true,
  channels: true,
  emergencyChannel: true,
  defaultProcessing: true,
  expedition: true,
  requiresPower: true,
  extraordinaryCosts: true,
  transfersPersonalData: true,
  contents: true,
  produces: true,
  token: true,
};

describe.each(REQUEST_KIND_IDS)('the spec of request kind %s', (kind) => {
  const spec = REQUEST_KINDS[kind];

  it('has every field', () => {
    const missing = Object.keys(FIELDS).filter((field) => spec[field as keyof RequestKindSpec] === undefined);
    expect(missing).toEqual([]);
  });

  it('names its article and itself', () => {
    expect(spec.article).toMatch(/^\d{1,2}$/);
    expect(spec.name.length).toBeGreaterThan(3);
  });

  it('lists data kinds exactly when it is about evidence', () => {
    expect(spec.dataKinds.length > 0).toBe(spec.target === 'evidence');
    expect(new Set(spec.dataKinds).size).toBe(spec.dataKinds.length);
  });

  it('travels by at least one channel, and its emergency channel is a further one', () => {
    expect(spec.channels.length).toBeGreaterThan(0);
    expect(new Set(spec.channels).size).toBe(spec.channels.length);
    if (spec.emergencyChannel !== null) expect(spec.channels).not.toContain(spec.emergencyChannel);
  });

  it('has a default processing time', () => {
    expect(parseDuration(spec.defaultProcessing)).toBeGreaterThan(0);
  });

  it('lists its contents, each item once and citing a rule of the catalogue', () => {
    expect(spec.contents.some((item) => item.need === 'required')).toBe(true);
    const ids = spec.contents.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of spec.contents) {
      expect(item.id).toMatch(/^[a-z][a-z-]{1,40}$/);
      expect(isRuleId(item.rule)).toBe(true);
    }
  });

  it('hands over personal data only when executing it obtains evidence', () => {
    if (spec.transfersPersonalData) {
      expect(spec.target).toBe('evidence');
      expect(spec.produces).toBe('evidence');
    }
  });

  it('keeps preservation and its product together', () => {
    expect(spec.regime === 'preservation').toBe(spec.produces === 'preservation');
  });

  it('hears a person only by mutual legal assistance, asking what the model clause needs', () => {
    // Video conference (model UNTOC 18(18)) and temporary transfer (18(10)-(11)), Art. 40.
    const needs = { testimony: 'witness.video.why-not-in-person', transfer: 'witness.transfer.terms' };
    if (spec.produces !== 'testimony' && spec.produces !== 'transfer') return;
    expect([spec.article, spec.regime, spec.mla, spec.target]).toEqual(['40', 'assistance', true, 'suspect']);
    expect(spec.contents.map((item) => item.rule)).toContain(needs[spec.produces]);
  });
});

describe('the request kinds', () => {
  it('have one spec each, in the order the composer and the JSON Schema list them', () => {
    expect(Object.keys(REQUEST_KINDS)).toEqual(REQUEST_KIND_IDS);
  });

  it('give an item id one meaning: kinds that share an id share its rule', () => {
    const rules = new Map<string, string>();
    for (const kind of REQUEST_KIND_IDS) {
      for (const item of REQUEST_KINDS[kind].contents) {
        expect(rules.get(item.id) ?? item.rule, item.id).toBe(item.rule);
        rules.set(item.id, item.rule);
      }
    }
  });
});
