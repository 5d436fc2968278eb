import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { E2E_KEY } from './key.js';
import {
  actOnRequest,
  advance,
  control,
  DAY,
  draft,
  expectAccepted,
  joinTeam,
  LOGS_PRESERVATION,
  newestRequest,
  openCase,
  openRequest,
  PRESERVATION_CONTENTS,
  takeMeasure,
  watchErrors,
} from './support.js';

/**
 * The bugs a workshop found, on one tutorial session: the console opened on `localhost` tells the
 * room the address the server listens on; *Fire now* says when the inject fired; the debrief and
 * the report count days as the clock does; the debrief's details close and never cover the replay.
 */

/** Whether what is drawn at the middle of `locator` is the element itself (nothing lies over it). */
async function uncovered(locator: Locator): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}

/** The day an outcome's time says ("met Day 2, 09:00") and the day its sentence says ("Met on day 2"). */
function days(text: string): [string, string] {
  const [, shown = '', said = ''] = /Day (\d+), \d\d:\d\d[\s\S]*?Met on day (\d+)/.exec(text) ?? [];
  return [shown, said];
}

async function gameMinutes(page: Page): Promise<number> {
  return Number(await page.locator('.clock').getAttribute('data-game-minutes'));
}

test('the room: addresses, fire now, days, and the debrief details', async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  await instructor.setViewportSize({ width: 1280, height: 720 });
  // The instructor's own browser opened the console on localhost; the server listens on 127.0.0.1.
  const served = new URL(test.info().project.use.baseURL ?? '');
  await instructor.goto(`http://localhost:${served.port}/instructor?key=${E2E_KEY}`);
  await instructor.locator('[data-create="tutorial"]').click();
  const code = (await instructor.locator('[data-join-code]').getAttribute('data-join-code')) ?? '';
  const aldoriaLink = instructor.getByRole('link', { name: `${served.origin}/join/${code}/aldoria` });
  await expect(aldoriaLink).toHaveAttribute('href', `${served.origin}/join/${code}/aldoria`);
  await expect(instructor.getByRole('link', { name: `${served.origin}/watch/${code}` })).toBeVisible();
  await expect(instructor.getByText(`Open ${served.origin}/ and type the code`)).toBeVisible();
  await expect(instructor.getByRole('link', { name: /localhost/ })).toHaveCount(0);

  // The objective to preserve the logs is met, on a day the debrief will name.
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await openCase(aldoria.page, 'Harbourline phishing', 'credential-phishing');
  await takeMeasure(aldoria.page, 'production-order', 'evidence:fraud-reports');
  await advance(instructor, DAY, [aldoria.page]);
  await draft(aldoria.page, { ...LOGS_PRESERVATION, contents: PRESERVATION_CONTENTS });
  await expectAccepted(aldoria.page, 'compose');
  const preservation = await newestRequest(aldoria.page, 'Borealis');
  await openRequest(borealis.page, preservation);
  await actOnRequest(borealis.page, `execute-${preservation}`, preservation);
  // An MLA request sent without its contents goes, recorded as a violation: the debrief's longest details.
  await draft(aldoria.page, {
    kind: 'stored-data',
    to: 'borealis',
    offence: 'credential-phishing',
    channel: 'central-authority',
    language: 'en',
    evidence: ['hosting-logs'],
    contents: { 'requesting-authority': 'Public Prosecutor of Port Aldo' },
  });
  await expectAccepted(aldoria.page, 'compose');

  // Fire now at Day 4, 08:23: it fired then, not when it was scheduled (Day 5, 00:00).
  await advance(instructor, 3 * DAY + 8 * 60 + 23 - (await gameMinutes(instructor)));
  const kit = instructor.locator('tr', {
    has: instructor.getByRole('rowheader', { name: 'A new kit appears' }),
  });
  await kit.getByRole('button', { name: 'Fire now' }).click();
  // On the exercise timeline: when it fired, and its status in words.
  await expect(kit.getByRole('cell').first()).toHaveText('Day 4, 08:23');
  await expect(kit.locator('td[data-inject-status]')).toHaveText('✔ fired');

  instructor.once('dialog', (dialog) => void dialog.accept());
  await instructor.locator('[data-control="end"]').click();
  await expect(aldoria.page.locator('.banner')).toContainText('The session has ended');
  await instructor.locator('[data-link="debrief"]').click();
  await expect(instructor.locator('.timeline .lane')).toHaveCount(3);

  // The debrief and the report say the day an objective was met as its time does.
  const preserved = instructor.getByRole('row', { name: /Preserve the hosting logs/ });
  const [shown, said] = days(await preserved.innerText());
  expect(shown).not.toBe('');
  expect(said).toBe(shown);

  // A mark's details sit beside the timeline, close with their button, and never cover the replay.
  // Chosen from the keyboard: at 1280 wide a later mark may lie over part of it (noted, not fixed here).
  await instructor.locator('.lane[data-lane="aldoria"] .mark.ruling').first().focus();
  await instructor.keyboard.press('Enter');
  const details = instructor.locator('#item-details');
  await expect(details.locator('.violation')).toContainText('Art. 40');
  await instructor.locator('#replay-seat').selectOption('borealis');
  expect(await uncovered(instructor.getByRole('button', { name: 'Play' }))).toBe(true);
  expect(await uncovered(instructor.getByRole('heading', { name: 'What Borealis knew' }))).toBe(true);
  await details.getByRole('button', { name: 'Close the details' }).click();
  await expect(details.getByRole('heading', { level: 3 })).toHaveCount(0);

  const download = instructor.waitForEvent('download');
  await instructor.locator('[data-action="report"]').click();
  const html = await readFile(await (await download).path(), 'utf8');
  const row = /<tr><th scope="row">Preserve the hosting logs[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
  expect(days(row)).toEqual([shown, shown]);
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
