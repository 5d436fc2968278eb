import { expect, test } from '@playwright/test';
import { control, createSession, joinTeam, tab } from '../e2e/support.js';
import { save } from './save.js';

/**
 * The console's exercise timeline with an inject written live and a message sent (a preview open),
 * and the team's briefing that reads them.
 */
test('screenshots of the exercise timeline and of a team reading an inject written live', async ({
  browser,
  page: instructor,
}) => {
  const code = await createSession(instructor, 'tutorial');
  const errors: string[] = [];
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  const live = instructor.getByRole('form', { name: 'A new inject for the teams' });
  await live.getByRole('textbox', { name: 'Title' }).fill('A journalist calls');
  await live
    .getByRole('textbox', { name: 'Message' })
    .fill('A reporter from the Port Aldo Herald asks about the phishing page.');
  await live.getByRole('button', { name: 'Send the inject' }).click();
  await expect(live.getByRole('status')).toBeVisible();
  const words = instructor.getByRole('form', { name: 'Message to teams' });
  await words
    .getByRole('textbox', { name: 'Message' })
    .fill('Aldoria: the preservation request comes first.');
  await words.getByRole('radio', { name: 'Chosen countries' }).check();
  await words.getByRole('checkbox', { name: 'Republic of Aldoria' }).check();
  await words.getByRole('button', { name: 'Send the message' }).click();
  await expect(words.getByRole('status')).toBeVisible();
  const timeline = instructor.getByRole('region', { name: 'Exercise timeline' });
  await timeline
    .locator('tr', { has: instructor.getByRole('rowheader', { name: 'A new kit appears' }) })
    .getByText('Preview: what the teams read')
    .click();
  await timeline.scrollIntoViewIfNeeded();
  await save(instructor, 'console-timeline');
  await tab(aldoria.page, 'briefing');
  await expect(aldoria.page.locator('ul.injects')).toContainText('A journalist calls');
  await save(aldoria.page, 'team-news');
  await aldoria.close();
});
