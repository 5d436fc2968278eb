import { expect, test } from '@playwright/test';
import { createSession, joinTeam, watchErrors } from './support.js';

/**
 * The instructor removes a team that should not be there: its page says so and stops, a reload
 * does not take the seat back, and the right team can join once the instructor opens the seat.
 */
test('the instructor removes a team from its seat', async ({ browser, page: instructor }) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const intruder = await joinTeam(browser, code, 'aldoria', 'Table 9', errors);
  await expect(instructor.locator('[data-seat="aldoria"]')).toContainText('Table 9');

  instructor.once('dialog', (dialog) => void dialog.accept());
  await instructor.getByRole('button', { name: 'Remove the team of Aldoria' }).click();

  await expect(intruder.page.getByRole('alert')).toContainText(
    'This seat is no longer valid: The instructor removed this seat from the session.',
  );
  await expect(instructor.locator('[data-seat="aldoria"] [data-lock-state]')).toHaveText('Locked');
  await expect(
    instructor.locator('[data-seat="aldoria"]').getByRole('button', { name: 'Unlock' }),
  ).toBeVisible();
  await expect(instructor.locator('[data-seat="aldoria"]')).not.toContainText('Table 9');

  // A reload finds no seat to take back: the join form, and the country is locked.
  await intruder.page.reload();
  await expect(intruder.page.getByLabel('Team name')).toBeVisible();
  await intruder.page.getByLabel('Team name').fill('Table 9 again');
  await intruder.page.getByRole('button', { name: 'Join' }).click();
  await expect(intruder.page.getByText('The instructor has locked this country')).toBeVisible();

  // The instructor opens the seat for the right team.
  await instructor.locator('[data-seat="aldoria"]').getByRole('button', { name: 'Unlock' }).click();
  const right = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  await expect(instructor.locator('[data-seat="aldoria"]')).toContainText('Table 1');
  expect(errors).toEqual([]);
  await intruder.close();
  await right.close();
});
