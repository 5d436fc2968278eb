import { referenceFieldsOfText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { hoverText } from './assist.js';
import { lineOf, TEMPLATE } from './fixtures.js';
import { IdIndex, valueAt } from './id-completion.js';

/** The index as the page keeps it after the worker has checked `text`. */
function indexOf(text: string): IdIndex {
  const index = new IdIndex();
  index.update(referenceFieldsOfText(text));
  return index;
}

/** The kind of id the cursor's value takes at the end of the first line ending with `end`, in `text`. */
function kindAtEnd(index: IdIndex, text: string, end: string) {
  const line = lineOf(text, end);
  const at = valueAt(text.split('\n')[line - 1] ?? '');
  return at ? index.kindAt(text, line, at.key, at.dashed) : undefined;
}

/** `text` with `line` added after the first line ending with `after`. */
const insertAfter = (text: string, after: string, line: string) =>
  text.replace(`${after}\n`, `${after}\n${line}\n`);

describe('where the cursor is in a value that names an id', () => {
  it('after a field’s colon, inside a list in brackets, after a list’s dash', () => {
    expect(valueAt('      holder: east')).toEqual({ key: 'holder', dashed: false, word: 'east' });
    expect(valueAt('      holder: ')).toEqual({ key: 'holder', dashed: false, word: '' });
    expect(valueAt('      committedIn: [westland, ea')).toEqual({
      key: 'committedIn',
      dashed: false,
      word: 'ea',
    });
    expect(valueAt('        - west')).toEqual({ key: null, dashed: true, word: 'west' });
    expect(valueAt('      - evidenceObtained: ho')).toEqual({
      key: 'evidenceObtained',
      dashed: true,
      word: 'ho',
    });
  });

  it('not in a field’s name, a sentence, or after a list is closed', () => {
    expect(valueAt('      hold')).toBeNull();
    expect(valueAt('    text: The fake shop is served')).toBeNull();
    expect(valueAt('      committedIn: [westland] ')).toBeNull();
  });
});

describe('the kind of id a field takes', () => {
  const index = indexOf(TEMPLATE);

  it('knows each reference field of the draft by its place: holder, country, lists of countries', () => {
    expect(kindAtEnd(index, TEMPLATE, 'holder: eastgate-hosting')).toBe('providers');
    expect(kindAtEnd(index, TEMPLATE, 'proves: [shop-fraud]'.replace(']', ''))).toBeUndefined();
    const flow = TEMPLATE.replace('proves: [shop-fraud]', 'proves: [shop-fr');
    expect(kindAtEnd(index, flow, 'proves: [shop-fr')).toBe('offences');
    expect(kindAtEnd(index, TEMPLATE, 'location: westland')).toBe('countries');
  });

  it('knows the field in a new evidence item the check has not seen, by its place in the schema', () => {
    const text = insertAfter(
      TEMPLATE,
      '        facts: [shop-admin]',
      '    new-logs:\n      title: New logs\n      kind: traffic\n      holder: ',
    );
    expect(kindAtEnd(index, text, 'holder: ')).toBe('providers');
  });

  it('knows a list of ids by its items written one per line', () => {
    const text = TEMPLATE.replace(
      '      knownBy: [westland]\n      reveals:',
      '      knownBy:\n        - west\n      reveals:',
    );
    expect(kindAtEnd(index, text, '        - west')).toBe('countries');
  });

  it('knows a condition’s target inside a list of conditions', () => {
    const text = TEMPLATE.replace(
      'when: { evidencePreserved: hosting-logs }',
      'when:\n      all:\n        - evidencePreserved: hosting-logs\n        - evidenceObtained: ho',
    );
    const checked = indexOf(text.replace('evidenceObtained: ho', 'evidenceObtained: hosting-logs'));
    expect(kindAtEnd(checked, text, '- evidenceObtained: ho')).toBe('evidence');
  });

  it('lists the ids of a kind with the draft’s names; an unreadable draft leaves the last ones', () => {
    expect(index.idsOf('providers')).toEqual([{ id: 'eastgate-hosting', name: 'Eastgate Hosting' }]);
    index.update(referenceFieldsOfText('countries: [broken\n'));
    expect(index.nameOf('evidence', 'hosting-logs')).toEqual({
      id: 'hosting-logs',
      name: 'Eastgate Hosting account logs',
    });
    expect(index.nameOf('evidence', 'no-such-logs')).toBeUndefined();
  });
});

describe('what the pointer rests on', () => {
  const index = indexOf(TEMPLATE);
  const words = {
    kind: (kind: string) => `kind ${kind}`,
    named: (kind: string, declared: { name?: string }) => `${kind}: ${declared.name}`,
  };
  const line = lineOf(TEMPLATE, 'holder: eastgate-hosting');
  const text = TEMPLATE.split('\n')[line - 1] ?? '';
  const hover = (column: number) => hoverText(TEMPLATE, text, line, column, index, words)?.say;

  it('a field’s name: its description from the schema', () => {
    expect(hover(text.indexOf('holder') + 2)).toBe(
      'Who holds it: a provider id, or for a device, the id of the suspect who has it.',
    );
  });

  it('an id: what it stands for in the draft; a word that names nothing: nothing', () => {
    expect(hover(text.indexOf('eastgate') + 3)).toBe('providers: Eastgate Hosting');
    const other = lineOf(TEMPLATE, 'expiresAfter: 6d');
    const said = TEMPLATE.split('\n')[other - 1] ?? '';
    expect(hoverText(TEMPLATE, said, other, said.indexOf('6d'), index, words)).toBeNull();
  });
});
