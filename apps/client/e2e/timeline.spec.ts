import { expect, type Page, test } from '@playwright/test';
import { allText, control, createSession, joinTeam, tab, watchErrors } from './support.js';

/**
 * The facilitator's words, against the real server: an inject written live in the console's
 * form reaches its audience's notifications, news and log and is on the exercise timeline; a
 * message to one team reaches that team only (the other's page never shows it); a note pinned for
 * the debrief is seen by no team and is on the debrief's timeline, with the inject.
 */
const INJECT = {
  title: 'A journalist calls',
  message: 'A reporter from the Port Aldo Herald asks about the phishing page.',
};
const MESSAGE = 'Aldoria: your preservation request is the priority now.';
const NOTE = 'Borealis waited a long time before answering.';

/** Fills and sends one of the console's forms by its accessible name; waits for its ✔. */
async function send(
  instructor: Page,
  form: string,
  fill: (form: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  const found = instructor.getByRole('form', { name: form });
  await fill(found);
  await found.getByRole('button').last().click();
  await expect(found.getByRole('status')).toContainText('✔');
}

test('an inject written live reaches its audience; a message reaches its team only', async ({
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

  // The instructor writes an inject for both teams, by keyboard and labels only, and fires it now.
  await send(instructor, 'A new inject for the teams', async (form) => {
    await form.getByRole('textbox', { name: 'Title' }).fill(INJECT.title);
    await form.getByRole('textbox', { name: 'Message' }).fill(INJECT.message);
    await expect(form.getByRole('radio', { name: 'Every team' })).toBeChecked();
    await expect(form.getByRole('radio', { name: 'Now' })).toBeChecked();
  });
  const row = instructor.locator('tr', { has: instructor.getByRole('rowheader', { name: INJECT.title }) });
  await expect(row.locator('td[data-inject-status]')).toHaveText('✔ fired');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Every team');

  // Each team reads it: a notification, the news in the briefing, a line in the log.
  for (const team of [aldoria.page, borealis.page]) {
    await expect(team.locator('[data-notice="inject"]').filter({ hasText: INJECT.title })).toBeVisible();
    await tab(team, 'briefing');
    await expect(team.locator('ul.injects')).toContainText(INJECT.message);
    await tab(team, 'log');
    await expect(team.locator('main')).toContainText(`Inject: ${INJECT.title}.`);
  }

  // A message to Aldoria alone.
  await send(instructor, 'Message to teams', async (form) => {
    await form.getByRole('textbox', { name: 'Message' }).fill(MESSAGE);
    await form.getByRole('radio', { name: 'Chosen countries' }).check();
    await form.getByRole('checkbox', { name: 'Republic of Aldoria' }).check();
  });
  await expect(aldoria.page.locator('[data-notice="message"]')).toContainText(MESSAGE);
  await tab(aldoria.page, 'log');
  await expect(aldoria.page.locator('main')).toContainText(`Message from the instructor: ${MESSAGE}`);
  // A note for the debrief, about Borealis.
  await send(instructor, 'Note for the debrief', async (form) => {
    await form.getByRole('textbox', { name: 'Note' }).fill(NOTE);
    await form
      .getByRole('combobox', { name: 'About (optional)' })
      .selectOption({ label: 'Federation of Borealis' });
  });

  // Borealis's page, every panel, shows neither the message nor the note; Aldoria's not the note.
  const seenByBorealis = await allText(borealis.page);
  expect(seenByBorealis).toContain(INJECT.message);
  expect(seenByBorealis).not.toContain(MESSAGE);
  expect(seenByBorealis).not.toContain(NOTE);
  expect(await allText(aldoria.page)).not.toContain(NOTE);

  // The debrief's timeline holds the inject written live, the message on Aldoria's lane, the note on Borealis's.
  await instructor.locator('[data-link="debrief"]').click();
  await expect(instructor.locator('.timeline .lane')).toHaveCount(3);
  await expect(instructor.getByRole('button', { name: new RegExp(`Inject: ${INJECT.title}`) })).toBeVisible();
  await expect(instructor.locator(`.lane[data-lane="aldoria"] [aria-label*="${MESSAGE}"]`)).toHaveCount(1);
  await expect(instructor.locator(`.lane[data-lane="borealis"] [aria-label*="${NOTE}"]`)).toHaveCount(1);
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
