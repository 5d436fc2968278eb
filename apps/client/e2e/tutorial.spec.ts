import { expect, test } from '@playwright/test';
import {
  actOnRequest,
  advance,
  control,
  createSession,
  DAY,
  draft,
  expectAccepted,
  INCOMPLETE_PRESERVATION,
  joinTeam,
  MLA_CONTENTS,
  newestRequest,
  openCase,
  openRequest,
  PRESERVATION_CONTENTS,
  shot,
  tab,
  takeMeasure,
  watchErrors,
} from './support.js';

/**
 * The tutorial, played from start to end by an instructor and two teams in separate browser
 * contexts: create, join by code, preserve through the 24/7 network, answer, ask for the data by
 * mutual legal assistance, see the evidence arrive, end the session.
 */
test('the tutorial, played through by an instructor and two teams', async ({
  browser,
  page: instructor,
}, info) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  await shot(instructor, info, 'instructor-console');

  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await expect(instructor.locator('[data-seat="aldoria"]')).toContainText('Table 1');
  await control(instructor, 'start');
  await control(instructor, 'pause');
  await shot(aldoria.page, info, 'team-briefing');

  // Aldoria opens its case and orders the bank's fraud reports at home.
  await openCase(aldoria.page, 'Harbourline phishing', 'credential-phishing');
  await takeMeasure(aldoria.page, 'production-order', 'evidence:fraud-reports');
  await advance(instructor, DAY, [aldoria.page]);
  await tab(aldoria.page, 'casefile');
  // The reports reveal the hosting logs in Borealis, to be deleted in days.
  await expect(aldoria.page.locator('[data-evidence="hosting-logs"]')).toContainText('deleted in');
  await shot(aldoria.page, info, 'team-casefile');

  // The composer shows what is missing before sending, with the article.
  await draft(aldoria.page, INCOMPLETE_PRESERVATION);
  await expect(aldoria.page.locator('#composer-check')).toContainText('Art. 42');
  await expect(aldoria.page.locator('#composer-check .blocking').first()).toBeVisible();
  await shot(aldoria.page, info, 'team-composer');
  await draft(aldoria.page, {
    kind: 'preservation',
    to: 'borealis',
    offence: 'credential-phishing',
    channel: '24-7-network',
    language: 'en',
    contents: PRESERVATION_CONTENTS,
  });
  await expect(aldoria.page.locator('#composer-check')).toContainText('Nothing is missing');
  await expectAccepted(aldoria.page, 'compose');
  const preservation = await newestRequest(aldoria.page, 'Borealis');

  // Borealis is told, opens the request and executes it.
  await expect(borealis.page.locator('[data-notice="arrival"]').first()).toBeVisible();
  await openRequest(borealis.page, preservation);
  await shot(borealis.page, info, 'team-request-received');
  await actOnRequest(borealis.page, `execute-${preservation}`, preservation);
  await advance(instructor, DAY, [aldoria.page, borealis.page]);
  await tab(aldoria.page, 'casefile');
  await expect(aldoria.page.locator('[data-evidence="hosting-logs"]')).toContainText('preserved');

  // Aldoria asks for the data itself, by mutual legal assistance through the central authority.
  await draft(aldoria.page, {
    kind: 'stored-data',
    to: 'borealis',
    offence: 'credential-phishing',
    channel: 'central-authority',
    language: 'en',
    evidence: ['hosting-logs'],
    contents: MLA_CONTENTS,
  });
  await expectAccepted(aldoria.page, 'compose');
  // It reaches Borealis's central authority in office hours, the next morning there.
  await advance(instructor, DAY, [aldoria.page, borealis.page]);
  await tab(borealis.page, 'requests');
  const mla = await borealis.page
    .locator('.request-list tbody tr', { hasText: 'access to stored data' })
    .first()
    .getAttribute('data-request');
  await openRequest(borealis.page, mla ?? '');
  await actOnRequest(borealis.page, `execute-${mla}`, mla ?? '');
  await advance(instructor, 4 * DAY, [aldoria.page, borealis.page]);
  await tab(aldoria.page, 'casefile');
  await expect(aldoria.page.locator('[data-evidence="hosting-logs"]')).toContainText('obtained');
  await tab(aldoria.page, 'log');
  await expect(aldoria.page.locator('.log')).toContainText('obtained');
  await shot(aldoria.page, info, 'team-log');

  // The observer's projector shows the public board: both requests are done, the logs obtained.
  const projector = await browser.newPage();
  watchErrors(projector, errors);
  await projector.goto(`/watch/${code}`);
  await expect(projector.locator('#board[data-board-ready="true"]')).toBeVisible();
  await expect(projector.getByText('No request in flight.')).toBeVisible();
  await expect(
    projector
      .getByRole('listitem')
      .filter({ hasText: 'Obtain the hosting logs by mutual legal assistance' })
      .first(),
  ).toContainText('✔');
  await shot(projector, info, 'observer');

  // The instructor ends the session; the teams are told.
  instructor.once('dialog', (dialog) => void dialog.accept());
  await instructor.locator('[data-control="end"]').click();
  await expect(aldoria.page.locator('.banner')).toContainText('The session has ended');
  await shot(instructor, info, 'instructor-ended');
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
