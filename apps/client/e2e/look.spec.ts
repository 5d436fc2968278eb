import { expect, type Page, test } from '@playwright/test';
import { E2E_KEY } from './key.js';
import {
  allText,
  control,
  createSession,
  joinTeam,
  newestRequest,
  preservationSent,
  tab,
  watchErrors,
} from './support.js';

/**
 * The instructor looks through a team's seat from the console: the team's own screen, read-only,
 * exactly what that team sees (and nothing another team knows), moving live as the team acts.
 */
const ALDORIA_ONLY = 'Since 1 March, 312 Harbourline Bank customers entered their credentials';
const BOREALIS_ONLY = 'Your hosting industry is large and your providers keep logs for only 14';

/** The text of one tab's panel. */
async function panelText(page: Page, name: string): Promise<string> {
  await tab(page, name);
  return page.locator('#panel').innerText();
}

test("the instructor looks through a team's seat: its view, read-only, live", async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');

  // From the console's seats, by the link that names the country.
  await instructor.getByRole('link', { name: 'View Aldoria’s screen (read-only)' }).click();
  await expect(instructor).toHaveURL(new RegExp(`/look/${code}/aldoria$`));
  await expect(instructor.locator('#board[data-board-ready="true"]')).toBeVisible();
  const banner = instructor.getByRole('region', { name: 'Read-only view' });
  await expect(banner).toContainText('You are looking at Aldoria’s screen as its team sees it');

  // What the team sees, and not what Borealis knows; not one form to act with.
  const seen = await allText(instructor);
  expect(seen).toContain(ALDORIA_ONLY);
  expect(seen).not.toContain(BOREALIS_ONLY);
  for (const name of ['briefing', 'directory'])
    expect(await panelText(instructor, name)).toBe(await panelText(aldoria.page, name));
  for (const name of ['casefile', 'compose']) {
    await tab(instructor, name);
    await expect(instructor.locator('[data-form-closed]').first()).toBeVisible();
    await expect(instructor.locator('form, input, select, textarea')).toHaveCount(0);
  }

  // The team acts (the clock moved from a second console): the look follows, live, never reloaded.
  await tab(instructor, 'casefile');
  const second = await (await browser.newContext()).newPage();
  watchErrors(second, errors);
  await second.goto(`/instructor/${code}?key=${E2E_KEY}`);
  await preservationSent(second, aldoria.page, borealis.page);
  await expect(instructor.locator('[data-case]')).toContainText('Harbourline phishing');
  const request = await newestRequest(aldoria.page, 'Borealis');
  await tab(instructor, 'requests');
  await expect(instructor.locator(`tr[data-request="${request}"]`)).toBeVisible();
  expect(await panelText(instructor, 'requests')).toBe(await panelText(aldoria.page, 'requests'));

  // Nothing of the team's kept in this browser; back on the console, the team is still alone at its seat.
  const kept = await instructor.evaluate(() => Object.keys(localStorage));
  expect(kept.filter((key) => key.startsWith('crossborder:seen:'))).toEqual([]);
  await banner.getByRole('link', { name: 'Back to the console' }).click();
  await expect(instructor.locator('tr[data-seat="aldoria"] td').nth(1)).toHaveText('1');
  expect(errors).toEqual([]);
  await second.context().close();
  await aldoria.close();
  await borealis.close();
});
