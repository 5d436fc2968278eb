import { expect, test } from '@playwright/test';
import {
  advance,
  createSession,
  DAY,
  draft,
  expectAccepted,
  joinTeam,
  openCase,
  takeMeasure,
  watchErrors,
} from './support.js';

/**
 * The projector as the back of a room reads it, at 1920x1080: a request on its way with when it
 * arrives, the evidence at risk with its countdown once the instructor shows everything, the
 * objectives under each team's name, and no text under 24 px.
 */
test('the projector shows what the room races, in letters the back row can read', async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Port Aldo cyber unit', errors);
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await room.newPage();
  watchErrors(projector, errors);
  await projector.goto(`/watch/${code}`);
  await expect(projector.getByRole('heading', { level: 1 }), errors.join('\n')).toBeVisible();
  await expect(projector.locator('#board[data-board-ready="true"]')).toBeVisible();
  await expect(projector.getByRole('heading', { name: 'What the board shows' })).toBeVisible();
  await expect(projector.getByRole('heading', { name: 'Aldoria', level: 3 })).toBeVisible();
  // Only Aldoria will know of the hosting logs: the room is not told of them.
  await expect(projector.getByText('Nothing that every team knows is at risk.')).toBeVisible();

  await openCase(aldoria.page, 'Harbourline phishing', 'credential-phishing');
  await takeMeasure(aldoria.page, 'production-order', 'evidence:fraud-reports');
  await advance(instructor, DAY, [aldoria.page]);
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

  const inFlight = projector.locator('.in-flight li').first();
  await expect(inFlight).toContainText('Aldoria → Borealis');
  await expect(inFlight).toContainText(/on its way, arrives in \d+h/);
  await expect(projector.getByText('Northwind Hosting control-panel logs')).toHaveCount(0);

  // The instructor shows everything: the logs count down for the room.
  await instructor.locator('[data-action="reveal"]').click();
  const risk = projector.locator('.at-risk li').filter({ hasText: 'Northwind Hosting control-panel logs' });
  await expect(risk).toContainText(/deleted in (\d+d ?)?(\d+h)?/);

  // Nothing on the projector is written smaller than 24 px.
  const small = await projector.evaluate(() => {
    const sizes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.visually-hidden, noscript')) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < 24) sizes.push(`${node.textContent.trim().slice(0, 40)}: ${size}px`);
    }
    return sizes;
  });
  expect(small).toEqual([]);
  const board = Number(await projector.locator('#board').getAttribute('data-board-smallest-text'));
  expect(board).toBeGreaterThanOrEqual(24);
  expect(errors).toEqual([]);
  await room.close();
  await aldoria.close();
});
