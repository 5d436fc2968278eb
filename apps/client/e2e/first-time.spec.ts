import AxeBuilder from '@axe-core/playwright';
import { EN, translate } from '@crossborder/i18n';
import { contentKey, REQUEST_KINDS } from '@crossborder/scenario';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import {
  advance,
  control,
  createSession,
  DAY,
  MLA_CONTENTS,
  PRESERVATION_CONTENTS,
  watchErrors,
} from './support.js';

/**
 * The tutorial played by two first-time teams who know nothing of the page's insides: every step
 * of theirs goes by what a person sees, through roles, labels and visible text (the catalogue's
 * English), never a test hook. Each finds its next step in "Your move" (or the case file), and
 * sees the other's answer by the unread badge on a tab and the mark on the request. The
 * instructor's steps (create, start, advance) use the console helpers of support.ts: the
 * instructor is not the one being tested here.
 */

/** What the page says for a catalogue key, in English. */
const say = (key: string, params: Record<string, string | number> = {}) => translate(EN, EN, key, params);
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name that starts with `text` (a tab's name goes on with its unread count). */
const startsWith = (text: string) => new RegExp(`^${literal(text)}`);

/** Joins a country's seat by its link, as a team given the link would. */
async function join(browser: Browser, code: string, country: string, team: string, errors: string[]) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(`/join/${code}/${country}`);
  await page.getByLabel('Team name').fill(team);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('tablist', { name: say('ui.tabs.label') })).toBeVisible();
  return { page, close: () => context.close() };
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name: startsWith(say(name)) });

async function openTab(page: Page, name: string): Promise<void> {
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
}

/** Chooses, in a drop-down, the first option whose text matches. */
async function choose(select: Locator, pattern: RegExp): Promise<void> {
  const options = await select.locator('option').allTextContents();
  const found = options.find((option) => option !== say('ui.form.choose') && pattern.test(option));
  if (!found) throw new Error(`No option matches ${pattern}: ${options.join(' | ')}`);
  await select.selectOption({ label: found });
}

/** Sends a form by its button and waits for the answer it gets. */
async function send(form: Locator, button: string): Promise<void> {
  await form.getByRole('button', { name: button }).click();
  await expect(form.getByRole('status').filter({ hasText: say('ui.form.accepted') })).toBeVisible();
}

/** Acts on a request with one of its buttons: the answer shows on the request, above its forms. */
async function act(request: Locator, button: string): Promise<void> {
  await request.getByRole('button', { name: button, exact: true }).click();
  await expect(request.getByRole('status').filter({ hasText: say('ui.form.accepted') })).toBeVisible();
}

/** What axe-core finds on the page as it is that would stop a person (serious or critical). */
async function blocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const yourMove = (page: Page) => page.getByRole('region', { name: startsWith(say('ui.moves.title')) });

/** Drafts a request in the composer from what the labels say, and sends it. */
async function request(
  page: Page,
  kind: 'preservation' | 'stored-data',
  channel: string,
  evidence: string,
  contents: Record<string, string>,
): Promise<void> {
  await openTab(page, 'ui.tab.compose');
  const form = page.getByRole('form', { name: say('ui.composer.draft') });
  await choose(
    form.getByRole('combobox', { name: say('ui.composer.kind'), exact: true }),
    startsWith(REQUEST_KINDS[kind].name),
  );
  await choose(form.getByRole('combobox', { name: say('ui.composer.to'), exact: true }), /^Borealis/);
  await choose(form.getByRole('combobox', { name: say('ui.field.case'), exact: true }), /Harbourline/);
  await choose(form.getByRole('combobox', { name: say('ui.field.offence'), exact: true }), /./);
  await choose(
    form.getByRole('combobox', { name: say('ui.composer.channel'), exact: true }),
    startsWith(channel),
  );
  await choose(form.getByRole('combobox', { name: say('ui.composer.language'), exact: true }), /^English$/);
  await form
    .getByRole('group', { name: say('ui.composer.evidence') })
    .getByRole('checkbox', { name: startsWith(evidence) })
    .check();
  for (const item of REQUEST_KINDS[kind].contents) {
    const text = contents[item.id];
    if (text) await form.getByLabel(say(contentKey(item))).fill(text);
  }
  await form.getByRole('button', { name: say('ui.composer.send') }).click();
  await expect(form.getByRole('status').filter({ hasText: say('ui.form.accepted') })).toBeVisible();
}

test('two first-time teams play the tutorial from “Your move”, the case file and the badges', async ({
  browser,
  page: instructor,
}) => {
  const errors: string[] = [];
  watchErrors(instructor, errors);
  const code = await createSession(instructor, 'tutorial');
  const aldoria = await join(browser, code, 'aldoria', 'Table 1', errors);
  const borealis = await join(browser, code, 'borealis', 'Table 2', errors);
  await control(instructor, 'start');
  await control(instructor, 'pause');
  const teams = [aldoria.page, borealis.page];

  // Borealis has nothing to decide yet, and says so.
  await expect(yourMove(borealis.page)).toContainText(say('ui.moves.none'));

  // Aldoria starts from its case file's leads: it opens a case and orders the bank's fraud reports.
  const a = aldoria.page;
  await openTab(a, 'ui.tab.casefile');
  const leads = a.getByRole('region', { name: say('ui.lead.title') });
  await leads.getByRole('button', { name: say('ui.lead.open-case.action') }).click();
  const openCase = a.getByRole('form', { name: say('ui.form.open-case') });
  await expect(openCase.getByLabel(say('ui.field.case-title'))).toBeFocused();
  await openCase.getByLabel(say('ui.field.case-title')).fill('Harbourline phishing');
  await openCase
    .getByRole('group', { name: say('ui.field.offences') })
    .getByRole('checkbox')
    .first()
    .check();
  await send(openCase, say('ui.form.open-case.submit'));
  // The lead fills in the order (the case, the measure, the reports) and puts the keyboard on its safeguards.
  await leads
    .getByRole('button', {
      name: say('ui.lead.measure.action', { measure: say('measure.production-order') }),
    })
    .click();
  const measure = a.getByRole('form', { name: say('ui.form.take-measure') });
  await expect(measure.getByLabel(say('ui.field.authorised-by'))).toBeFocused();
  await expect(measure.getByRole('combobox', { name: say('ui.field.target'), exact: true })).toHaveValue(
    /fraud-reports/,
  );
  await measure.getByLabel(say('ui.field.authorised-by')).fill('Investigating judge, Port Aldo court');
  await measure
    .getByLabel(say('ui.field.grounds'))
    .fill('Reasonable suspicion of computer fraud against bank customers');
  await measure.getByLabel(say('ui.field.scope')).fill('Reports and records about the fake login page only');
  await measure.getByLabel(say('ui.field.duration')).fill('Thirty days from the order');
  await send(measure, say('ui.form.take-measure.submit'));

  // A day later the reports have revealed the hosting logs: Aldoria, elsewhere, sees the case file's badge.
  await openTab(a, 'ui.tab.briefing');
  await advance(instructor, DAY, teams);
  await expect(tab(a, 'ui.tab.casefile')).toHaveAccessibleName(/\d+ unread$/);
  await openTab(a, 'ui.tab.casefile');
  await expect(a.getByRole('tabpanel')).toContainText('Northwind Hosting control-panel logs');

  // Its lead drafts the preservation request to Borealis in the composer: Aldoria writes what it must say.
  await leads.getByRole('button', { name: say('ui.lead.preserve.action', { country: 'Borealis' }) }).click();
  await expect(tab(a, 'ui.tab.compose')).toHaveAttribute('aria-selected', 'true');
  const draft = a.getByRole('form', { name: say('ui.composer.draft') });
  await expect(
    draft
      .getByRole('group', { name: say('ui.composer.evidence') })
      .getByRole('checkbox', { name: startsWith('Northwind Hosting control-panel logs') }),
  ).toBeChecked();
  for (const item of REQUEST_KINDS.preservation.contents) {
    const text = PRESERVATION_CONTENTS[item.id as keyof typeof PRESERVATION_CONTENTS];
    if (text) await draft.getByLabel(say(contentKey(item))).fill(text);
  }
  await draft.getByRole('button', { name: say('ui.composer.send') }).click();
  await expect(draft.getByRole('status').filter({ hasText: say('ui.form.accepted') })).toBeVisible();

  // Borealis finds it in "Your move"; the button opens the request with its first action under the keyboard.
  const b = borealis.page;
  const answer = yourMove(b).getByRole('button', {
    name: /^Answer the Expedited preservation of stored data request from Aldoria/,
  });
  await expect(answer).toBeVisible();
  await answer.click();
  await expect(tab(b, 'ui.tab.requests')).toHaveAttribute('aria-selected', 'true');
  const preservation = b.getByRole('article', { name: /Expedited preservation/ });
  await expect(preservation.getByRole('button', { name: say('ui.action.acknowledge.submit') })).toBeFocused();
  await act(preservation, say('ui.action.execute.submit'));
  await expect(yourMove(b)).toContainText(say('ui.moves.none'));

  // Aldoria, on another tab, sees Borealis's answer by the badge on Requests, then the mark on the request.
  await openTab(a, 'ui.tab.briefing');
  await expect(tab(a, 'ui.tab.requests')).toHaveAccessibleName(
    `${say('ui.tab.requests')} ${say('ui.unread.count', { count: 1 })}`,
  );
  await openTab(a, 'ui.tab.requests');
  const sent = a.getByRole('row', { name: /Expedited preservation/ });
  await expect(sent).toContainText(say('ui.unread.changed'));
  // The marks, badges, "Your move" and the notices' buttons stop no one.
  expect(await blocking(a)).toEqual([]);

  // The logs preserved, Aldoria asks for them by mutual legal assistance.
  await advance(instructor, DAY, teams);
  await request(
    a,
    'stored-data',
    say('channel.central-authority'),
    'Northwind Hosting control-panel logs',
    MLA_CONTENTS,
  );
  // It reaches Borealis's central authority in office hours, the next morning there.
  await advance(instructor, DAY, teams);

  // Borealis offers conditions from the request its "Your move" opens.
  const mla = yourMove(b).getByRole('button', { name: /^Answer the Mutual legal assistance/ });
  await mla.click();
  const asked = b.getByRole('article', { name: /Mutual legal assistance/ });
  const offer = asked.getByRole('form', { name: say('ui.action.conditions') });
  await offer.getByRole('textbox').fill('Used only in the Harbourline proceedings');
  await offer.getByRole('button', { name: say('ui.action.conditions.submit') }).click();
  await expect(asked.getByRole('status').filter({ hasText: say('ui.form.accepted') })).toBeVisible();
  await openTab(b, 'ui.tab.directory');

  // Aldoria is told, and its "Your move" takes it to the form that accepts them.
  await expect(a.getByRole('list', { name: say('ui.notices.label') })).toContainText(
    say('ui.notice-kind.conditions'),
  );
  await yourMove(a)
    .getByRole('button', { name: /^Accept or decline the conditions Borealis offers/ })
    .click();
  const accept = a
    .getByRole('article', { name: /Mutual legal assistance/ })
    .getByRole('button', { name: say('ui.action.accept-conditions.submit'), exact: true });
  await expect(accept).toBeFocused();
  await accept.click();
  await expect(yourMove(a)).not.toContainText('Accept or decline');

  // Borealis, on another tab, sees the acceptance by its badge, and executes.
  await expect(tab(b, 'ui.tab.requests')).toHaveAccessibleName(
    `${say('ui.tab.requests')} ${say('ui.unread.count', { count: 1 })}`,
  );
  await openTab(b, 'ui.tab.requests');
  await expect(b.getByRole('row', { name: /Mutual legal assistance/ })).toContainText(
    say('ui.unread.changed'),
  );
  await b
    .getByRole('row', { name: /Mutual legal assistance/ })
    .getByRole('button')
    .first()
    .click();
  await act(b.getByRole('article', { name: /Mutual legal assistance/ }), say('ui.action.execute.submit'));

  // Four days on, the logs are Aldoria's: a notice says so and opens the case file.
  await advance(instructor, 4 * DAY, teams);
  const arrived = a
    .getByRole('list', { name: say('ui.notices.label') })
    .getByRole('listitem')
    .filter({ hasText: say('ui.notice-kind.evidence') })
    .filter({ hasText: 'Northwind Hosting control-panel logs' });
  await arrived.getByRole('button', { name: /^Open: / }).click();
  await expect(tab(a, 'ui.tab.casefile')).toHaveAttribute('aria-selected', 'true');
  await expect(a.getByRole('tabpanel')).toContainText('obtained');
  // Dismissed, it stays in the history.
  await arrived.getByRole('button', { name: /^Dismiss: / }).click();
  await expect(arrived).toHaveCount(0);
  await a.getByText(/^Earlier notifications/).click();
  expect(await blocking(a)).toEqual([]);
  await expect(
    a
      .getByRole('listitem')
      .filter({ hasText: say('ui.notice-kind.evidence') })
      .filter({ hasText: 'Northwind Hosting control-panel logs' }),
  ).toBeVisible();

  expect(errors).toEqual([]);
  await aldoria.close();
  await borealis.close();
});
