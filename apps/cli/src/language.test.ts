import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, writeTutorialExport } from '../test/export.js';

/** The exports written by the command line in another language than English (`--lang`). */
let folder = '';
let input = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crossborder-lang-'));
  input = await writeTutorialExport(folder);
});

describe('npm run scenario -- report and csv with --lang', () => {
  it('writes the session report in French, the tutorial’s own French texts included', async () => {
    const out = join(folder, 'fr.html');
    const { code, err } = await run(['report', input, '--lang', 'fr', '--out', out]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/<html lang="fr"/);
    // The scenario's title as its French translation gives it, not as written.
    expect(html).toContain('hameçonnage Harbourline');
    expect(html).not.toContain('Tutorial: the Harbourline phishing kit');
  });

  it('writes a team’s report right to left in Arabic, and takes a regional tag as its language', async () => {
    const out = join(folder, 'ar.html');
    const { code } = await run(['report', input, '--team', 'aldoria', '--lang', 'ar-EG', '--out', out]);
    expect(code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain('الجلسة كما رآها');
    expect(html).not.toContain('Borealis eyes only');
  });

  it('writes the timeline with Spanish column names', async () => {
    const out = join(folder, 'es.csv');
    const { code } = await run(['csv', '--lang', 'es', input, '--out', out]);
    expect(code).toBe(0);
    const rows = parse(await readFile(out, 'utf8'), { bom: true }) as string[][];
    expect(rows[0]?.slice(0, 3)).toEqual(['hora', 'minuto', 'país']);
    expect(rows.length).toBeGreaterThan(5);
  });

  it('refuses a language it does not speak, naming those it does, and a missing one', async () => {
    const german = await run(['report', input, '--lang', 'de']);
    expect(german.code).toBe(2);
    expect(german.err).toMatch(
      /--lang needs one of the languages Crossborder speaks: en, .*fr.*\(got "de"\)/,
    );
    expect(german.err).not.toMatch(/en-XA/);
    const missing = await run(['csv', input, '--lang']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/\(got nothing\)/);
  });

  it('stays English without --lang', async () => {
    const out = join(folder, 'en.html');
    expect((await run(['report', input, '--out', out])).code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('Tutorial: the Harbourline phishing kit');
  });
});
