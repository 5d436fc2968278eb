import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { E2E_KEY } from './key.js';
import { shot, watchErrors } from './support.js';

/**
 * The scenario studio against the real server: a draft from the template, a broken reference
 * marked at its line as the author types, fixed, play-tested to a win by the bots (in the
 * studio's worker), a country's briefing previewed, saved to the server's scenario folder and started as a session.
 */
test('the studio: template, broken reference at its line, fix, play-test to a win, preview, save, start a session', async ({
  page,
}, info) => {
  const errors: string[] = [];
  watchErrors(page, errors);
  // The page's Content-Security-Policy is strict: a blocked style or worker shows here.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const template = await readFile(
    new URL('../../../scenarios/templates/minimal.yaml', import.meta.url),
    'utf8',
  );
  const line = template.split('\n').findIndex((text) => text.endsWith('holder: eastgate-hosting')) + 1;

  await page.goto(`/studio?key=${E2E_KEY}`);
  await expect(page.getByRole('heading', { name: 'Scenario studio', level: 1 })).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Scenario YAML' });
  await expect(editor).toContainText('id: my-case');
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('status')).toHaveText('No problems: the checker finds nothing to fix.');

  // A typo in a reference: the evidence's holder names no provider. Found with the editor's own
  // search (the editor draws only the lines in view), then changed by keyboard.
  await editor.click();
  await page.keyboard.press('Control+f');
  await page.keyboard.type('holder: eastgate-hosting');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect(problems.getByRole('listitem')).toHaveText(
    `Line ${line} Error at line ${line}, column 15, case.evidence.hosting-logs.holder: unknown provider "eastgate-hostin" (did you mean "eastgate-hosting"? known: eastgate-hosting)`,
  );
  // Marked inline, on that line of the editor.
  await expect(editor.locator('.cm-line', { has: page.locator('.cm-lintRange-error') })).toHaveText(
    '      holder: eastgate-hostin',
  );
  await problems.getByRole('button', { name: `Line ${line}` }).click();
  await expect(editor).toBeFocused();
  await expect(editor.locator('.cm-activeLine')).toHaveText('      holder: eastgate-hostin');

  // Fixed by completing the id: the providers the draft declares, each with its name.
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Space');
  const offered = page.getByRole('listbox');
  await expect(offered.getByRole('option')).toHaveText(['eastgate-hostingEastgate Hosting']);
  await offered.getByRole('option').click();
  await expect(editor.locator('.cm-activeLine')).toHaveText('      holder: eastgate-hosting');
  await expect(problems.getByRole('status')).toHaveText('No problems: the checker finds nothing to fix.');
  // The outline beside the editor draws the evidence chain; a box goes to its line.
  const outline = page.getByRole('region', { name: 'Outline' });
  await outline.getByRole('button', { name: /^Fact: The hosting account/ }).click();
  await expect(editor.locator('.cm-activeLine')).toHaveText('    shop-admin:');

  const play = page.getByRole('region', { name: 'Play-test' });
  await play.getByRole('button', { name: 'Play-test with bots' }).click();
  await expect(play.getByText('The bots won: 2 of 2 objectives met.')).toBeVisible();
  await shot(page, info, 'studio-play-test');

  const preview = page.getByRole('region', { name: 'Preview as a participant' });
  await preview.getByRole('button', { name: 'Preview the briefing and case file' }).click();
  await expect(preview.getByRole('heading', { name: 'Your briefing (Westland)' })).toBeVisible();
  await preview.getByLabel('Country to preview').selectOption({ label: 'Eastland' });
  await expect(preview.getByRole('heading', { name: 'Your briefing (Eastland)' })).toBeVisible();
  await expect(preview).toContainText('You are Eastland. Your hosting companies keep logs for a short time.');
  await expect(preview.getByRole('region', { name: 'The opening case file' })).toBeVisible();
  await shot(page, info, 'studio-preview');

  const save = page.getByRole('region', { name: 'Save and play' });
  await save.getByLabel('File name').fill('studio-case.yaml');
  await save.getByRole('button', { name: 'Save the draft' }).click();
  await expect(save.getByText('Saved as uploaded/studio-case.yaml. It has no errors')).toBeVisible();
  await save.getByRole('button', { name: 'Start a session from the saved draft' }).click();
  await expect(page).toHaveURL(/\/instructor\/[A-Z0-9]+$/);
  await expect(page.locator('[data-join-code]')).toBeVisible();
  await expect(page.locator('body')).toContainText('My case: a two-country draft');
  expect(errors).toEqual([]);
});
