import { expect, test } from '@playwright/test';
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
import { save } from './save.js';

/** The team screen, the console and the projector of a tutorial a day in, at a laptop's size and a projector's. */
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
  await save(instructor, 'console', { top: true });
  const projector = await (await browser.newContext()).newPage();
  await projector.goto(`/watch/${code}`);
  await expect(projector.locator('#board[data-board-ready="true"]')).toBeVisible();
  await save(projector, 'projector', { top: true });
  await aldoria.close();
  await borealis.close();
});
