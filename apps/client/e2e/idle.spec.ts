import { expect, type Page, test } from '@playwright/test';
import { control, createSession, joinTeam, preservationSent, tab, watchErrors } from './support.js';

/**
 * Counts the changes to the page's DOM (elements, text, attributes: everything a MutationObserver
 * sees) over `ms` milliseconds, with a sample of what changed if anything did.
 */
function mutationsOver(page: Page, ms: number): Promise<{ count: number; sample: string[] }> {
  return page.evaluate(
    (wait) =>
      new Promise<{ count: number; sample: string[] }>((resolve) => {
        let count = 0;
        const sample: string[] = [];
        const observer = new MutationObserver((records) => {
          count += records.length;
          for (const record of records.slice(0, 5 - sample.length)) {
            const target = record.target instanceof Element ? record.target : record.target.parentElement;
            sample.push(
              `${record.type} ${record.attributeName ?? ''} on ${target?.outerHTML.slice(0, 120) ?? '?'}`,
            );
          }
        });
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        setTimeout(() => {
          count += observer.takeRecords().length;
          observer.disconnect();
          resolve({ count, sample });
        }, wait);
      }),
    ms,
  );
}

/**
 * While the session is paused, a team's screen has nothing to show that changes: its countdowns
 * stand with the clock, and nothing redraws on a timer. Measured on a busy case file (evidence
 * counting down, notices, forms) for ten seconds: not one DOM mutation. Then the clock starts,
 * and the same observer sees the page move, so it was watching.
 */
test('an idle team screen changes nothing while the session is paused', async ({
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
  await expect(borealis.page.locator('[data-notice="arrival"]').first()).toBeVisible();
  await tab(aldoria.page, 'casefile');
  await expect(aldoria.page.locator('[data-evidence="hosting-logs"]')).toContainText('deleted in');
  await tab(borealis.page, 'requests');
  // Let the board draw its picture and whatever was under way settle.
  await aldoria.page.waitForTimeout(1000);

  const [onCasefile, onRequests] = await Promise.all([
    mutationsOver(aldoria.page, 10_000),
    mutationsOver(borealis.page, 10_000),
  ]);
  expect(onCasefile).toEqual({ count: 0, sample: [] });
  expect(onRequests).toEqual({ count: 0, sample: [] });

  // The clock runs: the same count sees the clock and the countdowns move.
  const running = mutationsOver(aldoria.page, 3_000);
  await control(instructor, 'start');
  expect((await running).count).toBeGreaterThan(0);
  await control(instructor, 'pause');
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
