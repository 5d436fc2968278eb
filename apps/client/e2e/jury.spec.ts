import { type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_KEY } from './key.js';
import { control, expectAccepted, joinTeam, type Seated, watchErrors } from './support.js';

/**
 * A moot court as moots run it: the console gives the jurors their own link; two jurors join
 * with their names, read a team's written reasoning, and score it independently (neither sees the
 * other's score); the debrief and the report show each juror's score, their mean and spread.
 */
const REASONING = 'The fraud was committed on our territory against our residents, and the servers are here.';

/** A juror opens the jury's link in a browser of their own and joins with a name. */
async function juror(browser: Browser, link: string, name: string, errors: string[]): Promise<Seated> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the jury' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The teams’ written reasoning' })).toBeVisible();
  return { page, close: () => context.close() };
}

/** A juror scores Lumeria's jurisdiction memorandum on their own screen. */
async function score(page: Page, level: string, feedback: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Lumeria — The jurisdiction memorandum' });
  await form.getByLabel('Level').selectOption({ label: level });
  await form.getByLabel('Feedback').fill(feedback);
  await form.getByRole('button', { name: 'Score' }).click();
  await expect(form.locator('[data-award]')).toContainText(feedback);
}

test('two jurors score a moot round independently; both, and their mean, are in the debrief and the report', async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  await instructor.goto(`/instructor?key=${E2E_KEY}`);
  await instructor.locator('#moot-fraud-ring').check();
  await instructor.locator('[data-create="fraud-ring"]').click();
  const code = (await instructor.locator('[data-join-code]').getAttribute('data-join-code')) ?? '';
  const team = await joinTeam(browser, code, 'lumeria', 'Moot team A', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await team.page.locator('[data-tab="jurisdiction"]').click();
  await team.page.locator('#claim--offence').selectOption({ index: 1 });
  await team.page.locator('#claim--bases-territory').check();
  await team.page.locator('#claim--reasoning').fill(REASONING);
  await expectAccepted(team.page, 'claim');

  // The console's jury link (moot sessions only), then two jurors, each with a name.
  const juryLink = instructor.getByRole('region', { name: 'The jury’s link' });
  const link = (await juryLink.getByRole('link').getAttribute('href')) ?? '';
  expect(link).toMatch(new RegExp(`/jury/${code}#[A-Za-z0-9_-]{22,}$`));
  const first = await juror(browser, link, 'Judge Amara', errors);
  const second = await juror(browser, link, 'Prof. Lind', errors);
  await expect(juryLink.getByRole('row')).toHaveCount(3);
  await expect(juryLink).toContainText('Judge Amara');
  await expect(juryLink).toContainText('Prof. Lind');

  // Each reads the team's reasoning, and scores on their own.
  const lumeria = first.page.getByRole('region', { name: 'Lumeria', exact: true });
  await expect(lumeria.locator('blockquote')).toHaveText(REASONING);
  await score(first.page, 'Exemplary (15)', 'Weighs every competing claim.');
  await score(second.page, 'Developing (5)', 'Ignores the other claims.');
  await expect(first.page.locator('body')).not.toContainText('Ignores the other claims.');
  await expect(second.page.locator('body')).not.toContainText('Weighs every competing claim.');
  // A juror acts only as a juror: no team's forms, no console's controls.
  await expect(first.page.locator('[data-form="claim"], [data-control]')).toHaveCount(0);

  // The debrief: each juror's score by name, then the mean (10) and the spread (10).
  await instructor.locator('[data-link="debrief"]').click();
  const each = instructor.locator('table.jury');
  await expect(each).toContainText('Judge Amara');
  await expect(each).toContainText('Prof. Lind');
  await expect(each).toContainText('Weighs every competing claim.');
  const mean = instructor.locator('[data-mean="lumeria:jurisdiction-memorandum"] td');
  await expect(mean).toHaveText(['The jurisdiction memorandum', '2', '10', '10']);

  // The report: the same, from the server.
  const sessions = (await (
    await instructor.request.get('/api/sessions', { headers: { authorization: `Bearer ${E2E_KEY}` } })
  ).json()) as { id: string; code: string }[];
  const id = sessions.find((session) => session.code === code)?.id ?? '';
  const html = await (
    await instructor.request.get(`/api/sessions/${id}/report`, {
      headers: { authorization: `Bearer ${E2E_KEY}` },
    })
  ).text();
  expect(html).toContain('Judge Amara');
  expect(html).toContain('Prof. Lind');
  expect(html).toContain('<td>The jurisdiction memorandum</td><td>2</td><td>10</td><td>10</td>');
  expect(errors).toEqual([]);
  for (const seat of [team, first, second]) await seat.close();
});
