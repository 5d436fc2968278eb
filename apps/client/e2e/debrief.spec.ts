import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { E2E_KEY } from './key.js';
import {
  advance,
  control,
  createSession,
  DAY,
  draft,
  expectAccepted,
  joinTeam,
  openCase,
  shot,
  tab,
  takeMeasure,
  watchErrors,
} from './support.js';

/** The sentence beside a rule whose convention wording is recalled but whose model clause was read. */
const MODEL_SENTENCE =
  /The convention's wording here is not yet checked: this follows \S.*, the clause it copies\./;

/**
 * The debrief: the instructor ends the tutorial and opens it; a violation shows its article; the
 * replay from one country's seat does not show the other's secret; the HTML report downloads and
 * renders. Then a moot round: a session in rounds mode, a claim without reasoning refused, the
 * jury's score given in the console and found in the report.
 */
test('the debrief: timeline, violation with its article, replay, and the report', async ({
  browser,
  page: instructor,
}, info) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await openCase(aldoria.page, 'Harbourline phishing', 'credential-phishing');
  // A ruling on a rule whose convention wording follows a model clause says so where the team reads it.
  await tab(aldoria.page, 'jurisdiction');
  await aldoria.page.locator('#claim--offence').selectOption('credential-phishing');
  await aldoria.page.locator('#claim--bases-offender-nationality').check();
  await aldoria.page.locator('[data-form="claim"] button[type="submit"]').click();
  const ruling = aldoria.page.locator('[data-form="claim"] .result.rejected');
  await expect(ruling).toContainText('Wording from a model clause');
  await expect(ruling).toContainText(MODEL_SENTENCE);
  await takeMeasure(aldoria.page, 'production-order', 'evidence:fraud-reports');
  await advance(instructor, DAY, [aldoria.page]);
  // An MLA request sent without its contents goes, but is recorded as a violation (Art. 40).
  await draft(aldoria.page, {
    kind: 'stored-data',
    to: 'borealis',
    offence: 'credential-phishing',
    channel: 'central-authority',
    language: 'en',
    evidence: ['hosting-logs'],
    contents: { 'requesting-authority': 'Public Prosecutor of Port Aldo' },
  });
  await expectAccepted(aldoria.page, 'compose');

  instructor.once('dialog', (dialog) => void dialog.accept());
  await instructor.locator('[data-control="end"]').click();
  await expect(aldoria.page.locator('.banner')).toContainText('The session has ended');
  await instructor.locator('[data-link="debrief"]').click();
  await expect(instructor.locator('.timeline .lane')).toHaveCount(3);
  await instructor.locator('.lane[data-lane="aldoria"] .mark.ruling').first().click();
  await expect(instructor.locator('#item-details .violation')).toContainText('Art. 40');
  // Art. 40's wording is recalled; the contents follow UNTOC 18(15): the debrief says so in words.
  await expect(instructor.locator('#item-details .violation .provenance')).toContainText(
    'Wording from a model clause',
  );
  await expect(instructor.locator('#item-details .violation')).toContainText(MODEL_SENTENCE);
  await shot(instructor, info, 'debrief');

  // Replay from Borealis's seat: never Aldoria's facts.
  await instructor.locator('#replay-seat').selectOption('borealis');
  const replayed = instructor.locator('[data-replay]');
  await expect(replayed).toHaveAttribute('data-replay-seat', 'borealis');
  await expect(replayed).not.toContainText('312 Harbourline Bank customers');
  await instructor.locator('#replay-seat').selectOption('aldoria');
  await expect(replayed).toContainText('312 Harbourline Bank customers');

  // The report downloads and renders.
  const download = instructor.waitForEvent('download');
  await instructor.locator('[data-action="report"]').click();
  const file = await (await download).path();
  const html = await readFile(file, 'utf8');
  const report = await browser.newPage();
  await report.setContent(html);
  await expect(report.locator('h1')).toContainText('Tutorial');
  await expect(report.locator('.violations')).toContainText('Art. 40');
  await expect(report.locator('.violations')).toContainText(MODEL_SENTENCE);
  await expect(report.locator('svg')).toBeVisible();
  await report.screenshot({ path: info.outputPath('report.png'), fullPage: true });
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});

test('a moot round: reasoning required, scored by the jury, in the report', async ({
  browser,
  page: instructor,
}, info) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  await instructor.goto(`/instructor?key=${E2E_KEY}`);
  await instructor.locator('#moot-fraud-ring').check();
  await instructor.locator('[data-create="fraud-ring"]').click();
  const code = (await instructor.locator('[data-join-code]').getAttribute('data-join-code')) ?? '';
  const team = await joinTeam(browser, code, 'lumeria', 'Moot team A', errors);
  await control(instructor, 'start');
  // A claim without reasoning is refused in moot mode; with reasoning it stands.
  await team.page.locator('[data-tab="jurisdiction"]').click();
  const offence = team.page.locator('#claim--offence');
  await offence.selectOption({ index: 1 });
  await team.page.locator('#claim--bases-territory').check();
  await team.page.locator('[data-form="claim"] button[type="submit"]').click();
  await expect(team.page.locator('[data-form="claim"] .result')).toContainText('written reasoning');
  await team.page
    .locator('#claim--reasoning')
    .fill('The fraud was committed on our territory against our residents, and the servers are here.');
  await expectAccepted(team.page, 'claim');

  // The jury scores the memorandum in the console; the score reaches the report.
  const jury = instructor.locator('[data-form="jury-lumeria-jurisdiction-memorandum"]');
  await jury.locator('select').selectOption({ index: 2 });
  await jury.locator('textarea').fill('Sound territorial basis; weigh the other claims next time.');
  await jury.locator('button[type="submit"]').click();
  await expect(instructor.locator('[data-award="lumeria:jurisdiction-memorandum"]')).toContainText(
    'weigh the other claims',
  );
  await shot(instructor, info, 'jury');
  const sessions = (await (
    await instructor.request.get('/api/sessions', { headers: { authorization: `Bearer ${E2E_KEY}` } })
  ).json()) as { id: string; code: string }[];
  const id = sessions.find((session) => session.code === code)?.id ?? '';
  const html = await (
    await instructor.request.get(`/api/sessions/${id}/report`, {
      headers: { authorization: `Bearer ${E2E_KEY}` },
    })
  ).text();
  expect(html).toContain('weigh the other claims next time');
  expect(errors).toEqual([]);
  await team.close();
});
