import { expect, test } from '@playwright/test';
import { E2E_KEY } from '../e2e/key.js';
import { control, expectAccepted, joinTeam } from '../e2e/support.js';
import { save } from './save.js';

/**
 * A moot court (issue 15, part 7): a juror's screen in the fraud ring, Lumeria's jurisdiction
 * memorandum read and scored; and the console's jury link with the juror who joined.
 */
test('screenshots of a juror’s screen and of the console’s jury link', async ({
  browser,
  page: instructor,
}) => {
  await instructor.goto(`/instructor?key=${E2E_KEY}`);
  await instructor.locator('#moot-fraud-ring').check();
  await instructor.locator('[data-create="fraud-ring"]').click();
  const code = (await instructor.locator('[data-join-code]').getAttribute('data-join-code')) ?? '';
  const team = await joinTeam(browser, code, 'lumeria', 'Moot team A', []);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await team.page.locator('[data-tab="jurisdiction"]').click();
  await team.page.locator('#claim--offence').selectOption({ index: 1 });
  await team.page.locator('#claim--bases-territory').check();
  await team.page
    .locator('#claim--reasoning')
    .fill('The fraud was committed on our territory against our residents, and the servers are here.');
  await expectAccepted(team.page, 'claim');
  const juryLink = instructor.getByRole('region', { name: 'The jury’s link' });
  const link = (await juryLink.getByRole('link').getAttribute('href')) ?? '';
  const juror = await (await browser.newContext()).newPage();
  await juror.goto(link);
  await juror.getByLabel('Your name').fill('Judge Amara');
  await juror.getByRole('button', { name: 'Join the jury' }).click();
  const form = juror.getByRole('form', { name: 'Lumeria — The jurisdiction memorandum' });
  await form.getByLabel('Level').selectOption({ label: 'Proficient (10)' });
  await form.getByLabel('Feedback').fill('Sound territorial basis; weigh the other claims next time.');
  await form.getByRole('button', { name: 'Score' }).click();
  await expect(form.locator('[data-award]')).toBeVisible();
  await juror.getByRole('heading', { name: 'The teams’ written reasoning' }).scrollIntoViewIfNeeded();
  await save(juror, 'juror');
  await expect(juryLink).toContainText('Judge Amara');
  await juryLink.scrollIntoViewIfNeeded();
  await save(instructor, 'console-jury');
  await team.close();
});
