import { expect, test } from '@playwright/test';
import { control, createSession, joinTeam, openCase, preservationSent } from '../e2e/support.js';
import { save } from './save.js';

/**
 * A fork (issue 15, part 8): the debrief's fork control below the replay, and the new session's
 * debrief comparing its two branches (Aldoria opened another case instead of waiting).
 */
test('screenshots of the fork control and of a fork’s two branches', async ({
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
  await instructor.goto(`/debrief/${code}`);
  const fork = instructor.getByRole('form', { name: 'Start a new session from a moment' });
  await fork.getByRole('spinbutton', { name: 'Day' }).fill('1');
  await fork.getByLabel('Time').fill('12:00');
  await fork.getByRole('button', { name: 'Start a new session from here' }).click();
  const open = fork.getByRole('link', { name: /^Open the console of session / });
  await expect(open).toBeVisible();
  await fork.scrollIntoViewIfNeeded();
  await save(instructor, 'fork-control');
  const forkCode = ((await open.getAttribute('href')) ?? '').split('/').pop() ?? '';
  const again = await joinTeam(browser, forkCode, 'aldoria', 'Table 3', errors);
  await openCase(again.page, 'Kite’s second kit', 'credential-phishing');
  await instructor.goto(`/debrief/${forkCode}`);
  const branches = instructor.getByRole('region', { name: /^Two branches/ });
  await expect(branches).toBeVisible();
  await branches.scrollIntoViewIfNeeded();
  await save(instructor, 'fork-branches');
  for (const seated of [aldoria, borealis, again]) await seated.close();
});
