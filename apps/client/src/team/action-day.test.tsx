import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, Game } from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { dayTime, localTime } from '../time.js';
import { CasefilePanel } from './casefile.js';
import { JurisdictionPanel } from './jurisdiction.js';

const botnet = await bundled('botnet');

/** Day 11, 20:00: the common action time the tests agree on. */
const ACTION = 10 * DAY + 20 * 60;
const MEMBERS = ['lazuria', 'veldmark', 'ostmere'];

/** Lazuria has called a coordination meeting with Veldmark and Ostmere. */
function meeting(): { game: Game; consultationId: string } {
  const game = new Game(botnet);
  game.do('lazuria', {
    type: 'openConsultation',
    with: ['veldmark', 'ostmere'],
    topic: 'coordination-meeting',
    message: 'One hour for everyone?',
  });
  return { game, consultationId: Object.keys(game.view('lazuria').consultations)[0] ?? '' };
}

/** The three have agreed an action day at Day 11, 20:00; Veldmark has opened its case. */
function agreed(): Game {
  const { game, consultationId } = meeting();
  game.do('lazuria', {
    type: 'proposeAgreement',
    consultationId,
    kind: 'action-day',
    members: MEMBERS,
    actionAt: ACTION,
    text: 'Arrests and seizures at one hour.',
  });
  const agreementId = Object.keys(game.view('lazuria').agreements)[0] ?? '';
  for (const country of ['veldmark', 'ostmere'])
    game.do(country, { type: 'answerAgreement', agreementId, accept: true });
  game.do('veldmark', { type: 'openCase', title: 'StormCellar', offences: ['botnet-building'] });
  return game;
}

describe('proposing an action day', () => {
  it('asks for its members and a common action time, said in the team’s local time too', async () => {
    const { game, consultationId } = meeting();
    const seat = new Seat(game, 'lazuria');
    render(<JurisdictionPanel team={seat.team} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: t('ui.form.propose') });
    const actionTime = () => within(form).queryByRole('group', { name: t('ui.field.action-time') });
    expect(actionTime()).toBeNull();

    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.consultation') }), [
      consultationId,
    ]);
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.agreement-kind') }), [
      t('agreement.action-day'),
    ]);
    const group = actionTime();
    if (!group) throw new Error('no common action time');
    const day = within(group).getByRole('spinbutton', { name: t('ui.field.day') });
    const time = within(group).getByLabelText(t('ui.field.time-of-day')) as HTMLInputElement;
    expect(time.type).toBe('time');
    const members = within(form).getByRole('group', { name: t('ui.field.members') });
    for (const name of ['Lazuria', 'Veldmark', 'Ostmere'])
      await user.click(within(members).getByRole('checkbox', { name }));

    // No time yet: said at the form, the keyboard on the day.
    await user.click(within(form).getByRole('button', { name: t('ui.form.propose.submit') }));
    expect(within(form).getByRole('alert').textContent).toContain(t('ui.form.need-action-time'));
    expect(document.activeElement).toBe(day);
    expect(seat.sent).toEqual([]);

    await user.type(day, '11');
    await user.type(time, '20:00');
    const local = t('ui.field.day-time.local', {
      when: t('ui.time.day-time', { day: 11, time: '20:00' }),
      local: localTime(botnet.startsAt, ACTION, '+03:00'),
    });
    expect(
      within(group).getByRole('spinbutton', {
        name: t('ui.field.day'),
        description: (text) => text.includes(t('ui.field.action-time.hint')) && text.includes(local),
      }),
    ).toBe(day);
    await user.click(within(form).getByRole('button', { name: t('ui.form.propose.submit') }));
    expect(seat.sent).toEqual([
      {
        type: 'proposeAgreement',
        consultationId,
        kind: 'action-day',
        text: '',
        members: MEMBERS,
        actionAt: ACTION,
      },
    ]);
    expect(within(form).getByRole('status').textContent).toContain(t('ui.form.accepted'));

    const [agreement] = Object.values(seat.view.agreements);
    const line = () => document.querySelector(`[data-agreement="${agreement?.id}"]`)?.textContent ?? '';
    const said = (state: string) =>
      t('ui.jurisdiction.action-day-line', {
        parties: 'Lazuria, Veldmark, Ostmere',
        when: dayTime(ACTION),
        state,
      });
    expect(line()).toContain(said(t('ui.jurisdiction.pending')));
    for (const country of ['veldmark', 'ostmere'])
      game.do(country, { type: 'answerAgreement', agreementId: agreement?.id ?? '', accept: true });
    seat.update();
    await screen.findByText(said(t('ui.jurisdiction.concluded')), { exact: false });
  });
});

/** Veldmark's measure form, filled in up to when it is carried out: a production order on the telemetry. */
async function measureForm(game: Game) {
  const seat = new Seat(game, 'veldmark');
  render(<CasefilePanel team={seat.team} />);
  const user = userEvent.setup();
  const form = screen.getByRole('form', { name: t('ui.form.take-measure') });
  const caseId = Object.keys(seat.view.cases)[0] ?? '';
  await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.case') }), [caseId]);
  await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.measure') }), [
    'production-order',
  ]);
  await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.target') }), [
    'evidence:sinkhole-telemetry',
  ]);
  for (const [label, text] of [
    ['ui.field.authorised-by', 'Investigating judge'],
    ['ui.field.grounds', 'Botnet control traffic'],
    ['ui.field.scope', 'Telemetry of May'],
    ['ui.field.duration', 'Once'],
  ] as const)
    await user.type(within(form).getByRole('textbox', { name: (name) => name.includes(t(label)) }), text);
  const carryOut = within(form).getByRole('group', { name: t('ui.measure.carry-out') });
  return { seat, user, form, carryOut, caseId };
}

const measureLine = () => document.querySelector('[data-measure]')?.textContent ?? '';

describe('a measure held until a time', () => {
  it('is carried out as soon as possible unless the team says otherwise', async () => {
    const { carryOut } = await measureForm(agreed());
    expect(
      (within(carryOut).getByRole('radio', { name: t('ui.measure.carry-out.now') }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(carryOut.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(t('ui.measure.carry-out.hint'))).toBeTruthy();
  });

  it('at the agreed action time: offered with its time and members, sent with it, listed as held', async () => {
    const { seat, user, form, carryOut } = await measureForm(agreed());
    const agreedTime = within(carryOut).getByRole('radio', {
      name: t('ui.measure.carry-out.agreed', { when: dayTime(ACTION), with: 'Lazuria, Ostmere' }),
    });
    await user.click(agreedTime);
    await user.click(within(form).getByRole('button', { name: t('ui.form.take-measure.submit') }));
    expect(seat.sent.at(-1)).toMatchObject({
      type: 'takeMeasure',
      kind: 'production-order',
      executeAt: ACTION,
    });
    expect(within(form).getByText(`✔ ${t('ui.form.accepted')}`)).toBeTruthy();
    expect(measureLine()).toContain(`‖ ${t('ui.measure.held', { when: dayTime(ACTION) })}`);
  });

  it('at a time of the team’s own, asked for as a day and a time; none agreed, none offered', async () => {
    const game = new Game(botnet);
    game.do('veldmark', { type: 'openCase', title: 'StormCellar', offences: ['botnet-building'] });
    const { seat, user, form, carryOut } = await measureForm(game);
    expect(
      within(carryOut)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['now', 'own']);
    expect(within(form).queryByRole('group', { name: t('ui.measure.carry-out.when') })).toBeNull();
    await user.click(within(carryOut).getByRole('radio', { name: t('ui.measure.carry-out.own') }));
    const when = within(form).getByRole('group', { name: t('ui.measure.carry-out.when') });
    const day = within(when).getByRole('spinbutton', { name: t('ui.field.day') });
    await user.click(within(form).getByRole('button', { name: t('ui.form.take-measure.submit') }));
    expect(within(form).getByRole('alert').textContent).toContain(t('ui.form.need-execute-at'));
    expect(document.activeElement).toBe(day);
    expect(seat.sent).toEqual([]);

    await user.type(day, '3');
    await user.type(within(when).getByLabelText(t('ui.field.time-of-day')), '08:00');
    await user.click(within(form).getByRole('button', { name: t('ui.form.take-measure.submit') }));
    const at = 2 * DAY + 8 * 60;
    expect(seat.sent).toEqual([expect.objectContaining({ type: 'takeMeasure', executeAt: at })]);
    expect(measureLine()).toContain(`‖ ${t('ui.measure.held', { when: dayTime(at) })}`);
  });

  it('is no longer offered at the agreed time once that time has come', async () => {
    const game = agreed().at(ACTION);
    const { carryOut } = await measureForm(game);
    expect(
      within(carryOut).queryByRole('radio', { name: (name) => name.includes(dayTime(ACTION)) }),
    ).toBeNull();
  });
});
