import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { instructorHome, uploadScenario } from '../e2e/support.js';
import { save } from './save.js';

/** The console's home: a scenario upload refused with its problems, then the same file fixed and kept. */
test('screenshots of a scenario uploaded from the console: refused, then kept', async ({ page }) => {
  const tutorial = await readFile(new URL('../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
  const own = tutorial
    .replace('id: tutorial\n', 'id: harbour-drill\n')
    .replace(/^title: .*$/m, 'title: "Harbour drill"');
  await instructorHome(page);
  await uploadScenario(page, 'harbour-drill.yaml', own.replace('    deadline: 5d\n', '    deadline: soon\n'));
  await expect(page.getByRole('heading', { name: 'Problems in harbour-drill.yaml' })).toBeFocused();
  await page.locator('.upload').scrollIntoViewIfNeeded();
  await save(page, 'upload-refused', { fullPage: true });
  await uploadScenario(page, 'harbour-drill.yaml', own);
  await expect(page.getByRole('button', { name: 'Play “Harbour drill” now' })).toBeVisible();
  await save(page, 'upload-kept', { fullPage: true });
});
