import { describe, expect, it } from 'vitest';
import { mergeLocaleFiles } from './merge.js';

describe('merging a language’s files', () => {
  it('is the union of the files', () => {
    expect(
      mergeLocaleFiles([
        { name: 'locales/fr/engine.json', messages: { a: 'un' } },
        { name: 'locales/fr/studio.json', messages: { b: 'deux' } },
      ]),
    ).toEqual({ a: 'un', b: 'deux' });
  });
  it('names both files of a key written twice', () => {
    expect(() =>
      mergeLocaleFiles([
        { name: 'locales/fr/engine.json', messages: { a: 'un' } },
        { name: 'locales/fr/studio.json', messages: { a: 'deux' } },
      ]),
    ).toThrow('The key "a" is in both locales/fr/engine.json and locales/fr/studio.json');
  });
  it('names the file and key of a message that is not a text, and a file that is not an object', () => {
    expect(() => mergeLocaleFiles([{ name: 'locales/es/x.json', messages: { a: ['uno'] } }])).toThrow(
      'locales/es/x.json: the message "a" is ["uno"], not a text',
    );
    expect(() => mergeLocaleFiles([{ name: 'locales/es/x.json', messages: null }])).toThrow(
      'locales/es/x.json: expected one JSON object of messages',
    );
  });
});
