import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceFieldsOfText } from './load.js';

const TEMPLATE = readFileSync(
  new URL('../../../../scenarios/templates/minimal.yaml', import.meta.url),
  'utf8',
);

const kindAt = (source: string, path: (string | number)[]) =>
  referenceFieldsOfText(source)?.fields.find((field) => field.path.join('.') === path.join('.'))?.namespace;

/** The fields that name ids declared elsewhere: what the studio completes and explains. */
describe('the reference fields of a scenario', () => {
  it('finds each field that names an id, with the kind of id it takes', () => {
    expect(kindAt(TEMPLATE, ['case', 'evidence', 'hosting-logs', 'holder'])).toBe('providers');
    expect(kindAt(TEMPLATE, ['case', 'providers', 'eastgate-hosting', 'country'])).toBe('countries');
    expect(kindAt(TEMPLATE, ['case', 'offences', 'shop-fraud', 'committedIn'])).toBe('countries');
    expect(kindAt(TEMPLATE, ['case', 'evidence', 'hosting-logs', 'proves'])).toBe('offences');
  });

  it('lists the ids each kind has, the convention’s conducts among the conducts', () => {
    const found = referenceFieldsOfText(TEMPLATE);
    expect(found?.ids.providers).toEqual([{ id: 'eastgate-hosting', name: 'Eastgate Hosting' }]);
    expect(found?.ids.countries.map((country) => country.name)).toEqual(['Westland', 'Eastland']);
    expect(found?.ids.evidence).toEqual([{ id: 'hosting-logs', name: 'Eastgate Hosting account logs' }]);
    expect(found?.ids.conducts).toContainEqual({ id: 'fraud' });
  });

  it('finds a field still without a value, and one whose id is wrong', () => {
    const empty = TEMPLATE.replace('holder: eastgate-hosting', 'holder:');
    expect(kindAt(empty, ['case', 'evidence', 'hosting-logs', 'holder'])).toBe('providers');
    const wrong = TEMPLATE.replace('holder: eastgate-hosting', 'holder: eastgate');
    expect(kindAt(wrong, ['case', 'evidence', 'hosting-logs', 'holder'])).toBe('providers');
  });

  it('finds a list of ids at the list, and each item of it', () => {
    const found = referenceFieldsOfText(TEMPLATE)?.fields.filter(
      (field) => field.path.slice(0, 4).join('.') === 'case.offences.shop-fraud.committedIn',
    );
    expect(found?.map((field) => field.path.join('.'))).toEqual([
      'case.offences.shop-fraud.committedIn',
      'case.offences.shop-fraud.committedIn.0',
      'case.offences.shop-fraud.committedIn.1',
    ]);
  });

  it('gives nothing for text that is not readable YAML', () => {
    expect(referenceFieldsOfText('countries: [westland\n')).toBeNull();
    expect(referenceFieldsOfText('- a list, not a map\n')).toBeNull();
  });
});
