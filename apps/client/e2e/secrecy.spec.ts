import { expect, test } from '@playwright/test';
import {
  actOnRequest,
  advance,
  allText,
  control,
  createSession,
  DAY,
  joinTeam,
  newestRequest,
  openRequest,
  preservationSent,
  watchErrors,
} from './support.js';

/**
 * A team's page never shows what only another country knows: its facts, its private briefing,
 * the suspect's name before identification. Checked in the rendered DOM of every panel, before
 * and after the two teams have exchanged a request.
 */
const ALDORIA_ONLY = [
  'Since 1 March, 312 Harbourline Bank customers entered their credentials',
  'The fake page is served from a server rented from Northwind Hosting',
  'Three hundred customers of Harbourline Bank have lost',
];
const BOREALIS_ONLY = ['Your hosting industry is large and your providers keep logs for only 14'];
const NOBODY_YET = ['Mara Venn', 'The AldoNet subscriber behind that address'];

test("a team's page never shows another team's secrets", async ({ browser, page: instructor }) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await joinTeam(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await joinTeam(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');

  const check = async () => {
    const seenByBorealis = await allText(borealis.page);
    const seenByAldoria = await allText(aldoria.page);
    for (const secret of [...ALDORIA_ONLY, ...NOBODY_YET]) expect(seenByBorealis).not.toContain(secret);
    for (const secret of [...BOREALIS_ONLY, ...NOBODY_YET]) expect(seenByAldoria).not.toContain(secret);
    // Each does see its own.
    expect(seenByAldoria).toContain(ALDORIA_ONLY[0]);
    expect(seenByBorealis).toContain(BOREALIS_ONLY[0]);
  };
  await check();

  await preservationSent(instructor, aldoria.page, borealis.page);
  const request = await newestRequest(aldoria.page, 'Borealis');
  await openRequest(borealis.page, request);
  await actOnRequest(borealis.page, `execute-${request}`, request);
  await advance(instructor, DAY, [aldoria.page, borealis.page]);
  await check();
  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
