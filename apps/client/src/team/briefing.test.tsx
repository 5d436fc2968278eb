import { INSTRUCTOR } from '@crossborder/engine';
import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { countryView } from '../state/client.js';
import { TestClient } from '../test/client.js';
import { bundled, DAY, Game, tutorialDayOne, Wire } from '../test/fixtures.js';
import { dayAndTime } from '../time.js';
import { BriefingPanel } from './briefing.js';

const tutorial = await bundled('tutorial');
const when = (minutes: number) => t('ui.time.day-time', dayAndTime(minutes));

function mountBriefing() {
  const { game } = tutorialDayOne(tutorial);
  const wire = new Wire(game, 'aldoria');
  const client = new TestClient({ view: wire.view });
  render(<BriefingPanel view={countryView(client.signals.view, wire.view)} />);
  return { game, wire, client };
}

const objectiveItem = (title: string) =>
  screen.getAllByRole('listitem').find((item) => item.querySelector('strong')?.textContent === title);

describe('the briefing', () => {
  it('shows the case, the team’s own briefing, its objectives with their deadlines, its score and the news', () => {
    const { wire } = mountBriefing();
    const { briefing } = wire.view;
    expect(screen.getByRole('heading', { level: 2, name: briefing.caseTitle })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: t('ui.briefing.yours', { country: 'Aldoria' }) }),
    ).toBeTruthy();
    if (briefing.own) expect(screen.getByText(briefing.own)).toBeTruthy();

    const objectives = within(screen.getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
    expect(objectives.map((item) => item.querySelector('strong')?.textContent)).toEqual(
      Object.values(wire.view.objectives).map((objective) => objective.title),
    );
    const preserve = objectiveItem('Preserve the hosting logs before Northwind deletes them');
    expect(preserve?.textContent).toContain(t('ui.briefing.points', { points: 30 }));
    expect(preserve?.textContent).toContain(t('ui.briefing.deadline', { when: when(5 * DAY) }));

    const { total, objectives: earned, rubric, penalties } = wire.view.score;
    expect(
      screen.getByText(t('ui.briefing.score-line', { total, objectives: earned, rubric, penalties })),
    ).toBeTruthy();
    // A day in, the page has gone down (the tutorial's first inject).
    expect(screen.getByRole('heading', { name: t('ui.briefing.injects') })).toBeTruthy();
    expect(screen.getByText('The page goes down')).toBeTruthy();
    expect(screen.getByRole('heading', { name: t('ui.briefing.your-law') })).toBeTruthy();
  });

  it('changes in place what the update changed: an objective missed, news added, the rest untouched', () => {
    const { game, wire, client } = mountBriefing();
    const preserve = objectiveItem('Preserve the hosting logs before Northwind deletes them');
    const takedown = screen.getByText('The page goes down').closest('li') as HTMLElement;
    const heading = screen.getByRole('heading', { level: 2 });
    const observer = new MutationObserver(() => {});
    observer.observe(takedown, { subtree: true, childList: true, characterData: true, attributes: true });

    // Nobody preserved the hosting logs: by day 8 they are gone and the objective is missed.
    game.at(8 * DAY);
    act(() => client.receive({ view: wire.receive() }));

    const missed = wire.view.objectives['preserve-logs']?.missedAt;
    expect(missed).not.toBeNull();
    const after = objectiveItem('Preserve the hosting logs before Northwind deletes them');
    expect(after).toBe(preserve);
    expect(after?.textContent).toContain(`✖ ${t('ui.briefing.missed', { when: when(missed ?? 0) })}`);

    const news = screen
      .getAllByText(/^(The page goes down|A new kit appears)$/)
      .map((title) => title.closest('li'));
    expect(news).toHaveLength(2);
    expect(news[0]).toBe(takedown);
    expect(observer.takeRecords()).toEqual([]);
    expect(screen.getByRole('heading', { level: 2 })).toBe(heading);
  });
});

describe('the briefing: the team’s reservations and treaties', () => {
  const mount = async (country: string) => {
    const game = new Game(await bundled('fraud-ring'));
    const wire = new Wire(game, country);
    const client = new TestClient({ view: wire.view });
    render(<BriefingPanel view={countryView(client.signals.view, wire.view)} />);
  };

  it('shows the options a country took, with their articles', async () => {
    await mount('castavia');
    expect(screen.getByRole('heading', { name: t('ui.briefing.reservations') })).toBeTruthy();
    expect(document.querySelector('.reservations [data-article="7(2)"]')?.textContent).toContain(
      'a crime only where a security measure was infringed (Art. 7(2))',
    );
    expect(screen.queryByRole('heading', { name: t('ui.briefing.treaties') })).toBeNull();
  });

  it('shows the treaties that bind it, declared under it or under the other party', async () => {
    await mount('orrevia');
    expect(screen.getByRole('heading', { name: t('ui.briefing.treaties') })).toBeTruthy();
    const treaty = document.querySelector('[data-treaty="lumeria-orrevia-mlat"]');
    expect(treaty?.textContent).toContain(t('law.treaty.mla-with', { other: 'Lumeria' }));
    expect(treaty?.textContent).toContain(t('law.treaty.adds', { items: 'applicable-law' }));
    expect(treaty?.textContent).toContain('The text of the law that makes the conduct an offence');
    expect(screen.queryByRole('heading', { name: t('ui.briefing.reservations') })).toBeNull();
  });
});

describe('the briefing: the law a team needs', () => {
  it('shows its own law on requests, and what the providers of its case file offer and tell their customers', () => {
    const scenario = structuredClone(tutorial);
    const aldoria = scenario.countries.aldoria;
    const bank = scenario.case.providers['harbourline-bank'];
    if (!aldoria || !bank) throw new Error('no Aldoria or bank');
    aldoria.law.extraditionMinPenaltyYears = 3;
    bank.offersServicesIn = ['borealis'];
    bank.notifiesCustomers = true;
    const { game } = tutorialDayOne(scenario);
    const wire = new Wire(game, 'aldoria');
    const client = new TestClient({ view: wire.view });
    render(<BriefingPanel view={countryView(client.signals.view, wire.view)} />);
    expect(screen.getByText(t('law.note.extradition-min-penalty', { years: '3' }))).toBeTruthy();
    expect(screen.getByRole('heading', { name: t('ui.briefing.providers') })).toBeTruthy();
    const params = { provider: 'Harbourline Bank', country: 'Aldoria' };
    expect(
      screen.getByText(t('law.provider.offers-services', { ...params, countries: 'Borealis' })),
    ).toBeTruthy();
    expect(screen.getByText(t('law.provider.notifies-customers', params))).toBeTruthy();
  });

  it('names no provider when none has anything to say', () => {
    mountBriefing();
    expect(screen.queryByRole('heading', { name: t('ui.briefing.providers') })).toBeNull();
  });

  it('shows the instructor’s words as a message from the instructor, and news written live by its title', () => {
    const { game, wire, client } = mountBriefing();
    game.do(INSTRUCTOR, { type: 'sendMessage', text: 'Aldoria: ten minutes to go.', to: ['aldoria'] });
    game.do(INSTRUCTOR, {
      type: 'writeInject',
      inject: {
        title: 'A journalist calls',
        message: 'She asks about the bank.',
        audience: 'all',
        effects: [],
      },
    });
    act(() => client.receive({ view: wire.receive() }));
    const message = screen
      .getByText('Aldoria: ten minutes to go.', { exact: false })
      .closest('li') as HTMLElement;
    expect(message.textContent).toBe(
      `❝ ${t('ui.message.from-instructor')} — ${when(DAY)}: Aldoria: ten minutes to go.`,
    );
    const news = screen.getByText('She asks about the bank.', { exact: false }).closest('li') as HTMLElement;
    expect(within(news).getByText('A journalist calls').tagName).toBe('STRONG');
  });
});
