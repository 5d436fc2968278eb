import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { control, createSession, joinTeam, openCase, tab, watchErrors } from './support.js';

/**
 * The exports against the real server (issue 15, part 6): the instructor downloads a team's own
 * report and the timeline CSV from the console; a team downloads its case file from its screen.
 * Borealis keeps a secret (its case's title): Aldoria's report and case file never hold it, and
 * Borealis's own seat cannot fetch Aldoria's case file.
 */
test('a team’s report and the CSV from the console, a case file from the team screen', async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await openCase(aldoria.page, 'Harbourline, "phase 1"', 'credential-phishing');
  await openCase(borealis.page, 'Borealis eyes only', 'credential-phishing');

  // Aldoria's report, from the console: its own case, nothing of Borealis's.
  const reported = instructor.waitForEvent('download');
  await instructor.getByRole('button', { name: 'Report for Aldoria (HTML)' }).click();
  const report = await reported;
  expect(report.suggestedFilename()).toBe(`crossborder-${code}-aldoria.html`);
  const html = await readFile(await report.path(), 'utf8');
  expect(html).toContain('The session as Aldoria saw it');
  expect(html).toContain('Harbourline, &#34;phase 1&#34;');
  expect(html).not.toContain('Borealis eyes only');

  // The timeline as a spreadsheet: it parses, with its columns, the whole session in it.
  const exported = instructor.waitForEvent('download');
  await instructor.getByRole('button', { name: 'Timeline (CSV)' }).click();
  const sheet = await exported;
  expect(sheet.suggestedFilename()).toBe(`crossborder-${code}-timeline.csv`);
  const [header, ...rows] = parse(await readFile(await sheet.path(), 'utf8'), { bom: true }) as string[][];
  expect(header).toEqual(['time', 'minute', 'country', 'kind', 'item', 'rule', 'article']);
  expect(rows).toContainEqual(
    expect.arrayContaining(['Borealis', 'jurisdiction', 'Borealis opened a case: Borealis eyes only.']),
  );

  // Aldoria's case file, from its own screen: its case, not Borealis's.
  await tab(aldoria.page, 'casefile');
  const filed = aldoria.page.waitForEvent('download');
  await aldoria.page.getByRole('button', { name: 'Download our case file (HTML)' }).click();
  const casefile = await readFile(await (await filed).path(), 'utf8');
  expect(casefile).toContain('Case file of Aldoria');
  expect(casefile).toContain('Harbourline, &#34;phase 1&#34;');
  expect(casefile).not.toContain('Borealis eyes only');

  // Borealis's own seat token does not open Aldoria's case file.
  const token = await borealis.page.evaluate(
    (key) => localStorage.getItem(key),
    `crossborder.seat.${code}.country:borealis`,
  );
  expect(token).toBeTruthy();
  const refused = await borealis.page.request.get('/api/team/aldoria/casefile', {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(refused.status()).toBe(403);
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
