import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { checkMeasure, markedLabel, measureKindOf } from './measure-check.js';

const WRITTEN = {
  authorisedBy: 'Investigating judge Ames',
  grounds: 'Reasonable suspicion of computer fraud',
  scope: 'The fraud reports of March',
  duration: 'One day',
};

describe('checkMeasure', () => {
  it('says nothing until a measure is chosen', () => {
    expect(checkMeasure(measureKindOf(''), WRITTEN)).toEqual({ items: [], problems: [] });
    expect(measureKindOf('no-such-measure')).toBe('');
  });

  it('names each safeguard a production order lacks, with Art. 24, and none once written', () => {
    const blank = { authorisedBy: '', grounds: 'x', scope: 'The reports', duration: '' };
    const check = checkMeasure('production-order', blank);
    expect(check.problems.map((problem) => problem.message)).toEqual([
      t('ui.measure-check.missing', { item: t('ui.field.authorised-by') }),
      t('ui.measure-check.missing', { item: t('ui.field.grounds') }),
      t('ui.measure-check.missing', { item: t('ui.field.duration') }),
    ]);
    expect(check.problems[0]?.article).toMatch(/^Art\. 24/);
    expect(checkMeasure('production-order', WRITTEN).problems).toEqual([]);
  });

  it('asks a preservation order for no duration of its own: the order has one', () => {
    const check = checkMeasure('preservation-order', { ...WRITTEN, duration: '' });
    expect(check.problems).toEqual([]);
    const duration = check.items.find((item) => item.field === 'duration');
    expect(duration).toMatchObject({ needed: false, given: false });
    expect(markedLabel(duration, 'Duration')).toBe(`○ Duration (${t('ui.measure-check.not-needed')})`);
  });

  it('marks each field: ✔ written, ✖ missing', () => {
    const [authorised, grounds] = checkMeasure('arrest', { ...WRITTEN, grounds: '' }).items;
    expect(markedLabel(authorised, 'Authorised by')).toBe('✔ Authorised by');
    expect(markedLabel(grounds, 'Grounds')).toBe('✖ Grounds');
    expect(markedLabel(undefined, 'Grounds')).toBe('Grounds');
  });
});
