import { signal } from '@preact/signals';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t, tDynamic } from '../i18n.js';
import { bundled, type Game, tutorialDayOne } from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { dayTime } from '../time.js';
import { JurisdictionPanel } from './jurisdiction.js';

const tutorial = await bundled('tutorial');

function mountJurisdiction(
  country: 'aldoria' | 'borealis' = 'aldoria',
  game: Game = tutorialDayOne(tutorial).game,
) {
  const seat = new Seat(game, country);
  render(<JurisdictionPanel team={seat.team} />);
  return { seat, game, user: userEvent.setup() };
}

/** Aldoria opens a consultation with Borealis on the parallel proceedings. */
function consulting(): Game {
  const { game } = tutorialDayOne(tutorial);
  game.do('aldoria', {
    type: 'openConsultation',
    with: ['borealis'],
    topic: 'parallel-proceedings',
    message: 'We both have a claim on the phishing kit: shall we talk?',
  });
  return game;
}

describe('the jurisdiction panel', () => {
  it('says there are no claims or consultations yet, and offers to claim, consult and propose', () => {
    mountJurisdiction();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.jurisdiction.title') })).toBeTruthy();
    expect(screen.getByText(t('ui.jurisdiction.no-claims'))).toBeTruthy();
    expect(screen.getByText(t('ui.jurisdiction.no-consultations'))).toBeTruthy();
    for (const name of ['ui.form.claim', 'ui.form.consult', 'ui.form.propose'] as const)
      expect(screen.getByRole('form', { name: t(name) })).toBeTruthy();
  });

  it('claims jurisdiction: the claim is listed, and the keyboard goes to the ruling', async () => {
    const { seat, user } = mountJurisdiction();
    const form = screen.getByRole('form', { name: t('ui.form.claim') });
    await user.click(within(form).getByRole('button', { name: t('ui.form.claim.submit') }));
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: t('ui.field.offence') }));
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.offence') }), [
      'credential-phishing',
    ]);
    await user.click(within(form).getByRole('button', { name: t('ui.form.claim.submit') }));
    expect(document.activeElement).toBe(within(form).getAllByRole('checkbox')[0]);
    await user.click(within(form).getByRole('checkbox', { name: tDynamic('basis.territory') }));
    await user.type(
      within(form).getByRole('textbox', { name: t('ui.field.reasoning') }),
      'The victims are here',
    );
    await user.click(within(form).getByRole('button', { name: t('ui.form.claim.submit') }));
    expect(seat.sent).toEqual([
      {
        type: 'claimJurisdiction',
        offence: 'credential-phishing',
        bases: ['territory'],
        reasoning: 'The victims are here',
      },
    ]);
    expect(document.activeElement).toBe(within(form).getByRole('status'));
    const [claim] = Object.values(seat.view.claims);
    const item = document.querySelector(`[data-claim="${claim?.id}"]`) as HTMLElement;
    expect(item.textContent).toContain(
      t('ui.jurisdiction.claim-line', {
        country: 'Aldoria',
        // An offence is said by its description, never its id.
        offence: seat.view.briefing.offences['credential-phishing']?.description ?? '',
        bases: tDynamic('basis.territory'),
        when: dayTime(claim?.at ?? 0),
      }),
    );
    expect(within(item).getByText('The victims are here')).toBeTruthy();
  });

  it('shows a ruling against a claim with how sure its wording is', async () => {
    const { user } = mountJurisdiction();
    const form = screen.getByRole('form', { name: t('ui.form.claim') });
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.offence') }), [
      'credential-phishing',
    ]);
    await user.click(within(form).getByRole('checkbox', { name: tDynamic('basis.offender-nationality') }));
    await user.click(within(form).getByRole('button', { name: t('ui.form.claim.submit') }));
    const ruling = within(form).getByRole('alert');
    expect(document.activeElement).toBe(ruling);
    expect(ruling.querySelector('.provenance')?.textContent).toContain(t('provenance.mark.model'));
  });

  it('says where claims collide, naming the countries', () => {
    const { game } = tutorialDayOne(tutorial);
    game.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'credential-phishing',
      bases: ['territory'],
      reasoning: '',
    });
    game.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'credential-phishing',
      bases: ['territory'],
      reasoning: '',
    });
    const { seat } = mountJurisdiction('aldoria', game);
    expect(document.querySelectorAll('.claims li')).toHaveLength(2);
    const note = screen.getByRole('note');
    const offence = seat.view.briefing.offences['credential-phishing']?.description ?? '';
    expect(note.textContent).toContain(`${offence} (Aldoria, Borealis)`);
    expect(note.textContent).not.toContain('credential-phishing');
    expect(note.textContent).toMatch(/^⚠ /);
  });

  it('shows a consultation as a thread, adds a reply as one new message, and lets the team reply', async () => {
    const game = consulting();
    const { seat, user } = mountJurisdiction('borealis', game);
    const [consultation] = Object.values(seat.view.consultations);
    // Named by its topic and who takes part, never its id.
    const thread = screen.getByRole('article', {
      name: t('ui.jurisdiction.consultation-title', {
        topic: tDynamic('topic.parallel-proceedings'),
        with: 'Aldoria, Borealis',
      }),
    });
    expect(thread.textContent).not.toContain(consultation?.id);
    expect(thread.getAttribute('data-consultation')).toBe(consultation?.id);
    const first = within(thread).getByRole('listitem');
    expect(first.textContent).toContain('Aldoria (');
    expect(first.textContent).toContain('shall we talk?');

    const reply = within(thread).getByRole('form', { name: t('ui.form.reply') });
    await user.type(within(reply).getByRole('textbox', { name: t('ui.field.message') }), 'Yes, tomorrow.');
    await user.click(within(reply).getByRole('button', { name: t('ui.form.reply.submit') }));
    expect(seat.sent).toEqual([
      { type: 'sendConsultationMessage', consultationId: consultation?.id, text: 'Yes, tomorrow.' },
    ]);
    const messages = within(thread).getAllByRole('listitem');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(first);
    expect(messages[1]?.textContent).toContain('Borealis (');
    expect(
      (within(reply).getByRole('textbox', { name: t('ui.field.message') }) as HTMLTextAreaElement).value,
    ).toBe('');
  });

  it('opens a consultation with the countries chosen', async () => {
    const { seat, user } = mountJurisdiction();
    const form = screen.getByRole('form', { name: t('ui.form.consult') });
    await user.click(within(form).getByRole('button', { name: t('ui.form.consult.submit') }));
    expect(document.activeElement).toBe(within(form).getByRole('checkbox', { name: 'Borealis' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Borealis' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.topic') }), [
      'parallel-proceedings',
    ]);
    await user.click(within(form).getByRole('button', { name: t('ui.form.consult.submit') }));
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: t('ui.field.message') }));
    await user.type(document.activeElement as HTMLElement, 'Shall we coordinate?');
    await user.click(within(form).getByRole('button', { name: t('ui.form.consult.submit') }));
    expect(seat.sent).toEqual([
      {
        type: 'openConsultation',
        with: ['borealis'],
        topic: 'parallel-proceedings',
        message: 'Shall we coordinate?',
      },
    ]);
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('proposes an agreement, and the other party may accept or reject it', async () => {
    const game = consulting();
    const aldoria = mountJurisdiction('aldoria', game);
    const [consultation] = Object.values(aldoria.seat.view.consultations);
    const form = screen.getByRole('form', { name: t('ui.form.propose') });
    await aldoria.user.selectOptions(
      within(form).getByRole('combobox', { name: t('ui.field.consultation') }),
      [consultation?.id ?? ''],
    );
    await aldoria.user.click(within(form).getByRole('button', { name: t('ui.form.propose.submit') }));
    expect(document.activeElement).toBe(
      within(form).getByRole('combobox', { name: t('ui.field.agreement-kind') }),
    );
    await aldoria.user.selectOptions(
      within(form).getByRole('combobox', { name: t('ui.field.agreement-kind') }),
      ['lead-jurisdiction'],
    );
    await aldoria.user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.lead') }), [
      'aldoria',
    ]);
    await aldoria.user.selectOptions(
      within(form).getByRole('combobox', { name: t('ui.field.offence-optional') }),
      ['credential-phishing'],
    );
    await aldoria.user.click(within(form).getByRole('button', { name: t('ui.form.propose.submit') }));
    expect(aldoria.seat.sent.at(-1)).toEqual({
      type: 'proposeAgreement',
      consultationId: consultation?.id,
      kind: 'lead-jurisdiction',
      text: '',
      lead: 'aldoria',
      offence: 'credential-phishing',
    });
    expect(within(form).getByRole('status').textContent).toBe(`✔ ${t('ui.form.accepted')}`);
    const [agreement] = Object.values(aldoria.seat.view.agreements);
    expect(document.querySelector(`[data-agreement="${agreement?.id}"]`)?.textContent).toContain(
      t('ui.jurisdiction.pending'),
    );
    document.body.replaceChildren();

    const borealis = mountJurisdiction('borealis', game);
    const item = document.querySelector(`[data-agreement="${agreement?.id}"]`) as HTMLElement;
    const accept = within(item).getByRole('form', { name: t('ui.form.accept-agreement') });
    expect(within(item).getByRole('form', { name: t('ui.form.reject-agreement') })).toBeTruthy();
    await borealis.user.click(within(accept).getByRole('button', { name: t('ui.form.accept') }));
    expect(borealis.seat.sent).toEqual([
      { type: 'answerAgreement', agreementId: agreement?.id, accept: true },
    ]);
    act(() => borealis.seat.update());
    expect(within(item).queryByRole('form')).toBeNull();
  });

  it('says whether an agreement was concluded or rejected, and leaves withdrawn claims out', () => {
    const { game } = tutorialDayOne(tutorial);
    game.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'credential-phishing',
      bases: ['territory'],
      reasoning: '',
    });
    const view = game.view('aldoria');
    const [claimId, claim] = Object.entries(view.claims)[0] ?? [];
    if (!claimId || !claim) throw new Error('no claim');
    const seat = new Seat(game, 'aldoria');
    const base = {
      kind: 'lead-jurisdiction' as const,
      parties: ['aldoria', 'borealis'],
      acceptedBy: ['aldoria', 'borealis'],
      rejectedBy: [],
    };
    const agreements = {
      A1: { ...base, id: 'A1', concludedAt: 60 },
      A2: { ...base, id: 'A2', concludedAt: null, acceptedBy: ['aldoria'], rejectedBy: ['borealis'] },
    } as unknown as typeof view.agreements;
    const changed = signal({
      ...seat.view,
      agreements,
      claims: { [claimId]: { ...claim, withdrawnAt: 90 } },
    });
    render(<JurisdictionPanel team={{ ...seat.team, view: changed }} />);
    expect(document.querySelector('[data-agreement="A1"]')?.textContent).toContain(
      t('ui.jurisdiction.concluded'),
    );
    expect(document.querySelector('[data-agreement="A2"]')?.textContent).toContain(
      t('ui.jurisdiction.rejected'),
    );
    // Aldoria has answered both: nothing to answer.
    expect(screen.queryByRole('form', { name: t('ui.form.accept-agreement') })).toBeNull();
    expect(screen.getByText(t('ui.jurisdiction.no-claims'))).toBeTruthy();
  });
});
