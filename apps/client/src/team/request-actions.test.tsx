import type { CommandOf } from '@crossborder/engine';
import { REQUEST_KINDS } from '@crossborder/scenario';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t, tDynamic } from '../i18n.js';
import { bundled, DAY, type Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { RequestActions, requestResultKey } from './request-actions.js';
import { RequestsPanel } from './requests.js';

const tutorial = await bundled('tutorial');

type SendRequest = CommandOf<'sendRequest'>;

/** Aldoria sends `request` (the preservation of the hosting logs, changed as told) to Borealis. */
function sent(change: Partial<SendRequest> = {}) {
  const { game, caseId } = tutorialDayOne(tutorial);
  game.do('aldoria', { ...(preservationOfHostingLogs(caseId) as SendRequest), ...change });
  const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
  return { game, caseId, id };
}

/** `country`'s requests panel with request `id` open. */
async function openAs(game: Game, country: 'aldoria' | 'borealis', id: string) {
  const seat = new Seat(game, country);
  const user = userEvent.setup();
  render(<RequestsPanel team={seat.team} />);
  await user.click(
    within(document.querySelector(`tr[data-request="${id}"]`) as HTMLElement).getByRole('button'),
  );
  return { seat, user };
}

const formIds = () =>
  within(screen.getByRole('article'))
    .getAllByRole('form')
    .map((form) => form.getAttribute('data-form'));
const result = (id: string) => document.querySelector(`[data-request-result="${id}"]`) as HTMLElement;

describe('the actions on a request received', () => {
  it('answer each lawful step with its form, named by its heading, described where it helps', async () => {
    const { game, id } = sent();
    await openAs(game, 'borealis', id);
    expect(screen.getByRole('heading', { level: 4, name: t('ui.action.heading') })).toBeTruthy();
    const execute = screen.getByRole('form', { name: t('ui.action.execute') });
    expect(within(execute).getByText(t('ui.action.execute.hint'))).toBeTruthy();
    expect(screen.getByRole('form', { name: t('ui.action.acknowledge') })).toBeTruthy();
    // A preservation request may need a warning that the data cannot be secured (Art. 42).
    expect(screen.getByRole('form', { name: t('ui.action.warn') })).toBeTruthy();
    // Not confidential, one item asked for: no notice of confidentiality, no partial execution.
    expect(screen.queryByRole('form', { name: t('ui.action.confidentiality') })).toBeNull();
    expect(screen.queryByRole('form', { name: t('ui.action.execute-part') })).toBeNull();
  });

  it('execute, naming the authority of its own that authorised the measure (Arts 24, 40)', async () => {
    const scenario = structuredClone(tutorial);
    const borealis = scenario.countries.borealis;
    if (borealis) borealis.law.executingAuthority = 'The Borealis Court of Inquiry';
    const { game, caseId } = tutorialDayOne(scenario);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
    const { seat, user } = await openAs(game, 'borealis', id);
    const execute = screen.getByRole('form', { name: t('ui.action.execute') });
    const field = within(execute).getByRole('textbox', { name: t('ui.field.executing-authority') });
    expect(
      within(execute).getByText(
        t('ui.field.executing-authority.yours', { authority: 'The Borealis Court of Inquiry' }),
      ),
    ).toBeTruthy();
    await user.type(field, 'Judge Ames, Borealis District Court');
    await user.click(within(execute).getByRole('button', { name: t('ui.action.execute.submit') }));
    expect(seat.sent).toEqual([
      { type: 'executeRequest', requestId: id, authorisedBy: 'Judge Ames, Borealis District Court' },
    ]);
  });

  it('acknowledge receipt: the form goes once it has worked, the answer stays', async () => {
    const { game, id } = sent();
    const { seat, user } = await openAs(game, 'borealis', id);
    await user.click(screen.getByRole('button', { name: t('ui.action.acknowledge.submit') }));
    expect(seat.sent).toEqual([{ type: 'acknowledgeRequest', requestId: id }]);
    expect(screen.queryByRole('form', { name: t('ui.action.acknowledge') })).toBeNull();
    expect(within(result(id)).getByRole('status').textContent).toBe(`✔ ${t('ui.form.accepted')}`);
    expect(formIds()).not.toContain(`acknowledge-${id}`);
  });

  it('warn the requesting State that the data may not be secured', async () => {
    const { game, id } = sent();
    const { seat, user } = await openAs(game, 'borealis', id);
    const warn = screen.getByRole('form', { name: t('ui.action.warn') });
    await user.type(within(warn).getByRole('textbox', { name: t('ui.field.message') }), 'The disk may fail');
    await user.click(within(warn).getByRole('button', { name: t('ui.action.warn.submit') }));
    expect(seat.sent).toEqual([{ type: 'warnRequester', requestId: id, text: 'The disk may fail' }]);
    expect(document.activeElement).toBe(within(result(id)).getByRole('status'));
    // The warning is now part of the request, marked as one.
    expect(within(screen.getByRole('article')).getByText('⚠ The disk may fail')).toBeTruthy();
  });

  it('say when a confidential request cannot be kept so', async () => {
    const { game, id } = sent({ confidential: true });
    const { seat, user } = await openAs(game, 'borealis', id);
    expect(screen.getByRole('article').textContent).toContain(t('ui.request.confidential'));
    const notice = screen.getByRole('form', { name: t('ui.action.confidentiality') });
    await user.type(
      within(notice).getByRole('textbox', { name: t('ui.field.message') }),
      'Our law requires notice',
    );
    await user.click(within(notice).getByRole('button', { name: t('ui.action.confidentiality.submit') }));
    expect(seat.sent).toEqual([
      { type: 'notifyConfidentiality', requestId: id, text: 'Our law requires notice' },
    ]);
  });

  it('offer conditions, one per “;”, which the requesting State then accepts or declines', async () => {
    const { game, id } = sent();
    const borealis = await openAs(game, 'borealis', id);
    const offer = screen.getByRole('form', { name: t('ui.action.conditions') });
    await borealis.user.type(
      within(offer).getByRole('textbox', { name: t('ui.field.conditions-list') }),
      'Police use only; Destroy after the trial',
    );
    await borealis.user.click(within(offer).getByRole('button', { name: t('ui.action.conditions.submit') }));
    expect(borealis.seat.sent).toEqual([
      { type: 'offerConditions', requestId: id, conditions: ['Police use only', 'Destroy after the trial'] },
    ]);
    document.body.replaceChildren();

    const aldoria = await openAs(game, 'aldoria', id);
    expect(screen.getByRole('article').textContent).toContain(
      t('ui.request.conditions', {
        conditions: 'Police use only; Destroy after the trial',
        answer: t('ui.request.unanswered'),
      }),
    );
    expect(formIds()).toEqual(
      expect.arrayContaining([`accept-conditions-${id}`, `decline-conditions-${id}`]),
    );
    await aldoria.user.click(screen.getByRole('button', { name: t('ui.action.accept-conditions.submit') }));
    expect(aldoria.seat.sent).toEqual([{ type: 'answerConditions', requestId: id, accept: true }]);
    expect(screen.getByRole('article').textContent).toContain(t('ui.request.accepted'));
    expect(formIds()).not.toContain(`decline-conditions-${id}`);
  });

  it('answer a progress query the requesting State sent', async () => {
    const { game, id } = sent();
    game.do('aldoria', { type: 'queryProgress', requestId: id });
    const { seat, user } = await openAs(game, 'borealis', id);
    const answer = screen.getByRole('form', { name: t('ui.action.answer-progress') });
    await user.click(within(answer).getByRole('button', { name: t('ui.action.answer-progress.submit') }));
    expect(document.activeElement).toBe(within(answer).getByRole('textbox', { name: t('ui.field.message') }));
    await user.type(document.activeElement as HTMLElement, 'Under way');
    await user.click(within(answer).getByRole('button', { name: t('ui.action.answer-progress.submit') }));
    expect(seat.sent).toEqual([{ type: 'answerProgress', requestId: id, text: 'Under way' }]);
    expect(screen.queryByRole('form', { name: t('ui.action.answer-progress') })).toBeNull();
  });
});

describe('the actions on a request sent', () => {
  it('provide what the requested State asked for, each item of the request a field, the missing ones said so', async () => {
    // A request for the logs themselves, sent without most of what it must say: it goes, as not conforming.
    const { game, id } = sent({
      kind: 'stored-data',
      channel: 'central-authority',
      contents: { 'requesting-authority': 'Public Prosecutor of Port Aldo' },
    });
    game.at(game.now + DAY);
    game.do('borealis', { type: 'askMoreInformation', requestId: id, questions: 'What are the facts?' });
    const { seat, user } = await openAs(game, 'aldoria', id);
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('What are the facts?');
    const provide = screen.getByRole('form', { name: t('ui.action.provide') });
    const items = REQUEST_KINDS['stored-data'].contents;
    expect(within(provide).getAllByRole('textbox')).toHaveLength(items.length);
    const facts = within(provide).getByRole('textbox', { name: tDynamic('contents.summary-of-facts') });
    expect(facts.getAttribute('aria-describedby')).not.toBeNull();
    expect(within(provide).getAllByText(t('ui.field.was-missing')).length).toBeGreaterThan(0);

    await user.click(within(provide).getByRole('button', { name: t('ui.action.provide.submit') }));
    expect(seat.sent).toEqual([]);
    expect(within(result(id)).getByRole('alert').textContent).toContain(t('ui.form.need-some-contents'));
    await user.type(facts, 'Computer fraud through a fake bank login page');
    await user.click(within(provide).getByRole('button', { name: t('ui.action.provide.submit') }));
    expect(seat.sent).toEqual([
      {
        type: 'provideInformation',
        requestId: id,
        contents: { 'summary-of-facts': 'Computer fraud through a fake bank login page' },
      },
    ]);
    // Provided, the form goes; the answer stays above the actions, with the keyboard on it.
    expect(document.activeElement).toBe(within(result(id)).getByRole('status'));
  });

  it('ask how it progresses, say it is no longer needed, or withdraw it with reasons', async () => {
    const { game, id } = sent();
    const { seat, user } = await openAs(game, 'aldoria', id);
    await user.click(screen.getByRole('button', { name: t('ui.action.query-progress.submit') }));
    expect(seat.sent).toEqual([{ type: 'queryProgress', requestId: id }]);
    const withdraw = screen.getByRole('form', { name: t('ui.action.withdraw') });
    await user.click(within(withdraw).getByRole('button', { name: t('ui.action.withdraw.submit') }));
    expect(within(result(id)).getByRole('alert').textContent).toContain(
      t('ui.form.need-text', { field: t('ui.field.reasons') }),
    );
    await user.type(
      within(withdraw).getByRole('textbox', { name: t('ui.field.reasons') }),
      'Obtained at home',
    );
    await user.click(within(withdraw).getByRole('button', { name: t('ui.action.withdraw.submit') }));
    expect(seat.sent.at(-1)).toEqual({ type: 'withdrawRequest', requestId: id, reasons: 'Obtained at home' });
    expect(screen.getByText(t('ui.action.none'))).toBeTruthy();
  });

  it('are drawn for the request they are given, as a component of their own', () => {
    const { game, id } = sent();
    const seat = new Seat(game, 'aldoria');
    const request = seat.view.requests[id];
    if (!request) throw new Error('no request');
    render(<RequestActions team={seat.team} request={request} />);
    expect(screen.getAllByRole('form').map((form) => form.getAttribute('data-form'))).toEqual([
      `query-${id}`,
      `no-longer-needed-${id}`,
      `withdraw-${id}`,
    ]);
    expect(screen.getByText(t('ui.action.no-longer-needed.hint'))).toBeTruthy();
    expect(requestResultKey(id)).toBe(`request:${id}`);
  });

  it('change in place when the request does: a form that no longer applies goes, the others stay', async () => {
    const { game, id } = sent();
    const { seat } = await openAs(game, 'aldoria', id);
    const withdraw = screen.getByRole('form', { name: t('ui.action.withdraw') });
    game.do('borealis', { type: 'offerConditions', requestId: id, conditions: ['Police use only'] });
    act(() => seat.update());
    expect(screen.getByRole('form', { name: t('ui.action.withdraw') })).toBe(withdraw);
    expect(formIds()).toEqual([
      `accept-conditions-${id}`,
      `decline-conditions-${id}`,
      `query-${id}`,
      `no-longer-needed-${id}`,
      `withdraw-${id}`,
    ]);
  });
});
