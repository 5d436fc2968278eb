import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, writeTutorialExport } from '../../test/export.js';

/** An export of the tutorial played by the bots, where Borealis's case has a title only it saw. */
let folder = '';
let input = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crossborder-team-'));
  input = await writeTutorialExport(folder);
});

describe('npm run scenario -- report --team and csv', () => {
  it('report --team writes the team’s own report beside the export, nothing of the other team', async () => {
    const { code, out, err } = await run(['report', input, '--team', 'aldoria']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('crossborder-T3ST01-aldoria.html');
    const html = await readFile(join(folder, 'crossborder-T3ST01-aldoria.html'), 'utf8');
    expect(html).toContain('The session as Aldoria saw it');
    expect(html).not.toContain('Borealis eyes only');
    const own = await run(['report', input, '--team', 'borealis', '--out', join(folder, 'b.html')]);
    expect(own.code).toBe(0);
    expect(await readFile(join(folder, 'b.html'), 'utf8')).toContain('Borealis eyes only');
  });

  it('report --team --full adds the whole debrief', async () => {
    const out = join(folder, 'full.html');
    expect((await run(['report', input, '--team', 'aldoria', '--full', '--out', out])).code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('The full debrief (every team)');
    expect(html).toContain('Borealis eyes only');
  });

  it('csv writes the timeline as a spreadsheet that parses with its columns', async () => {
    const { code, out } = await run(['csv', input]);
    expect(code).toBe(0);
    expect(out).toContain('crossborder-T3ST01-timeline.csv');
    const text = await readFile(join(folder, 'crossborder-T3ST01-timeline.csv'), 'utf8');
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(['time', 'minute', 'country', 'kind', 'item', 'rule', 'article']);
    expect(rows.some((row) => row[4] === 'Borealis opened a case: Borealis eyes only, "case" 7.')).toBe(true);
    const team = join(folder, 'aldoria.csv');
    expect((await run(['csv', input, '--team', 'aldoria', '--out', team])).code).toBe(0);
    const [, ...own] = parse(await readFile(team, 'utf8'), { bom: true }) as string[][];
    expect(own.length).toBeGreaterThan(3);
    expect(own.map((row) => row.join(' ')).join('\n')).not.toContain('Borealis eyes only');
  });

  it('says what is wrong: no team, an unknown country, a stray argument, not an export', async () => {
    const noTeam = await run(['report', input, '--team']);
    expect(noTeam.code).toBe(2);
    expect(noTeam.err).toMatch(/report --team needs a session export and a country/);
    const unknown = await run(['report', input, '--team', 'atlantis']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no country "atlantis".*aldoria \(Aldoria\)/);
    const stray = await run(['csv', input, '--full']);
    expect(stray.code).toBe(2);
    expect(stray.err).toMatch(/csv needs a session export/);
    await writeFile(join(folder, 'bad.json'), '{"hello": 1}');
    const bad = await run(['csv', join(folder, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not a Crossborder session export/);
  });
});
