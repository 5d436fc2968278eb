import { expect, type Page, test } from '@playwright/test';
import {
  advance,
  control,
  createSession,
  DAY,
  joinTeam,
  openCase,
  preservationSent,
  tab,
  watchErrors,
} from './support.js';

/**
 * What a team's screen shows of its requests and its evidence, row by row and cell by cell,
 * without the "New" marks (a team that has just taken its seat has read nothing yet).
 */
async function requestsAndEvidence(page: Page): Promise<{ requests: string[]; evidence: string[] }> {
  const rows = (selector: string) =>
    page.locator(selector).evaluateAll((found) =>
      found.map((row) =>
        [...row.querySelectorAll('th, td')]
          .map((cell) => {
            const copy = cell.cloneNode(true) as Element;
            for (const mark of copy.querySelectorAll('.unread-mark')) mark.remove();
            return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
          })
          .join(' | '),
      ),
    );
  await tab(page, 'requests');
  const requests = await rows('.request-list tbody tr');
  await tab(page, 'casefile');
  const evidence = await rows('[data-evidence]');
  return { requests, evidence };
}

async function caseTitles(page: Page): Promise<string> {
  await tab(page, 'casefile');
  return (await page.locator('[data-case]').allInnerTexts()).join('\n');
}

/**
 * Fork from any moment (issue 15, part 8): a session is played to day 2 (a case, a measure, a
 * preservation request), then goes on; from its debrief the instructor starts a new session at
 * that moment of day 2. The fork's teams find their screens as the original's were then, and the two
 * sessions go their own ways: what is done in one never appears in the other.
 */
test('a fork from the middle of a played session starts where it stood, then diverges', async ({
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
  await preservationSent(instructor, aldoria.page, borealis.page);
  // Early on day 2 (the clock ran a few minutes between Start and Pause): what Aldoria sees now is
  // what the fork must start from.
  const at = Number(await instructor.locator('.clock').getAttribute('data-game-minutes'));
  expect(at).toBeGreaterThanOrEqual(DAY);
  const day = String(Math.floor(at / DAY) + 1);
  const time = `${String(Math.floor((at % DAY) / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
  const then = await requestsAndEvidence(aldoria.page);
  expect(then.requests).toHaveLength(1);
  expect(then.evidence.length).toBeGreaterThan(1);
  await advance(instructor, DAY, [aldoria.page, borealis.page]);
  // A day later the original has gone on: this is not where the fork starts.
  await openCase(aldoria.page, 'Later in the original', 'credential-phishing');

  // From the debrief's fork control, at that time.
  await instructor.goto(`/debrief/${code}`);
  const fork = instructor.getByRole('form', { name: 'Start a new session from a moment' });
  await fork.getByRole('spinbutton', { name: 'Day' }).fill(day);
  await fork.getByLabel('Time').fill(time);
  await fork.getByRole('button', { name: 'Start a new session from here' }).click();
  const open = fork.getByRole('link', { name: /^Open the console of session / });
  await expect(open).toBeVisible();
  await expect(fork).toContainText(`has started from Day ${day}, ${time}`);
  const forkCode = ((await open.getAttribute('href')) ?? '').split('/').pop() ?? '';
  expect(forkCode).toMatch(/^[A-Z0-9]{6}$/);
  expect(forkCode).not.toBe(code);
  await open.click();
  await expect(instructor.locator('[data-join-code]')).toHaveAttribute('data-join-code', forkCode);
  await expect(instructor.locator('.clock')).toHaveAttribute('data-game-minutes', String(at));
  await expect(instructor.locator('.clock')).toHaveAttribute('data-clock-running', 'false');

  // The fork's teams see what the original's saw then: the same requests, the same evidence.
  const aldoria2 = await joinTeam(browser, forkCode, 'aldoria', 'Table 3', errors);
  expect(await requestsAndEvidence(aldoria2.page)).toEqual(then);

  // Each session goes its own way.
  await openCase(aldoria2.page, 'Only in the fork', 'credential-phishing');
  await openCase(aldoria.page, 'Only in the original', 'credential-phishing');
  const inFork = await caseTitles(aldoria2.page);
  const inOriginal = await caseTitles(aldoria.page);
  expect(inFork).toContain('Harbourline phishing');
  expect(inFork).toContain('Only in the fork');
  expect(inFork).not.toContain('Only in the original');
  expect(inFork).not.toContain('Later in the original');
  expect(inOriginal).toContain('Only in the original');
  expect(inOriginal).not.toContain('Only in the fork');

  // The fork's debrief compares the two branches.
  await instructor.goto(`/debrief/${forkCode}`);
  const branches = instructor.getByRole('region', { name: /^Two branches/ });
  await expect(branches).toContainText(`started from session ${code} at Day ${day}, ${time}`);
  const country = branches.locator('[data-branch-country="aldoria"]');
  await expect(country).toContainText('Aldoria opened a case: Only in the fork.');
  await expect(country).toContainText('Aldoria opened a case: Only in the original.');

  for (const seated of [aldoria, borealis, aldoria2]) await seated.close();
  expect(errors).toEqual([]);
});
