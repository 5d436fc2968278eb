import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { instructorHome, uploadScenario, watchErrors } from './support.js';

/**
 * A scenario uploaded from the console, against the real server: a broken file shows each
 * problem with its line and column and keeps nothing; once fixed, it is kept, listed, and played
 * at once.
 */
test('an uploaded scenario: a broken one shows its line and column, a valid one is played at once', async ({
  page,
}) => {
  const errors: string[] = [];
  watchErrors(page, errors);
  const tutorial = await readFile(new URL('../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
  const own = tutorial
    .replace('id: tutorial\n', 'id: uploaded-drill\n')
    .replace(/^title: .*$/m, 'title: "Uploaded drill"');
  const broken = own.replace('    deadline: 5d\n', '    deadline: soon\n');
  const line = broken.split('\n').indexOf('    deadline: soon') + 1;

  await instructorHome(page);
  await uploadScenario(page, 'drill.yaml', broken);
  await expect(page.getByRole('heading', { name: 'Problems in drill.yaml' })).toBeFocused();
  const problem = page.getByRole('list', { name: 'Problems in drill.yaml' }).getByRole('listitem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText(
    `Error · Line ${line}, column 15 · at objectives.preserve-logs.deadline`,
  );
  await expect(page.locator('[data-scenario="uploaded-drill"]')).toHaveCount(0);

  await uploadScenario(page, 'drill.yaml', own);
  await expect(page.getByText('✔ “Uploaded drill” is valid and kept for later sessions.')).toBeVisible();
  await expect(page.locator('[data-scenario="uploaded-drill"]')).toContainText('Uploaded from the console.');
  await page.getByRole('button', { name: 'Play “Uploaded drill” now' }).click();
  await expect(page.locator('[data-join-code]')).toBeVisible();
  await expect(page).toHaveURL(/\/instructor\/[A-Z0-9]+$/);
  await expect(page.locator('body')).toContainText('Uploaded drill');
  expect(errors).toEqual([]);
});
