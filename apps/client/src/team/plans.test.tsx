import type { CountryView, PlanView } from '@crossborder/engine';
import { signal } from '@preact/signals';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t, tDynamic } from '../i18n.js';
import { bundled, DAY, Game } from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { dayTime } from '../time.js';
import { JurisdictionPanel } from './jurisdiction.js';

const botnet = await bundled('botnet');
const tutorial = await bundled('tutorial');

function mount(game: Game, country: string, change?: (view: CountryView) => CountryView) {
  const seat = new Seat(game, country);
  const view = change ? signal(change(seat.view)) : seat.team.view;
  render(<JurisdictionPanel team={{ ...seat.team, view }} />);
  return seat;
}

const section = () => screen.queryByRole('region', { name: t('ui.plans.title') });
const planLine = (id: string) => section()?.querySelector(`[data-plan="${id}"]`)?.textContent ?? '';

const TEAM_LINE = t('ui.plans.line', {
  title: 'Joint investigation team StormCellar',
  kind: tDynamic('agreement.joint-investigation-team'),
  members: 'Veldmark, Ostmere, Coralia, Lazuria',
});

/** The view with one plan changed. */
const withPlan = (id: string, change: Partial<PlanView>) => (view: CountryView) => {
  const plan = view.plans[id];
  if (!plan) throw new Error(`no plan ${id}`);
  return { ...view, plans: { ...view.plans, [id]: { ...plan, ...change } } };
};

describe('agreements the case calls for', () => {
  it('lists the country’s, by title, kind and members’ names, not yet called for at the start', () => {
    mount(new Game(botnet), 'lazuria');
    const found = section();
    if (!found) throw new Error('no section');
    expect(within(found).getByText(t('ui.plans.hint'))).toBeTruthy();
    expect(within(found).getAllByRole('listitem')).toHaveLength(2);
    expect(planLine('stormcellar-team')).toBe(`${TEAM_LINE} — ○ ${t('ui.plans.waiting')}`);
    // No id said: the plan's own, or a country's.
    expect(found.textContent).not.toMatch(/stormcellar-team|lazuria|veldmark/);
  });

  it('says who is to propose one the case now calls for: this team, or another named', () => {
    mount(new Game(botnet), 'lazuria', (view) =>
      withPlan('action-day', { calledFor: true })(withPlan('stormcellar-team', { calledFor: true })(view)),
    );
    expect(planLine('action-day')).toContain(`→ ${t('ui.plans.yours')}`);
    expect(planLine('stormcellar-team')).toContain(`→ ${t('ui.plans.theirs', { country: 'Veldmark' })}`);
  });

  it('says when one was signed, once an agreement fulfilling it is concluded', () => {
    const game = new Game(botnet);
    game.at(DAY);
    game.do('lazuria', {
      type: 'openConsultation',
      with: ['veldmark', 'ostmere'],
      topic: 'coordination-meeting',
      message: 'An action day?',
    });
    const consultationId = Object.keys(game.view('lazuria').consultations)[0] ?? '';
    game.do('lazuria', {
      type: 'proposeAgreement',
      consultationId,
      kind: 'action-day',
      members: ['lazuria', 'veldmark', 'ostmere'],
      actionAt: 10 * DAY,
      text: '',
    });
    const agreementId = Object.keys(game.view('lazuria').agreements)[0] ?? '';
    game.at(DAY + 90);
    for (const country of ['veldmark', 'ostmere'])
      game.do(country, { type: 'answerAgreement', agreementId, accept: true });
    mount(game, 'lazuria');
    expect(planLine('action-day')).toContain(`✔ ${t('ui.plans.signed', { when: dayTime(DAY + 90) })}`);
    expect(planLine('stormcellar-team')).toContain(`○ ${t('ui.plans.waiting')}`);
  });

  it('is not there for a country the case asks nothing of, nor in a case that calls for none', () => {
    mount(new Game(botnet), 'karvossa');
    expect(section()).toBeNull();
    cleanup();
    mount(new Game(tutorial), 'aldoria');
    expect(section()).toBeNull();
  });
});
