import { type Browser, expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { E2E_KEY } from './key.js';

/**
 * What the browser tests do as people would: through the screens, by their labels and buttons.
 * Pages expose readiness through data attributes (the board's `data-board-ready`, the clock's
 * `data-game-minutes`), so nothing here sleeps.
 */
const HOUR = 60;
export const DAY = 24 * HOUR;

export interface Seated {
  page: Page;
  close(): Promise<void>;
}

/** Collects page errors: a test fails if any screen throws. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

export async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

/** The instructor opens the console with the key and creates a session; returns the join code. */
export async function createSession(page: Page, scenario: string): Promise<string> {
  await page.goto(`/instructor?key=${E2E_KEY}`);
  await page.locator(`[data-create="${scenario}"]`).click();
  const code = page.locator('[data-join-code]');
  await expect(code).toBeVisible();
  await expect(page.locator('[data-seat]').first()).toBeVisible();
  return (await code.getAttribute('data-join-code')) ?? '';
}

export async function joinTeam(
  browser: Browser,
  code: string,
  country: string,
  team: string,
  errors: string[],
): Promise<Seated> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(`/join/${code}/${country}`);
  await page.getByLabel('Team name').fill(team);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.locator('#board[data-board-ready="true"]')).toBeVisible();
  return { page, close: () => context.close() };
}

export async function control(instructor: Page, action: 'start' | 'pause'): Promise<void> {
  await instructor.locator(`[data-control="${action}"]`).click();
  await expect(instructor.locator('.clock')).toHaveAttribute(
    'data-clock-running',
    String(action === 'start'),
  );
}

/** Moves game time forward by `minutes` and waits until the team pages show it. */
export async function advance(instructor: Page, minutes: number, teams: Page[] = []): Promise<void> {
  const before = Number(await instructor.locator('.clock').getAttribute('data-game-minutes'));
  const span = advanceBy(instructor);
  await span.days.fill('0');
  await span.hours.fill('0');
  await span.minutes.fill(String(minutes));
  await instructor.locator('[data-control="advance"]').click();
  for (const page of [instructor, ...teams]) {
    await expect
      .poll(async () => Number(await page.locator('.clock').getAttribute('data-game-minutes')))
      .toBeGreaterThanOrEqual(before + minutes);
  }
}

export async function tab(page: Page, name: string): Promise<void> {
  await page.locator(`[data-tab="${name}"]`).click();
  await expect(page.locator(`[data-tab="${name}"]`)).toHaveAttribute('aria-selected', 'true');
}

/** Submits one of the panel's forms and waits for the server's answer under it. */
async function submit(page: Page, formId: string): Promise<void> {
  const form = page.locator(`[data-form="${formId}"]`);
  await form.locator('button[type="submit"]').click();
  await expect(form.locator('.result')).toBeVisible();
}

export async function expectAccepted(page: Page, formId: string): Promise<void> {
  await submit(page, formId);
  await expect(page.locator(`[data-form="${formId}"] .result`)).toHaveClass(/ok/);
}

export async function openCase(page: Page, title: string, offence: string): Promise<void> {
  await tab(page, 'casefile');
  await page.locator('#open-case--title').fill(title);
  await page.locator(`#open-case--offences-${offence}`).check();
  await expectAccepted(page, 'open-case');
  await expect(page.locator('[data-case]').first()).toBeVisible();
}

export async function takeMeasure(page: Page, kind: string, target: string): Promise<void> {
  await tab(page, 'casefile');
  await page.locator('#take-measure--caseId').selectOption({ index: 1 });
  await page.locator('#take-measure--kind').selectOption(kind);
  await page.locator('#take-measure--target').selectOption(target);
  await page.locator('#take-measure--authorisedBy').fill('Investigating judge, Port Aldo court');
  await page
    .locator('#take-measure--grounds')
    .fill('Reasonable suspicion of computer fraud against bank customers');
  await page.locator('#take-measure--scope').fill('Reports and records about the fake login page only');
  await page.locator('#take-measure--duration').fill('Thirty days from the order');
  await expectAccepted(page, 'take-measure');
}

export interface Compose {
  kind: string;
  to: string;
  offence: string;
  channel: string;
  language: string;
  evidence?: string[];
  contents: Record<string, string>;
}

/** Drafts a request in the composer, item by item; returns the page's live check text. */
export async function draft(page: Page, request: Compose): Promise<void> {
  await tab(page, 'compose');
  await page.locator('#compose--kind').selectOption(request.kind);
  await page.locator('#compose--to').selectOption(request.to);
  await page.locator('#compose--caseId').selectOption({ index: 1 });
  await page.locator('#compose--offence').selectOption(request.offence);
  await page.locator('#compose--channel').selectOption(request.channel);
  await page.locator('#compose--language').selectOption(request.language);
  for (const id of request.evidence ?? []) await page.locator(`#compose--evidence-${id}`).check();
  for (const [item, text] of Object.entries(request.contents))
    await page.locator(`[id="compose--contents-${item}"]`).fill(text);
}

/** The id of the newest request exchanged with another country (the lists are newest first). */
export async function newestRequest(page: Page, other: string): Promise<string> {
  await tab(page, 'requests');
  const row = page.locator('.request-list tbody tr', { hasText: other }).first();
  await expect(row).toBeVisible();
  return (await row.getAttribute('data-request')) ?? '';
}

export async function openRequest(page: Page, id: string): Promise<void> {
  await tab(page, 'requests');
  await page.locator(`tr[data-request="${id}"] button`).click();
  await expect(page.locator(`[data-request-detail="${id}"]`)).toBeVisible();
}

/** Everything a country's page shows, panel by panel (for secrecy checks). */
export async function allText(page: Page): Promise<string> {
  let text = '';
  for (const name of ['briefing', 'casefile', 'requests', 'compose', 'jurisdiction', 'directory', 'log']) {
    await tab(page, name);
    text += await page.locator('body').innerText();
  }
  return text;
}

/** Aldoria's preservation request to Borealis for the hosting logs, by the 24/7 network, without its contents. */
export const LOGS_PRESERVATION = {
  kind: 'preservation',
  to: 'borealis',
  offence: 'credential-phishing',
  channel: '24-7-network',
  language: 'en',
  evidence: ['hosting-logs'],
};

/** What Aldoria's first request asks for when only its authority is filled in: the composer finds items missing. */
export const INCOMPLETE_PRESERVATION = {
  ...LOGS_PRESERVATION,
  contents: { authority: 'National Cybercrime Centre' },
};

export const PRESERVATION_CONTENTS = {
  authority: 'National Cybercrime Centre of Aldoria, 24/7 desk',
  'offence-and-facts':
    'Computer fraud: a fake Harbourline login page stole credentials and money from 312 customers',
  'data-and-link': 'Access logs of the server hosting the fake page, which show who administered it',
  'custodian-or-location': 'Northwind Hosting, in Borealis, which rents the server',
  necessity: 'Northwind deletes traffic logs after 14 days; the earliest logs go soon',
  'intent-to-request-mla': 'Aldoria will send a request for the logs by mutual legal assistance',
};

export const MLA_CONTENTS = {
  'requesting-authority': 'Public Prosecutor of Port Aldo, cybercrime section',
  'nature-of-case': 'Criminal investigation into computer fraud and forgery against bank customers',
  'summary-of-facts':
    'Since 1 March a fake Harbourline login page hosted in Borealis stole credentials from 312 customers',
  'assistance-sought': 'Disclosure of the preserved access logs of the server that hosts the fake page',
  purpose: 'To identify who administered the phishing server and bring them to trial',
};

/** Acts on a request with one of its forms and waits for the answer shown on the request. */
export async function actOnRequest(
  page: Page,
  formId: string,
  requestId: string,
  outcome: 'ok' | 'rejected' = 'ok',
): Promise<void> {
  await page.locator(`[data-form="${formId}"] button[type="submit"]`).click();
  await expect(page.locator(`[data-request-result="${requestId}"] .result`)).toHaveClass(new RegExp(outcome));
}

/**
 * The tutorial's opening, as most browser tests need it: Aldoria opens its case, orders the bank's
 * fraud reports (which reveal the hosting logs), a day passes, and it asks Borealis through the
 * 24/7 network to preserve the logs, accepted.
 */
export async function preservationSent(instructor: Page, aldoria: Page, borealis: Page): Promise<void> {
  await openCase(aldoria, 'Harbourline phishing', 'credential-phishing');
  await takeMeasure(aldoria, 'production-order', 'evidence:fraud-reports');
  await advance(instructor, DAY, [aldoria, borealis]);
  await draft(aldoria, { ...LOGS_PRESERVATION, contents: PRESERVATION_CONTENTS });
  await expectAccepted(aldoria, 'compose');
}

/** The instructor's home, with the key, its scenarios listed. */
export async function instructorHome(page: Page): Promise<void> {
  await page.goto(`/instructor?key=${E2E_KEY}`);
  await expect(page.getByRole('list', { name: 'Scenarios' })).toBeVisible();
}

/** Uploads a scenario file from the instructor's home, as a person picks it with the file field. */
export async function uploadScenario(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Scenario file (.yaml)')
    .setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Check and keep' }).click();
}

/** The console's "Advance by" fields: days, hours and minutes (any whole number in each). */
export function advanceBy(instructor: Page): Record<'days' | 'hours' | 'minutes', Locator> {
  const group = instructor.getByRole('group', { name: 'Advance by' });
  return {
    days: group.getByLabel('Days', { exact: true }),
    hours: group.getByLabel('Hours', { exact: true }),
    minutes: group.getByLabel('Minutes', { exact: true }),
  };
}
