import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_KEY } from './key.js';
import { overflowing, untranslated } from './pseudo-check.js';
import {
  control,
  DAY,
  draft,
  expectAccepted,
  INCOMPLETE_PRESERVATION,
  LOGS_PRESERVATION,
  newestRequest,
  openCase,
  openRequest,
  PRESERVATION_CONTENTS,
  type Seated,
  tab,
  takeMeasure,
  watchErrors,
} from './support.js';

/**
 * Crossborder in another language, seat by seat: in one tutorial session Aldoria plays in Arabic
 * (right to left) and Borealis in French, the console and the report are read in both, and each
 * screen is saved (`ar-team.png`, `fr-composer.png`...) and passes axe-core. The screenshots go
 * with the test's results; `UPDATE_SCREENSHOTS=1` puts them in docs/screenshots/ instead, where
 * the README shows them (a test run does not change the committed tree unless asked to).
 * Then every screen in the pseudo-locale `en-XA` at 1280x720: no English outside the catalogue, no
 * text cut off, nothing wider than the window.
 */
const SIZE = { width: 1280, height: 720 };
const DOCS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const BLOCKING = new Set(['serious', 'critical']);
const TEAM_TABS = ['briefing', 'casefile', 'requests', 'compose', 'jurisdiction', 'directory', 'log'];
const MOOT_REASONING =
  'The fraud was committed on our territory against our residents, and the servers are here.';

async function blocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** A seat taken in `lang` (the join form by its field and button, whatever their words). */
async function joinIn(
  browser: Browser,
  code: string,
  country: string,
  team: string,
  lang: string,
  errors: string[],
): Promise<Seated> {
  const context = await browser.newContext({ viewport: SIZE });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(`/join/${code}/${country}?lang=${lang}`);
  await page.locator('input[name="team"]').fill(team);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#board[data-board-ready="true"]')).toBeVisible();
  return { page, close: () => context.close() };
}

/** Game time forward by `minutes` from the console, by its fields' ids (in any language). */
async function advanceAny(instructor: Page, minutes: number, teams: Page[]): Promise<void> {
  const before = Number(await instructor.locator('.clock').getAttribute('data-game-minutes'));
  await instructor.locator('#console-advance-days').fill('0');
  await instructor.locator('#console-advance-hours').fill('0');
  await instructor.locator('#console-advance-minutes').fill(String(minutes));
  await instructor.locator('[data-control="advance"]').click();
  for (const page of [instructor, ...teams])
    await expect
      .poll(async () => Number(await page.locator('.clock').getAttribute('data-game-minutes')))
      .toBeGreaterThanOrEqual(before + minutes);
}

test('the tutorial in Arabic and French, and every screen in the pseudo-locale', async ({
  browser,
}, info) => {
  const out = process.env.UPDATE_SCREENSHOTS ? DOCS : info.outputPath();
  mkdirSync(out, { recursive: true });
  const errors: string[] = [];
  const found: Record<string, string[]> = {};
  /** Saves the page as <name>.png and runs axe-core on it. */
  const keep = async (page: Page, name: string, shown?: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    if (shown) await page.locator(shown).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, `${name}.png`) });
    found[`axe ${name}`] = await blocking(page);
  };

  const console = await (await browser.newContext({ viewport: SIZE })).newPage();
  watchErrors(console, errors);
  await console.goto(`/instructor?key=${E2E_KEY}`);
  await console.locator('[data-create="tutorial"]').click();
  const code = (await console.locator('[data-join-code]').getAttribute('data-join-code')) ?? '';
  expect(code).not.toBe('');

  const scenarioTitle = 'Tutorial: the Harbourline phishing kit';
  const aldoria = await joinIn(browser, code, 'aldoria', 'Table 1', 'ar', errors);
  const borealis = await joinIn(browser, code, 'borealis', 'Table 2', 'fr', errors);
  await expect(aldoria.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(aldoria.page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(borealis.page.locator('html')).toHaveAttribute('lang', 'fr');
  await control(console, 'start');
  await control(console, 'pause');
  // The scenario's own words in French too, where the tutorial translates them (its `translations:`);
  // in Arabic, which it does not translate, as written.
  const frenchTitle = /^Tutoriel\s: le kit d’hameçonnage Harbourline$/;
  await expect(borealis.page.locator('header h1')).toHaveText(frenchTitle);
  await expect(aldoria.page.locator('header h1')).toHaveText(scenarioTitle);
  await tab(borealis.page, 'briefing');
  await expect(borealis.page.getByText(/^Vous êtes la Borealis\./)).toBeVisible();

  // Aldoria, in Arabic, opens its case, orders the bank's reports, and a day later drafts a
  // preservation request with items missing: the composer shows the ruling with its article.
  await openCase(aldoria.page, 'Harbourline phishing', 'credential-phishing');
  await takeMeasure(aldoria.page, 'production-order', 'evidence:fraud-reports');
  await advanceAny(console, DAY, [aldoria.page, borealis.page]);
  await tab(aldoria.page, 'casefile');
  await keep(aldoria.page, 'ar-team');
  await draft(aldoria.page, INCOMPLETE_PRESERVATION);
  await expect(aldoria.page.locator('#composer-check .blocking').first()).toBeVisible();
  await keep(aldoria.page, 'ar-composer', '#composer-check .blocking');
  await draft(aldoria.page, { ...LOGS_PRESERVATION, contents: PRESERVATION_CONTENTS });
  await expectAccepted(aldoria.page, 'compose');

  // Borealis, in French, opens the request it received, then drafts one of its own.
  const preservation = await newestRequest(borealis.page, 'Aldoria');
  await openRequest(borealis.page, preservation);
  await keep(borealis.page, 'fr-team');
  await openCase(borealis.page, 'Northwind', 'credential-phishing');
  await draft(borealis.page, { ...INCOMPLETE_PRESERVATION, to: 'aldoria', evidence: [] });
  await expect(borealis.page.locator('#composer-check .blocking').first()).toBeVisible();
  await keep(borealis.page, 'fr-composer', '#composer-check .blocking');

  // The console, then the team's report, in each language.
  const sessions = (await (
    await console.request.get('/api/sessions', { headers: { authorization: `Bearer ${E2E_KEY}` } })
  ).json()) as { id: string; code: string }[];
  const id = sessions.find((session) => session.code === code)?.id ?? '';
  for (const lang of ['ar', 'fr']) {
    await console.goto(`/instructor/${code}?key=${E2E_KEY}&lang=${lang}`);
    await expect(console.locator('html')).toHaveAttribute('lang', lang);
    await expect(console.locator('[data-seat]').first()).toBeVisible();
    await keep(console, `${lang}-console`);
    // The inject that fired a day in, in the console's language where the tutorial translates it.
    await expect(console.locator('header h1')).toHaveText(lang === 'fr' ? frenchTitle : scenarioTitle);
    await expect(console.locator('body')).toContainText(
      lang === 'fr' ? 'La page est mise hors ligne' : 'The page goes down',
    );
    const report = await console.request.get(`/api/sessions/${id}/teams/aldoria/report?lang=${lang}`, {
      headers: { authorization: `Bearer ${E2E_KEY}` },
    });
    expect(report.status()).toBe(200);
    const reader = await (await browser.newContext({ viewport: SIZE })).newPage();
    await reader.setContent(await report.text());
    await expect(reader.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await keep(reader, `${lang}-report`);
    await reader.close();
  }
  // The projector in French: the scenario's title and the objectives, in French.
  const projector = await (await browser.newContext({ viewport: SIZE })).newPage();
  watchErrors(projector, errors);
  await projector.goto(`/watch/${code}?lang=fr`);
  await expect(projector.locator('#board[data-board-ready="true"]')).toBeVisible();
  await expect(projector.locator('header h1')).toHaveText(frenchTitle);
  await expect(projector.getByText(/Faire conserver les journaux d’hébergement/).first()).toBeVisible();
  await keep(projector, 'fr-projector');
  await projector.close();

  // Every screen in the pseudo-locale: the words the scenario's author and the players wrote are
  // theirs; everything else must come through the catalogue, and fit.
  const { scenario } = await loadScenarioFile(
    fileURLToPath(new URL('../../../scenarios/tutorial.yaml', import.meta.url)),
  );
  const { scenario: template } = await loadScenarioFile(
    fileURLToPath(new URL('../../../scenarios/templates/minimal.yaml', import.meta.url)),
  );
  const { scenario: moot } = await loadScenarioFile(
    fileURLToPath(new URL('../../../scenarios/fraud-ring.yaml', import.meta.url)),
  );
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
  const calendar = (locale: string) => [
    ...Array.from({ length: 7 }, (_, day) =>
      new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
        Date.UTC(2024, 0, day + 1),
      ),
    ),
    ...Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, month, 1)),
    ),
  ];
  const languageNames = ['English', 'Français', 'Español', 'العربية'];
  const allowed = {
    data: [
      // The tutorial's words, the studio's template (its draft's outline), the moot court's case.
      ...strings(scenario),
      ...strings(template),
      ...strings(moot),
      ...[MOOT_REASONING, 'Table 3', 'Judge Amara', 'Sound basis.'],
      ...Object.values(PRESERVATION_CONTENTS),
      ...['Table 1', 'Table 2', 'Harbourline phishing', 'Northwind', 'National Cybercrime Centre', code],
      // The addresses the console gives the room.
      ...['aldoria', 'borealis'].map((country) => `${new URL(console.url()).origin}/join/${code}/${country}`),
      `${new URL(console.url()).origin}/watch/${code}`,
      ...calendar('en'),
      ...languageNames,
      'Crossborder',
    ],
  };
  const check = async (name: string, page: Page) => {
    found[`untranslated ${name}`] = await untranslated(page, allowed);
    found[`overflowing ${name}`] = await overflowing(page);
  };
  const joining = await (await browser.newContext({ viewport: SIZE })).newPage();
  await joining.goto(`/join/${code}?lang=en-XA`);
  await expect(joining.locator('h1')).toBeVisible();
  await check('join', joining);
  await aldoria.page.goto(`/join/${code}/aldoria?lang=en-XA`);
  await expect(aldoria.page.locator('#board[data-board-ready="true"]')).toBeVisible();
  for (const name of TEAM_TABS) {
    await tab(aldoria.page, name);
    await check(`team ${name}`, aldoria.page);
  }
  await console.goto(`/instructor/${code}?key=${E2E_KEY}&lang=en-XA`);
  await expect(console.locator('[data-seat]').first()).toBeVisible();
  // The join links once the server has said where the room reaches it (a path alone until then).
  await expect(console.locator('a[data-link="aldoria"]')).toHaveText(/^https?:\/\//);
  await check('console', console);
  await joining.goto(`/watch/${code}?lang=en-XA`);
  await expect(joining.locator('#board[data-board-ready="true"]')).toBeVisible();
  await check('projector', joining);
  // The instructor's look through a team's seat: the team's tabs, read-only, with its banner.
  await console.goto(`/look/${code}/aldoria?key=${E2E_KEY}&lang=en-XA`);
  await expect(console.locator('#board[data-board-ready="true"]')).toBeVisible();
  for (const name of TEAM_TABS) {
    await tab(console, name);
    await check(`look ${name}`, console);
  }
  // The HTML reports, the team's and the session's, as a reader's browser shows them.
  for (const path of ['teams/aldoria/report', 'report']) {
    const report = await console.request.get(`/api/sessions/${id}/${path}?lang=en-XA`, {
      headers: { authorization: `Bearer ${E2E_KEY}` },
    });
    expect(report.status()).toBe(200);
    const reader = await (await browser.newContext({ viewport: SIZE })).newPage();
    await reader.setContent(await report.text());
    await check(`report ${path}`, reader);
    await reader.close();
  }
  await console.goto(`/debrief/${code}?key=${E2E_KEY}&lang=en-XA`);
  await expect(console.locator('.timeline .lane').first()).toBeVisible();
  await check('debrief', console);
  await console.goto(`/studio?key=${E2E_KEY}&lang=en-XA`);
  await expect(console.locator('.cm-editor')).toBeVisible();
  await check('studio', console);

  // A moot court: a team's reasoning filed, then a juror's join page and screen, a score given.
  await console.goto(`/instructor?key=${E2E_KEY}&lang=en-XA`);
  await console.locator('#moot-fraud-ring').check();
  await console.locator('[data-create="fraud-ring"]').click();
  const mootCode = (await console.locator('[data-join-code]').getAttribute('data-join-code')) ?? '';
  const lumeria = await joinIn(browser, mootCode, 'lumeria', 'Table 3', 'en-XA', errors);
  await control(console, 'start');
  await control(console, 'pause');
  await tab(lumeria.page, 'jurisdiction');
  await lumeria.page.locator('#claim--offence').selectOption({ index: 1 });
  await lumeria.page.locator('#claim--bases-territory').check();
  await lumeria.page.locator('#claim--reasoning').fill(MOOT_REASONING);
  await expectAccepted(lumeria.page, 'claim');
  const juryLink = (await console.locator('a[href*="/jury/"]').first().getAttribute('href')) ?? '';
  const juror = await (await browser.newContext({ viewport: SIZE })).newPage();
  watchErrors(juror, errors);
  await juror.goto(juryLink.replace('#', '?lang=en-XA#'));
  await expect(juror.locator('input[name="juror"]')).toBeVisible();
  await check('jury join', juror);
  await juror.locator('input[name="juror"]').fill('Judge Amara');
  await juror.locator('form button[type="submit"]').click();
  const sheet = juror.locator('[data-form^="jury-lumeria-"]').first();
  await sheet.locator('textarea[name="feedback"]').fill('Sound basis.');
  await sheet.locator('button[type="submit"]').click();
  await expect(sheet.locator('[data-award]')).toBeVisible();
  await check('jury', juror);
  await juror.close();
  await lumeria.close();

  expect(Object.fromEntries(Object.entries(found).filter(([, problems]) => problems.length > 0))).toEqual({});
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
