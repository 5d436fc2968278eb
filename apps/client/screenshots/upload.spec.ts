import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { instructorHome, uploadScenario } from '../e2e/support.js';

/** The console's home: a scenario upload refused with its problems, then the same file fixed and kept. */
const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function save(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${OUT}${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
}

test('screenshots of a scenario uploaded from the console: refused, then kept', async ({ page }) => {
  const tutorial = await readFile(new URL('../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
  const own = tutorial
    .replace('id: tutorial\n', 'id: harbour-drill\n')
    .replace(/^title: .*$/m, 'title: "Harbour drill"');
  await instructorHome(page);
  await uploadScenario(page, 'harbour-drill.yaml', own.replace('    deadline: 5d\n', '    deadline: soon\n'));
  await expect(page.getByRole('heading', { name: 'Problems in harbour-drill.yaml' })).toBeFocused();
  await page.locator('.upload').scrollIntoViewIfNeeded();
  await save(page, 'upload-refused');
  await uploadScenario(page, 'harbour-drill.yaml', own);
  await expect(page.getByRole('button', { name: 'Play “Harbour drill” now' })).toBeVisible();
  await save(page, 'upload-kept');
});
