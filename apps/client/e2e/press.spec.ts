import { expect, type Locator, type Page, test } from '@playwright/test';
import { advance, advanceBy, createSession, joinTeam, watchErrors } from './support.js';

/**
 * A click is a press and a release on the same button; a redraw between the two used to replace
 * the button, and the click was lost (the instructor's "Advance" did nothing, about one run in ten
 * of the debrief test). Here an update is made to happen while the button is held down, and the
 * click must still count: on the instructor's console, which patches itself in place (the button
 * is the same element after the update), and on a team's tabs.
 */
async function press(page: Page, button: Locator): Promise<void> {
  await button.hover();
  await page.mouse.down();
}

const gameMinutes = async (page: Page) =>
  Number(await page.locator('.clock').getAttribute('data-game-minutes'));

test('a button held down while the screen updates still clicks', async ({ browser, page: instructor }) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');

  // The instructor's console: "Advance" held while an update changes the console (a team joins,
  // and its seat fills); the console has no timer to redraw it any more.
  await advanceBy(instructor).minutes.fill('30');
  const before = await gameMinutes(instructor);
  await press(instructor, instructor.locator('[data-control="advance"]'));
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  await expect(instructor.locator('[data-seat="aldoria"]')).toContainText('Table 1');
  await instructor.mouse.up();
  await expect.poll(() => gameMinutes(instructor)).toBeGreaterThanOrEqual(before + 30);

  // A team's tab held while an update redraws the page: the instructor moves the clock, and the
  // team's clock shows it before the tab is released.
  const requests = aldoria.page.locator('[data-tab="requests"]');
  await expect(requests).toHaveAttribute('aria-selected', 'false');
  const teamBefore = await gameMinutes(aldoria.page);
  await press(aldoria.page, requests);
  await advance(instructor, 30, [aldoria.page]);
  expect(await gameMinutes(aldoria.page)).toBeGreaterThanOrEqual(teamBefore + 30);
  await aldoria.page.mouse.up();
  await expect(requests).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
  await aldoria.close();
});

test('a value selected when the console updates is still replaced by what is typed', async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const { minutes } = advanceBy(instructor);
  await expect(minutes).toHaveAttribute('type', 'number');
  await minutes.fill('60');
  await minutes.selectText();
  // The console updates (a team joins): the field is left as it is, focused, its value selected.
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  await expect(instructor.locator('[data-seat="aldoria"]')).toContainText('Table 1');
  await expect(minutes).toBeFocused();
  await instructor.keyboard.insertText('30');
  await expect(minutes).toHaveValue('30');
  expect(errors).toEqual([]);
  await aldoria.close();
});
