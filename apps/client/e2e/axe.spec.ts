import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  control,
  createSession,
  draft,
  joinTeam,
  newestRequest,
  openRequest,
  preservationSent,
  tab,
  watchErrors,
} from './support.js';

/**
 * axe-core on every screen of a live tutorial session: join, each of a team's tabs, the composer
 * with a draft under way, a request opened, the console, the projector, the debrief with a mark
 * chosen, and the HTML report. No serious or critical violation anywhere. One session for all.
 */
const BLOCKING = new Set(['serious', 'critical']);

/** What axe-core finds on the page as it is now that a person would be stopped by. */
async function blocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

test('every screen passes axe-core with no serious or critical violation', async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const found: Record<string, string[]> = {};
  const check = async (name: string, page: Page) => {
    found[name] = await blocking(page);
  };
  // axe-core runs in pages of a context of their own (browser.newPage's is closed to it).
  const newPage = async () =>
    (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();

  const joining = await newPage();
  await joining.goto('/');
  await expect(joining.getByRole('heading', { level: 1 })).toBeVisible();
  await check('join', joining);
  await joining.close();

  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await preservationSent(instructor, aldoria.page, borealis.page);
  const preservation = await newestRequest(aldoria.page, 'Borealis');

  for (const name of ['briefing', 'casefile', 'jurisdiction', 'directory', 'log']) {
    await tab(aldoria.page, name);
    await check(`team: ${name}`, aldoria.page);
  }
  // The requests tab with a request chosen (its link shown as selected) and open.
  await openRequest(aldoria.page, preservation);
  await check('team: requests, one open', aldoria.page);
  await openRequest(borealis.page, preservation);
  await check('team: a request received, its actions', borealis.page);
  // The composer with a draft under way: its checklist showing what is missing.
  await draft(aldoria.page, {
    kind: 'stored-data',
    to: 'borealis',
    offence: 'credential-phishing',
    channel: 'central-authority',
    language: 'en',
    evidence: ['hosting-logs'],
    contents: { 'requesting-authority': 'Public Prosecutor of Port Aldo' },
  });
  await expect(aldoria.page.locator('#composer-check')).toContainText('Art.');
  await check('team: composer', aldoria.page);

  await check('console', instructor);
  const projector = await newPage();
  watchErrors(projector, errors);
  await projector.goto(`/watch/${code}`);
  await expect(projector.locator('#board[data-board-ready="true"]')).toBeVisible();
  await expect(projector.locator(`[data-request="${preservation}"]`)).toBeVisible();
  await check('projector', projector);
  await projector.close();

  instructor.once('dialog', (dialog) => void dialog.accept());
  await instructor.locator('[data-control="end"]').click();
  await expect(aldoria.page.locator('.banner')).toContainText('The session has ended');
  await check('console, ended', instructor);
  await instructor.locator('[data-link="debrief"]').click();
  await expect(instructor.locator('.timeline .lane')).toHaveCount(3);
  await instructor.locator('.lane[data-lane="aldoria"] .mark').first().click();
  await expect(instructor.locator('#item-details h3')).toBeVisible();
  await check('debrief', instructor);

  const download = instructor.waitForEvent('download');
  await instructor.locator('[data-action="report"]').click();
  const html = await readFile(await (await download).path(), 'utf8');
  const report = await newPage();
  await report.setContent(html);
  await check('report', report);
  await report.close();

  console.log(
    Object.entries(found)
      .map(
        ([screen, violations]) =>
          `axe ${screen}: ${violations.length === 0 ? 'clean' : violations.join('; ')}`,
      )
      .join('\n'),
  );
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
