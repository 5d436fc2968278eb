import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { advance, control, createSession, joinTeam, watchErrors } from './support.js';

const HOUR = 60;

/**
 * Progress at a glance, live: the instructor watches a team fall behind the bots' model answer.
 * In the tutorial the bots have the hosting logs preserved at 26 hours (Day 2, 02:00); Aldoria
 * here does nothing, so as the clock moves past that time its lag on the objective grows, and a
 * day without a command raises a flag. At 1280x720 the dashboard is above the fold.
 */
test('the live lag view moves as a team falls behind the model path', async ({ browser }, info) => {
  const errors: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const instructor = await context.newPage();
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');

  const lag = instructor.getByRole('table', { name: 'Against the model answer' });
  const preserve = lag.getByRole('row', { name: /Preserve the hosting logs/ });
  const aldoriaLag = preserve.locator('[data-lag-team="aldoria"]');
  await expect(aldoriaLag).toHaveText(/^on track \(/);
  await expect(preserve.getByRole('cell').first()).toHaveText('Day 2, 02:00');
  const flags = instructor.locator('.attention');
  await expect(flags).toContainText('Nothing needs you now.');

  // Six hours past the model's time (and the few minutes the clock ran between start and pause).
  await advance(instructor, (26 + 6) * HOUR);
  await expect(aldoriaLag).toHaveText(/^▼ \d+h behind$/);
  const behind = Number((await aldoriaLag.textContent())?.match(/\d+/)?.[0]);
  expect(behind).toBeGreaterThanOrEqual(6);
  await expect(flags).toContainText(/Attention: Aldoria has given no command for 1d ?\d+h\./);
  await advance(instructor, 3 * HOUR);
  await expect(aldoriaLag).toHaveText(`▼ ${behind + 3}h behind`);

  // Above the fold: the dashboard's flags, rows and model path fit in the first screen.
  await instructor.evaluate(() => window.scrollTo(0, 0));
  await instructor.screenshot({ path: info.outputPath('progress.png') });
  const bottom = await lag.evaluate((table) => table.getBoundingClientRect().bottom);
  expect(bottom).toBeLessThanOrEqual(720);
  // The flags and the lag view, with their colours, pass axe-core (the console's whole check is axe.spec.ts).
  const { violations } = await new AxeBuilder({ page: instructor }).include('.dashboard').analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(errors).toEqual([]);
  for (const team of [aldoria, borealis]) await team.close();
  await context.close();
});
