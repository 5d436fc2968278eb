import type { CommandOf } from '@crossborder/engine';
import type { ClockState } from '@crossborder/protocol';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kindName, t } from '../i18n.js';
import { ruleText } from '../rule-text.js';
import {
  bundled,
  DAY,
  PRESERVATION_CONTENTS,
  preservationOfHostingLogs,
  thinMlaForHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { paused, Seat } from '../test/team.js';
import { dayTime, span } from '../time.js';
import { requestAbout } from './about.js';
import { RequestsPanel, statusText } from './requests.js';

const tutorial = await bundled('tutorial');

/** Aldoria has asked Borealis to preserve the hosting logs; `country`'s desk opens its requests. */
function mountRequests(country: 'aldoria' | 'borealis') {
  const { game, caseId } = tutorialDayOne(tutorial);
  game.do('aldoria', preservationOfHostingLogs(caseId));
  const seat = new Seat(game, country);
  render(<RequestsPanel team={seat.team} />);
  const id = Object.keys(seat.view.requests)[0] ?? '';
  return { seat, game, caseId, id };
}

/** Aldoria asks Borealis for the logs by mutual legal assistance, and wants the answer within three days. */
function mountMla() {
  const { game, caseId } = tutorialDayOne(tutorial);
  game.do(
    'aldoria',
    thinMlaForHostingLogs(caseId, {
      suggestedDeadline: game.now + 3 * DAY,
      deadlineReason: 'The logs lead to the suspect',
    }),
  );
  const seat = new Seat(game, 'aldoria');
  render(<RequestsPanel team={seat.team} />);
  const id = Object.keys(seat.view.requests)[0] ?? '';
  return { seat, game, id };
}

const REQUESTS_KIND = 'preservation';
const rowOf = (id: string) => document.querySelector(`tr[data-request="${id}"]`) as HTMLElement;
const resultOf = (id: string) => document.querySelector(`[data-request-result="${id}"]`) as HTMLElement;

async function choose(id: string) {
  const user = userEvent.setup();
  // The row's button names the request by its kind, never its id.
  await user.click(within(rowOf(id)).getByRole('button', { name: kindName(REQUESTS_KIND) }));
  return user;
}

describe('the requests panel', () => {
  it('lists what came in and what went out, each with its kind, the other country, its status and what is due next', () => {
    const { seat, id } = mountRequests('borealis');
    expect(
      screen.getByRole('heading', { level: 3, name: t('ui.requests.inbox', { count: 1 }) }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 3, name: t('ui.requests.outbox', { count: 0 }) }),
    ).toBeTruthy();
    expect(screen.getByText(t('ui.requests.none'))).toBeTruthy();
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      t('ui.requests.column.id'),
      t('ui.requests.column.sent'),
      t('ui.requests.column.from'),
      t('ui.requests.column.status'),
      t('ui.requests.column.next'),
    ]);
    const request = seat.view.requests[id];
    const cells = within(rowOf(id))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(within(rowOf(id)).getByRole('rowheader').textContent).toBe(kindName('preservation'));
    expect(cells.slice(0, 3)).toEqual([
      dayTime(request?.sentAt ?? 0),
      'Aldoria',
      statusText(request?.status ?? 'received'),
    ]);
    expect(screen.getByText(t('ui.requests.choose'))).toBeTruthy();
  });

  it('shows what falls due next as a countdown that the game time moves, and the next one once it has passed', () => {
    const { seat, game, id } = mountMla();
    const due = seat.view.requests[id]?.suggestedDeadline ?? 0;
    expect(due).toBe(game.now + 3 * DAY);
    const next = () => within(rowOf(id)).getAllByRole('cell')[3]?.textContent;
    expect(next()).toBe(`${t('ui.deadline.asked-by')}: ${span(3 * DAY)}`);
    act(() => seat.client.receive({ clock: paused(due - 90) }));
    expect(next()).toBe(`${t('ui.deadline.asked-by')}: ${span(90)}`);
    act(() => seat.client.receive({ clock: paused(due + 1) }));
    expect(next()).toBe('');
  });

  it('shows a request in full when chosen, marks it chosen, and takes the keyboard to it', async () => {
    const { seat, id } = mountRequests('borealis');
    await choose(id);
    const request = seat.view.requests[id];
    if (!request) throw new Error('no request');
    const detail = screen.getByRole('article', { name: requestAbout(seat.view, request) });
    expect(detail.getAttribute('aria-labelledby')).toBeTruthy();
    expect(requestAbout(seat.view, request)).not.toContain(id);
    expect(detail.getAttribute('data-request-detail')).toBe(id);
    expect(document.activeElement).toBe(within(detail).getByRole('heading', { level: 3 }));
    expect(rowOf(id).classList.contains('selected')).toBe(true);
    expect(within(rowOf(id)).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(seat.team.selected.value).toBe(id);
    const text = detail.textContent ?? '';
    expect(text).toContain(
      t('ui.request.route-line', {
        from: 'Aldoria',
        to: 'Borealis',
        channel: '24/7 network',
        language: 'English',
      }),
    );
    // The request's language by its name, never its tag.
    expect(text).not.toMatch(/\ben\b/);
    for (const value of Object.values(PRESERVATION_CONTENTS)) expect(text).toContain(value);
    // Borealis knows nothing of the logs yet but what the request says of them: never their id.
    expect(text).toContain(`${t('ui.request.evidence')}${t('ui.request.evidence-unknown', { count: 1 })}`);
    expect(text).not.toContain('hosting-logs');
    // The offence by the case's description of it, never its id.
    const offence = seat.view.briefing.offences[request.offence]?.description ?? '';
    expect(offence).not.toBe('');
    expect(text).toContain(`${t('ui.request.offence')}${offence}`);
    expect(text).not.toContain(request.offence);
  });

  it('offers the requested State every lawful answer, and the unlawful grounds marked as such', async () => {
    const { id } = mountRequests('borealis');
    await choose(id);
    const forms = within(screen.getByRole('article')).getAllByRole('form');
    expect(forms.map((form) => form.getAttribute('data-form'))).toEqual([
      `acknowledge-${id}`,
      `execute-${id}`,
      `refuse-${id}`,
      `ask-${id}`,
      `conditions-${id}`,
      `postpone-${id}`,
      `warn-${id}`,
    ]);
    const refuse = screen.getByRole('form', { name: t('ui.action.refuse') });
    const ground = within(refuse).getByRole('combobox', { name: t('ui.field.ground') });
    expect(within(ground).getByRole('option', { name: /Bank secrecy/i }).textContent).toContain(
      t('ui.ground.never-lawful'),
    );
    const days = screen.getByRole('spinbutton', { name: t('ui.field.days') }) as HTMLInputElement;
    expect([days.value, days.min, days.step]).toEqual(['7', '1', '1']);
  });

  it('rules a refusal on bank secrecy out, with its article, rule and provenance, above the forms, and takes the keyboard there', async () => {
    const { seat, id } = mountRequests('borealis');
    const user = await choose(id);
    const refuse = screen.getByRole('form', { name: t('ui.action.refuse') });
    await user.selectOptions(within(refuse).getByRole('combobox', { name: t('ui.field.ground') }), [
      'bank-secrecy',
    ]);
    await user.type(
      within(refuse).getByRole('textbox', { name: t('ui.field.reasons') }),
      'The hosting company is a client of our banks',
    );
    await user.click(within(refuse).getByRole('button', { name: t('ui.action.refuse.submit') }));
    const ruling = within(resultOf(id)).getByRole('alert');
    expect(ruling.textContent).toContain('Art. 40');
    expect(ruling.textContent).toContain(
      t('ui.form.rule', { rule: ruleText('mla.refusal.bank-secrecy', 'title') }),
    );
    expect(ruling.textContent).not.toContain('mla.refusal.bank-secrecy');
    expect(ruling.querySelector('.provenance')?.textContent).toContain(t('provenance.mark.model'));
    expect(document.activeElement).toBe(ruling);
    // Nothing changed: the request waits, and the refusal's draft is there to correct.
    expect(seat.view.requests[id]?.status).toBe('received');
    expect(
      (within(refuse).getByRole('textbox', { name: t('ui.field.reasons') }) as HTMLTextAreaElement).value,
    ).toBe('The hosting company is a client of our banks');
  });

  it('executes: the form goes, the answer stays above the others with the keyboard on it, and the row says so in place', async () => {
    const { seat, id } = mountRequests('borealis');
    const user = await choose(id);
    const row = rowOf(id);
    await user.click(screen.getByRole('button', { name: t('ui.action.execute.submit') }));
    expect(seat.sent.at(-1)).toEqual({ type: 'executeRequest', requestId: id });
    const done = within(resultOf(id)).getByRole('status');
    expect(done.textContent).toBe(`✔ ${t('ui.form.accepted')}`);
    expect(document.activeElement).toBe(done);
    expect(document.querySelector(`[data-form="execute-${id}"]`)).toBeNull();
    const status = seat.view.requests[id]?.status ?? 'received';
    expect(status).not.toBe('received');
    expect(rowOf(id)).toBe(row);
    expect(row.querySelector('[data-status]')?.textContent).toBe(statusText(status));
  });

  it('says what is missing before sending an action that needs words, and takes the keyboard to the field', async () => {
    const { seat, id } = mountRequests('borealis');
    const user = await choose(id);
    const ask = screen.getByRole('form', { name: t('ui.action.ask') });
    await user.click(within(ask).getByRole('button', { name: t('ui.action.ask.submit') }));
    expect(within(resultOf(id)).getByRole('alert').textContent).toContain(
      t('ui.form.need-text', { field: t('ui.field.questions') }),
    );
    expect(document.activeElement).toBe(within(ask).getByRole('textbox', { name: t('ui.field.questions') }));
    await user.type(document.activeElement as HTMLElement, 'Which accounts?');
    await user.click(within(ask).getByRole('button', { name: t('ui.action.ask.submit') }));
    expect(seat.sent.at(-1)).toEqual({
      type: 'askMoreInformation',
      requestId: id,
      questions: 'Which accounts?',
    });
    expect(seat.view.requests[id]?.status).toBe('more-information-requested');
    // The question is now part of the request, said in full.
    expect(screen.getByRole('article').textContent).toContain('Which accounts?');
  });

  it('postpones for a whole number of days from now', async () => {
    const { seat, game, id } = mountRequests('borealis');
    const user = await choose(id);
    const form = screen.getByRole('form', { name: t('ui.action.postpone') });
    const days = within(form).getByRole('spinbutton', { name: t('ui.field.days') });
    await user.clear(days);
    await user.click(within(form).getByRole('button', { name: t('ui.action.postpone.submit') }));
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: t('ui.field.ground') }));
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.ground') }), [
      'workload',
    ]);
    await user.click(within(form).getByRole('button', { name: t('ui.action.postpone.submit') }));
    expect(document.activeElement).toBe(days);
    expect(seat.sent).toEqual([]);
    await user.type(days, '3');
    await user.click(within(form).getByRole('button', { name: t('ui.action.postpone.submit') }));
    expect(seat.sent).toEqual([
      { type: 'postponeRequest', requestId: id, ground: 'workload', until: game.now + 3 * DAY, reasons: '' },
    ]);
  });

  it('offers the requesting State its follow-ups', async () => {
    const { id } = mountRequests('aldoria');
    expect(
      screen.getByRole('heading', { level: 3, name: t('ui.requests.outbox', { count: 1 }) }),
    ).toBeTruthy();
    expect(within(rowOf(id)).getAllByRole('cell')[1]?.textContent).toBe('Borealis');
    await choose(id);
    const forms = within(screen.getByRole('article')).getAllByRole('form');
    expect(forms.map((form) => form.getAttribute('data-form'))).toEqual([
      `query-${id}`,
      `no-longer-needed-${id}`,
      `withdraw-${id}`,
    ]);
  });

  it('says when nothing can be done on a request', async () => {
    const { seat, game, id } = mountRequests('aldoria');
    game.do('aldoria', { type: 'withdrawRequest', requestId: id, reasons: 'Sent by mistake' });
    act(() => seat.update());
    await choose(id);
    expect(screen.getByText(t('ui.action.none'))).toBeTruthy();
  });
});

describe('the requests panel, as the game goes on', () => {
  afterEach(() => vi.useRealTimers());

  it('adds a new request as a row, and leaves the other rows and the request shown as they were', async () => {
    const { seat, game, caseId, id } = mountRequests('aldoria');
    await choose(id);
    const row = rowOf(id);
    const about = requestAbout(seat.view, seat.view.requests[id] ?? ({} as never));
    const heading = screen.getByRole('heading', { level: 3, name: about });
    game.do('aldoria', {
      ...(preservationOfHostingLogs(caseId) as CommandOf<'sendRequest'>),
      contents: { ...PRESERVATION_CONTENTS, necessity: 'The newest logs go after fourteen days too' },
    });
    act(() => seat.update());
    const rows = document.querySelectorAll('.request-list tbody tr');
    expect(rows).toHaveLength(2);
    // Newest first, the first row kept as it was.
    expect(rows[1]).toBe(row);
    expect(screen.getByRole('heading', { level: 3, name: about })).toBe(heading);
  });

  it('writes nothing while the clock is paused, and follows the clock without a timer of its own', () => {
    vi.useFakeTimers();
    const { seat } = mountMla();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    act(() => {
      vi.advanceTimersByTime(10 * 60_000);
    });
    expect(observer.takeRecords()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    const running: ClockState = { ...paused(seat.game.now), running: true };
    act(() => seat.client.receive({ clock: running }));
    // One timer: the clock's, for the next game minute (the countdown follows it).
    expect(vi.getTimerCount()).toBe(1);
  });
});
