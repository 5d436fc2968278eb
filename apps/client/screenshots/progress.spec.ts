import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { advance, control, createSession, joinTeam } from '../e2e/support.js';

/** The console's dashboard with a team behind the model answer and a flag raised, at a laptop's size. */
const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

test('screenshot of progress at a glance', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const instructor = await context.newPage();
  const code = await createSession(instructor, 'tutorial');
  const errors: string[] = [];
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await advance(instructor, 35 * 60);
  await expect(instructor.locator('[data-lag-team="aldoria"]').first()).toContainText('behind');
  await instructor.evaluate(() => window.scrollTo(0, 0));
  await instructor.screenshot({ path: `${OUT}progress-1280x720.png` });
  await aldoria.close();
  await borealis.close();
  await context.close();
});
