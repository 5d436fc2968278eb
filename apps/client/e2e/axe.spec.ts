import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { E2E_KEY } from './key.js';
import {
  control,
  createSession,
  draft,
  instructorHome,
  joinTeam,
  newestRequest,
  openRequest,
  preservationSent,
  tab,
  uploadScenario,
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

  // The console's home with an upload refused: its problems listed under the form.
  const home = await newPage();
  await instructorHome(home);
  await uploadScenario(home, 'broken.yaml', 'id: broken\ntitle: [\n');
  await expect(home.getByRole('heading', { name: 'Problems in broken.yaml' })).toBeFocused();
  await check('console home, an upload refused', home);
  await home.close();

  // The scenario studio, with a problem marked in the draft, a play-test's report and a preview.
  const studio = await newPage();
  await studio.goto(`/studio?key=${E2E_KEY}`);
  await studio.getByRole('button', { name: 'Play-test with bots' }).click();
  await expect(studio.getByText('The bots won: 2 of 2 objectives met.')).toBeVisible();
  await studio.getByRole('button', { name: 'Preview the briefing and case file' }).click();
  await expect(studio.getByRole('heading', { name: 'Your briefing (Westland)' })).toBeVisible();
  await studio.getByRole('textbox', { name: 'Scenario YAML' }).click();
  await studio.keyboard.press('Control+End');
  await studio.keyboard.type('\nunknown-field: 1');
  await expect(studio.getByRole('region', { name: 'Problems' }).getByRole('listitem')).toHaveCount(1);
  await check('studio, a problem, a play-test and a preview', studio);
  await studio.close();

  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await preservationSent(instructor, aldoria.page, borealis.page);
  const preservation = await newestRequest(aldoria.page, 'Borealis');

  for (const name of ['briefing', 'casefile', 'jurisdiction', 'directory', 'log']) {
    await tab(aldoria.page, name);
    // With the forms' optional parts open: a measure held until a time, an action day's common time.
    if (name === 'casefile') await aldoria.page.locator('#take-measure--carryOut-own').check();
    if (name === 'jurisdiction') await aldoria.page.locator('#propose--kind').selectOption('action-day');
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
  // The exercise timeline with a preview and a reschedule open, and the forms for a live inject and
  // words to the room opened out (chosen countries, a later time) with a problem said under one.
  const kit = instructor.locator('tr', {
    has: instructor.getByRole('rowheader', { name: 'A new kit appears' }),
  });
  await kit.getByText('Preview: what the teams read').click();
  await kit.getByText('Reschedule', { exact: true }).click();
  await expect(kit.getByRole('group', { name: 'Fire “A new kit appears” in' })).toBeVisible();
  const live = instructor.getByRole('form', { name: 'A new inject for the teams' });
  await live.getByRole('radio', { name: 'Chosen countries' }).check();
  await live.getByRole('radio', { name: 'Later' }).check();
  await live.getByRole('combobox', { name: 'A suspect travels' }).selectOption({ label: 'Kite' });
  await live.getByRole('button', { name: 'Send the inject' }).click();
  await expect(live.getByRole('alert')).toBeVisible();
  await instructor
    .getByRole('form', { name: 'Message to teams' })
    .getByRole('radio', { name: 'Chosen countries' })
    .check();
  await check('console: timeline, live inject and words to the room', instructor);
  // The instructor's read-only look through a team's seat, on the case file (its forms closed).
  const look = await newPage();
  watchErrors(look, errors);
  await look.goto(`/look/${code}/aldoria?key=${E2E_KEY}`);
  await expect(look.locator('#board[data-board-ready="true"]')).toBeVisible();
  await tab(look, 'casefile');
  await expect(look.locator('[data-form-closed]').first()).toBeVisible();
  await check('look: a team’s screen, read-only', look);
  await look.close();
  const projector = await newPage();
  watchErrors(projector, errors);
  await projector.goto(`/watch/${code}`);
  await expect(projector.locator('#board[data-board-ready="true"]')).toBeVisible();
  await expect(projector.locator(`[data-race="${preservation}"]`)).toContainText('Expedited preservation');
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
  // The fork control's answer (here a refusal: the session was not played that far; nothing is created).
  const fork = instructor.getByRole('form', { name: 'Start a new session from a moment' });
  await fork.getByRole('spinbutton', { name: 'Day' }).fill('99');
  await fork.getByRole('button', { name: 'Start a new session from here' }).click();
  await expect(fork.getByRole('alert')).toContainText('No session was started');
  await check('debrief: a fork refused', instructor);

  const download = instructor.waitForEvent('download');
  await instructor.locator('[data-action="report"]').click();
  const html = await readFile(await (await download).path(), 'utf8');
  const report = await newPage();
  await report.setContent(html);
  await check('report', report);
  await report.close();
  // A team's own report (the console's download) and its case file (the team's), pages like the report.
  const sessions = (await (
    await instructor.request.get('/api/sessions', { headers: { authorization: `Bearer ${E2E_KEY}` } })
  ).json()) as { id: string; code: string }[];
  const id = sessions.find((session) => session.code === code)?.id ?? '';
  const teamReport = await instructor.request.get(`/api/sessions/${id}/teams/aldoria/report`, {
    headers: { authorization: `Bearer ${E2E_KEY}` },
  });
  const own = await newPage();
  await own.setContent(await teamReport.text());
  await check('team report', own);
  await own.close();
  await tab(aldoria.page, 'casefile');
  const filed = aldoria.page.waitForEvent('download');
  await aldoria.page.locator('[data-action="casefile-export"]').click();
  const casefile = await newPage();
  await casefile.setContent(await readFile(await (await filed).path(), 'utf8'));
  await check('case file', casefile);
  await casefile.close();

  // A moot court: the console with its jury's link, and a juror's join page and screen, scored.
  await instructor.goto(`/instructor?key=${E2E_KEY}`);
  await instructor.locator('#moot-fraud-ring').check();
  await instructor.locator('[data-create="fraud-ring"]').click();
  const juryLink = instructor.getByRole('region', { name: 'The jury’s link' });
  const jurorAt = (await juryLink.getByRole('link').getAttribute('href')) ?? '';
  const juror = await newPage();
  watchErrors(juror, errors);
  await juror.goto(jurorAt);
  await expect(juror.getByLabel('Your name')).toBeFocused();
  await check('juror: join', juror);
  await juror.getByLabel('Your name').fill('Judge Amara');
  await juror.getByRole('button', { name: 'Join the jury' }).click();
  const scored = juror.getByRole('form', { name: 'Lumeria — The jurisdiction memorandum' });
  await scored.getByLabel('Feedback').fill('Sound basis.');
  await scored.getByRole('button', { name: 'Score' }).click();
  await expect(scored.locator('[data-award]')).toBeVisible();
  await check('juror: the jury’s screen, a score given', juror);
  await expect(juryLink).toContainText('Judge Amara');
  await check('console: a moot court’s jury', instructor);
  await juror.close();

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
