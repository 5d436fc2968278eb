import { expect, test } from '@playwright/test';
import { E2E_KEY } from '../e2e/key.js';
import {
  control,
  createSession,
  joinTeam,
  newestRequest,
  openRequest,
  preservationSent,
} from '../e2e/support.js';
import { save } from './save.js';

/** The instructor's read-only look through Borealis's seat, a preservation request just received, opened. */
test("screenshot of the instructor's read-only look through a team's seat", async ({
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
  const look = await (await browser.newContext()).newPage();
  await look.goto(`/look/${code}/borealis?key=${E2E_KEY}`);
  await expect(look.locator('#board[data-board-ready="true"]')).toBeVisible();
  await openRequest(look, preservation);
  await expect(look.locator('[data-form-closed]').first()).toBeVisible();
  await save(look, 'look');
  await aldoria.close();
  await borealis.close();
});
