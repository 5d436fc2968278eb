import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { glossaryFrom } from './glossary.js';
import { buildLocales, readLocaleFolder } from './node.js';

/** The folder loader on a folder of its own: what a translator's files become, and what it says when they are wrong. */
let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'crossborder-locales-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function write(tag: string, file: string, text: string): void {
  mkdirSync(join(folder, tag), { recursive: true });
  writeFileSync(join(folder, tag, file), text);
}

describe('reading a folder of languages', () => {
  it('makes each folder a language, the union of its JSON files', () => {
    write('fr', 'engine.json', '{ "a": "un" }');
    write('fr', 'screens.json', '{ "b": "deux" }');
    write('fr', 'notes.txt', 'not a catalogue');
    write('pt-BR', 'all.json', '{ "a": "um" }');
    mkdirSync(join(folder, 'de'));
    expect(readLocaleFolder(folder)).toEqual({ fr: { a: 'un', b: 'deux' }, 'pt-BR': { a: 'um' } });
  });
  it('refuses a key found in two files of a language, naming both', () => {
    write('fr', 'engine.json', '{ "a": "un" }');
    write('fr', 'screens.json', '{ "a": "deux" }');
    expect(() => readLocaleFolder(folder)).toThrow(
      /"a" is in both .*fr[\\/]engine\.json and .*fr[\\/]screens\.json/,
    );
  });
  it('names the file, line and column of broken JSON', () => {
    write('es', 'screens.json', '{\n  "a": "uno",\n  "b": "dos",\n}');
    expect(() => readLocaleFolder(folder)).toThrow(
      /es[\\/]screens\.json: not valid JSON at line 4, column 1/,
    );
  });
  it('refuses a file that is not one object of texts', () => {
    write('ar', 'engine.json', '["a"]');
    expect(() => readLocaleFolder(folder)).toThrow(/ar[\\/]engine\.json: expected one JSON object/);
    write('ar', 'engine.json', '{ "a": 3 }');
    expect(() => readLocaleFolder(folder)).toThrow(/the message "a" is 3, not a text/);
  });
});

describe('building the catalogues', () => {
  const glossary = glossaryFrom({
    'state-party': {
      note: 'A State bound by the convention.',
      en: { base: 'State Party', plural: 'States Parties' },
      fr: { base: 'État partie', plural: 'États parties' },
    },
  });
  it('expands each language’s glossary markers in that language', () => {
    const built = buildLocales({ fr: { 'x.y': '[[State-party:plural]] et [[state-party]]' } }, glossary);
    expect(built.fr).toEqual({ 'x.y': 'États parties et État partie' });
  });
  it('adds English and the pseudo-locale made from it', () => {
    const built = buildLocales({}, glossary);
    expect(Object.keys(built).sort()).toEqual(['en', 'en-XA']);
    const [key, message] = Object.entries(built.en ?? {})[0] ?? ['', ''];
    expect(built['en-XA']?.[key]).toMatch(
      new RegExp(`^⟦${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}~+⟧$`),
    );
  });
});
