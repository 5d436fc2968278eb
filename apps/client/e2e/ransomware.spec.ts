import { expect, test } from '@playwright/test';
import {
  actOnRequest,
  advance,
  control,
  createSession,
  DAY,
  draft,
  expectAccepted,
  joinTeam,
  newestRequest,
  openCase,
  openRequest,
  shot,
  takeMeasure,
  watchErrors,
} from './support.js';

/**
 * The ransomware scenario with two human teams (Veltria, Lorvane) and bots for Sahrun and
 * Orvalho: Veltria preserves the ransom portal's logs in Lorvane through the 24/7 network;
 * Lorvane first tries to refuse on bank secrecy, which the engine rejects citing the article,
 * then executes.
 */
test('ransomware: a refusal on an unlawful ground is rejected with its article', async ({
  browser,
  page: instructor,
}, info) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'ransomware');
  const veltria = await joinTeam(browser, code, 'veltria', 'Veltria desk', errors);
  const lorvane = await joinTeam(browser, code, 'lorvane', 'Lorvane desk', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  // The countries no team joined are played by bots.
  await expect(instructor.locator('[data-seat="sahrun"]')).toContainText('Bot plays');
  await expect(instructor.locator('[data-seat="veltria"]')).toContainText('No bot');

  await openCase(veltria.page, 'San Aurelio ransomware', 'san-aurelio-attack');
  await takeMeasure(veltria.page, 'production-order', 'evidence:ransom-note');
  await advance(instructor, DAY, [veltria.page, lorvane.page]);
  await draft(veltria.page, {
    kind: 'preservation',
    to: 'lorvane',
    offence: 'san-aurelio-attack',
    channel: '24-7-network',
    language: 'en',
    evidence: ['portal-logs'],
    contents: {
      authority: 'Veltrian cybercrime unit, 24/7 point of contact',
      'offence-and-facts': 'Ransomware attack on Hospital San Aurelio that encrypted its systems',
      'data-and-link': 'Access logs of the ransom negotiation server, which show who ran it',
      'custodian-or-location': 'Brumeval Hosting in Lorvane, which hosts the negotiation server',
      necessity: 'Brumeval deletes traffic logs after 21 days and the oldest go within days',
      'intent-to-request-mla': 'Veltria will ask for the logs by mutual legal assistance',
    },
  });
  await expectAccepted(veltria.page, 'compose');
  const request = await newestRequest(veltria.page, 'Lorvane');

  await openRequest(lorvane.page, request);
  await lorvane.page.locator(`[id="refuse-${request}--ground"]`).selectOption('bank-secrecy');
  await lorvane.page
    .locator(`[id="refuse-${request}--reasons"]`)
    .fill('The hosting company is a client of our banks');
  await actOnRequest(lorvane.page, `refuse-${request}`, request, 'rejected');
  const ruling = lorvane.page.locator(`[data-request-result="${request}"] .result`);
  await expect(ruling).toContainText('Art. 40');
  // The rule by its title, never by its id.
  await expect(ruling).toContainText('Bank secrecy is never a ground to refuse assistance');
  await expect(ruling).not.toContainText('mla.refusal.bank-secrecy');
  await shot(lorvane.page, info, 'ruling-unlawful-refusal');

  await actOnRequest(lorvane.page, `execute-${request}`, request);
  // Veltria sees its request being executed, and no ruling against it: the unlawful refusal was
  // Lorvane's, and it was rejected before anything happened.
  await expect(veltria.page.locator(`[data-request="${request}"] [data-status="executing"]`)).toHaveCount(1);
  await expect(veltria.page.locator('[data-notice="ruling"]')).toHaveCount(0);
  expect(errors).toEqual([]);
  await veltria.close();
  await lorvane.close();
});
