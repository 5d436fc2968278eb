import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from './catalogue.js';
import { cite } from './cite.js';
import { provenanceOf } from './provenance.js';

describe('provenanceOf', () => {
  it('says verified in the convention text, unmarked', () => {
    const found = provenanceOf({ citations: [cite.uncc('2(h)')] });
    expect(found).toMatchObject({ level: 'convention', marked: false, models: [] });
    expect(found.sentence).toEqual({ key: 'provenance.convention', params: {} });
  });

  it('says verified elsewhere for the UN Treaty Collection and secondary sources, unmarked', () => {
    expect(provenanceOf({ citations: [cite.official('65(1)')] })).toMatchObject({
      level: 'elsewhere',
      marked: false,
      mark: 'provenance.mark.elsewhere',
    });
    expect(
      provenanceOf({ citations: [cite.uncc('5'), { article: '40', provenance: 'verified-secondary' }] })
        .level,
    ).toBe('elsewhere');
  });

  it('names the model clause a recalled wording follows, and marks it', () => {
    const found = provenanceOf({ citations: [cite.model('40', 'UNTOC 18(15)')] });
    expect(found).toMatchObject({ level: 'model', marked: true, models: ['UNTOC 18(15)'], symbol: '≈' });
    expect(found.mark).toBe('provenance.mark.model');
    expect(found.sentence).toEqual({ key: 'provenance.model', params: { model: 'UNTOC 18(15)' } });
  });

  it('names every model clause once when a rule follows several', () => {
    const found = provenanceOf({
      citations: [
        cite.model('40', 'UNTOC 18(13)'),
        cite.model('41', 'BC 35'),
        cite.model('40', 'UNTOC 18(13)'),
      ],
    });
    expect(found.models).toEqual(['UNTOC 18(13)', 'BC 35']);
    expect(found.sentence).toEqual({ key: 'provenance.models', params: { models: 'UNTOC 18(13), BC 35' } });
  });

  it('is as sure as the least sure citation', () => {
    // A verified article beside a model one: the model is what the reader must be told about.
    expect(provenanceOf({ citations: [cite.uncc('5'), cite.model('48', 'UNTOC 19')] }).models).toEqual([
      'UNTOC 19',
    ]);
    // A model article beside a recalled one: recalled, and no model is named for it.
    const mixed = provenanceOf({ citations: [cite.model('40', 'UNTOC 18(9)'), cite.recalled('35')] });
    expect(mixed).toMatchObject({ level: 'recalled', marked: true, models: [], symbol: '?' });
    expect(mixed.sentence).toEqual({ key: 'provenance.recalled', params: {} });
  });

  it('says recalled for low confidence, and for a model citation that names no clause', () => {
    expect(provenanceOf({ citations: [cite.uncertain('36')] }).level).toBe('recalled');
    expect(
      provenanceOf({ citations: [{ article: '40', provenance: 'recalled-model-verified' }] }).level,
    ).toBe('recalled');
  });

  it('gives every catalogue rule a level; only recalled and model wording is marked', () => {
    const levels = new Set<string>();
    for (const id of RULE_IDS) {
      const found = provenanceOf(RULES[id]);
      levels.add(found.level);
      expect(found.marked, id).toBe(found.level === 'model' || found.level === 'recalled');
      if (found.level === 'model') expect(found.models.length, id).toBeGreaterThan(0);
    }
    // The catalogue today holds verified, model and recalled rules: each case is exercised.
    expect([...levels].sort()).toEqual(expect.arrayContaining(['convention', 'model', 'recalled']));
  });
});
