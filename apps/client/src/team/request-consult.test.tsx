import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, type Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { RequestsPanel } from './requests.js';

const tutorial = await bundled('tutorial');

/** `country`'s requests panel with Aldoria's preservation request open. */
async function openAs(game: Game, country: 'aldoria' | 'borealis', id: string) {
  const seat = new Seat(game, country);
  const user = userEvent.setup();
  render(<RequestsPanel team={seat.team} />);
  await user.click(
    within(document.querySelector(`tr[data-request="${id}"]`) as HTMLElement).getByRole('button'),
  );
  return { seat, user };
}

function received() {
  const { game, caseId } = tutorialDayOne(tutorial);
  game.do('aldoria', preservationOfHostingLogs(caseId));
  const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
  return { game, id };
}

const consultations = () => screen.getByRole('region', { name: t('ui.request.consultations') });

describe('consulting from the request it concerns', () => {
  it('lets the requested State consult the requesting State from the request, and shows the thread there', async () => {
    const { game, id } = received();
    const { seat, user } = await openAs(game, 'borealis', id);
    expect(within(consultations()).getByText(t('ui.request.no-consultations'))).toBeTruthy();
    const form = within(consultations()).getByRole('form', {
      name: t('ui.request.consult', { country: 'Aldoria' }),
    });
    // Nothing typed: it says so, and the keyboard goes to the message.
    await user.click(
      within(form).getByRole('button', { name: t('ui.request.consult.submit', { country: 'Aldoria' }) }),
    );
    expect(seat.sent).toEqual([]);
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: t('ui.field.message') }));
    await user.type(
      within(form).getByRole('textbox', { name: t('ui.field.message') }),
      'We can only keep them 3 days.',
    );
    await user.click(
      within(form).getByRole('button', { name: t('ui.request.consult.submit', { country: 'Aldoria' }) }),
    );
    expect(seat.sent).toEqual([
      {
        type: 'openConsultation',
        with: ['aldoria'],
        topic: 'request',
        request: id,
        message: 'We can only keep them 3 days.',
      },
    ]);
    const thread = within(consultations()).getByRole('article');
    expect(thread.textContent).toContain('We can only keep them 3 days.');
    expect(within(consultations()).queryByText(t('ui.request.no-consultations'))).toBeNull();
  });

  it('lets the other State read and reply in the thread from the same request', async () => {
    const { game, id } = received();
    game.do('borealis', {
      type: 'openConsultation',
      with: ['aldoria'],
      topic: 'request',
      request: id,
      message: 'Which dates exactly?',
    });
    const { seat, user } = await openAs(game, 'aldoria', id);
    const thread = within(consultations()).getByRole('article');
    expect(thread.textContent).toContain('Which dates exactly?');
    const reply = within(thread).getByRole('form', { name: t('ui.form.reply') });
    await user.type(
      within(reply).getByRole('textbox', { name: t('ui.field.message') }),
      'From 1 to 14 March.',
    );
    await user.click(within(reply).getByRole('button', { name: t('ui.form.reply.submit') }));
    expect(seat.sent.at(-1)).toMatchObject({ type: 'sendConsultationMessage', text: 'From 1 to 14 March.' });
    expect(within(consultations()).getByRole('article').textContent).toContain('From 1 to 14 March.');
  });

  it('offers no consultation on a request still on its way', async () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    // By MLA through the central authority, it is in transit until office hours.
    game.do('aldoria', {
      type: 'sendRequest',
      kind: 'stored-data',
      to: 'borealis',
      caseId,
      offence: 'credential-phishing',
      channel: 'central-authority',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: { 'requesting-authority': 'Public Prosecutor of Port Aldo' },
    });
    const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
    expect(game.view('aldoria').requests[id]?.status).toBe('in-transit');
    await openAs(game, 'aldoria', id);
    expect(within(consultations()).queryByRole('form')).toBeNull();
  });
});
