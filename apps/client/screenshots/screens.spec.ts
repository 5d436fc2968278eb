import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import {
  advance,
  control,
  createSession,
  joinTeam,
  newestRequest,
  openRequest,
  preservationSent,
  tab,
} from '../e2e/support.js';

/** The team screen, the console and the projector of a tutorial a day in, at a laptop's size and a projector's. */
const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function save(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // The top of the screen, as a person opening it sees it (an action may have scrolled it).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}${name}-${size.width}x${size.height}.png` });
  }
}

test('screenshots of the team screen, the console and the projector', async ({
  browser,
  page: instructor,
}) => {
  const code = await createSession(instructor, 'tutorial');
  const errors: string[] = [];
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await preservationSent(instructor, aldoria.page, borealis.page);
  const preservation = await newestRequest(aldoria.page, 'Borealis');
  await openRequest(aldoria.page, preservation);
  await advance(instructor, 6 * 60, [aldoria.page, borealis.page]);
  await tab(aldoria.page, 'casefile');
  await save(aldoria.page, 'team');
  await save(instructor, 'console');
  const projector = await (await browser.newContext()).newPage();
  await projector.goto(`/watch/${code}`);
  await expect(projector.locator('#board[data-board-ready="true"]')).toBeVisible();
  await save(projector, 'projector');
  await aldoria.close();
  await borealis.close();
});
