import { expect, test } from '@playwright/test';
import { advance, control, createSession, DAY, joinTeam, openCase, tab, watchErrors } from './support.js';

/**
 * A reload and a dropped network mid-session: the team gets the same seat and the same view back
 * (with what happened meanwhile), and a banner says so while the connection is down.
 */
test('a reload and a network drop resume the same seat and view', async ({ browser, page: instructor }) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await openCase(aldoria.page, 'Harbourline phishing', 'credential-phishing');

  // A reload: no join form, the same country, the case still there.
  await aldoria.page.reload();
  await expect(aldoria.page.locator('#board[data-board-ready="true"]')).toBeVisible();
  await expect(aldoria.page.locator('.seat')).toContainText('Aldoria');
  await tab(aldoria.page, 'casefile');
  await expect(aldoria.page.locator('[data-case]')).toHaveCount(1);
  await expect(instructor.locator('[data-seat="aldoria"]')).toContainText('Table 1');

  // A network drop: the banner shows, time moves on meanwhile, and the view catches up after.
  const before = Number(await aldoria.page.locator('.clock').getAttribute('data-game-minutes'));
  await aldoria.page.context().setOffline(true);
  await expect(aldoria.page.locator('[data-connection="reconnecting"]')).toBeVisible();
  await advance(instructor, DAY);
  await aldoria.page.context().setOffline(false);
  await expect(aldoria.page.locator('[data-connection]')).toHaveCount(0);
  await expect
    .poll(async () => Number(await aldoria.page.locator('.clock').getAttribute('data-game-minutes')))
    .toBeGreaterThanOrEqual(before + DAY);
  // What the team had is still there.
  await tab(aldoria.page, 'casefile');
  await expect(aldoria.page.locator('[data-case]')).toHaveCount(1);
  expect(errors).toEqual([]);
  await aldoria.close();
});
