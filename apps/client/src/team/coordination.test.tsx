import { COORDINATION_BODY } from '@crossborder/scenario';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, Game } from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { CasefilePanel } from './casefile.js';
import { JurisdictionPanel } from './jurisdiction.js';

const botnet = await bundled('botnet');
const tutorial = await bundled('tutorial');

const MEETING = t('ui.topic.coordination-meeting-under', { body: 'Eurojunction' });
const THROUGH_BODY = t('ui.share.to-body', { body: 'Eurojunction' });

function mountJurisdiction(game: Game, country: string) {
  const seat = new Seat(game, country);
  render(<JurisdictionPanel team={seat.team} />);
  return { seat, user: userEvent.setup(), form: screen.getByRole('form', { name: t('ui.form.consult') }) };
}

function mountCasefile(game: Game, country: string) {
  const seat = new Seat(game, country);
  render(<CasefilePanel team={seat.team} />);
  return { seat, user: userEvent.setup(), form: screen.getByRole('form', { name: t('ui.form.share') }) };
}

const topics = (form: HTMLElement) =>
  within(within(form).getByRole('combobox', { name: t('ui.field.topic') }))
    .getAllByRole('option')
    .map((option) => option.textContent);

const recipients = (form: HTMLElement) =>
  within(within(form).getByRole('combobox', { name: t('ui.field.to') }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('a coordination meeting under the case’s coordination body', () => {
  it('is offered to its members, named by the body, and opens a thread so named', async () => {
    const { seat, user, form } = mountJurisdiction(new Game(botnet), 'lazuria');
    expect(topics(form)).toContain(MEETING);
    await user.click(within(form).getByRole('checkbox', { name: 'Veldmark' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.topic') }), [MEETING]);
    await user.type(within(form).getByRole('textbox', { name: t('ui.field.message') }), 'Shall we meet?');
    await user.click(within(form).getByRole('button', { name: t('ui.form.consult.submit') }));
    expect(seat.sent).toEqual([
      {
        type: 'openConsultation',
        with: ['veldmark'],
        topic: 'coordination-meeting',
        message: 'Shall we meet?',
      },
    ]);
    expect(
      screen.getByRole('article', {
        name: t('ui.jurisdiction.consultation-title', { topic: MEETING, with: 'Lazuria, Veldmark' }),
      }),
    ).toBeTruthy();
  });

  it('is not offered to a country outside the body, nor in a case without one', () => {
    const outside = mountJurisdiction(new Game(botnet), 'karvossa');
    expect(topics(outside.form).some((topic) => topic?.includes('Eurojunction'))).toBe(false);
    expect(topics(outside.form)).not.toContain(t('topic.coordination-meeting'));
    cleanup();
    const none = mountJurisdiction(new Game(tutorial), 'aldoria');
    expect(topics(none.form)).not.toContain(t('topic.coordination-meeting'));
    expect(topics(none.form)).toContain(t('topic.joint-investigation'));
  });
});

describe('sharing through the coordination body', () => {
  it('is offered to its members as a recipient that relays to every member, and reaches them all', async () => {
    const game = new Game(botnet);
    const { seat, user, form } = mountCasefile(game, 'lazuria');
    expect(recipients(form)).toContain(THROUGH_BODY);
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.to') }), [THROUGH_BODY]);
    const facts = within(form).getByRole('group', { name: t('ui.field.facts') });
    await user.click(within(facts).getAllByRole('checkbox')[1] as HTMLElement);
    await user.click(within(form).getByRole('button', { name: t('ui.form.share.submit') }));
    expect(seat.sent).toEqual([
      expect.objectContaining({ type: 'shareInformation', to: COORDINATION_BODY, facts: ['hexlord-forum'] }),
    ]);
    expect(within(form).getByRole('status').textContent).toContain(t('ui.form.accepted'));
    for (const member of ['veldmark', 'ostmere', 'coralia', 'sendara'])
      expect(game.view(member).facts['hexlord-forum']).toBeTruthy();
    expect(game.view('karvossa').facts['hexlord-forum']).toBeUndefined();
  });

  it('is not offered to a country outside the body', () => {
    const { form } = mountCasefile(new Game(botnet), 'karvossa');
    expect(recipients(form).some((recipient) => recipient?.includes('Eurojunction'))).toBe(false);
    expect(recipients(form)).toContain('Lazuria');
  });
});
