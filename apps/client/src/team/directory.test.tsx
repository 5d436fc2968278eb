import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { countryView } from '../state/client.js';
import { TestClient } from '../test/client.js';
import { bundled, DAY, Game, preservationOfHostingLogs, tutorialDayOne, Wire } from '../test/fixtures.js';
import { DirectoryPanel } from './directory.js';

const tutorial = await bundled('tutorial');

function mountDirectory() {
  const { game, caseId } = tutorialDayOne(tutorial);
  const wire = new Wire(game, 'aldoria');
  const client = new TestClient({ view: wire.view });
  render(<DirectoryPanel view={countryView(client.signals.view, wire.view)} />);
  return { game, caseId, wire, client };
}

describe('the directory', () => {
  it("shows every country's authorities, convention status and law, and which one is yours", () => {
    const { wire } = mountDirectory();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.directory.title') })).toBeTruthy();
    const countries = Object.values(wire.view.briefing.directory);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(countries.length);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      Object.entries(wire.view.briefing.directory).map(([id, country]) =>
        id === 'aldoria' ? t('ui.directory.you', { name: country.name }) : country.name,
      ),
    );
    const borealis = wire.view.briefing.directory.borealis;
    const card = within(cards[1] as HTMLElement);
    expect(card.getByText(t('ui.directory.central-authority'))).toBeTruthy();
    expect(card.getByText(new RegExp(`^${borealis?.centralAuthority.name}`))).toBeTruthy();
    expect(card.getByText(borealis?.utcOffset ?? '?')).toBeTruthy();
  });

  it('lets the updates of a game pass it by: nothing in it is touched', () => {
    const { game, caseId, wire, client } = mountDirectory();
    const before = screen.getAllByRole('article');
    const section = before[0]?.parentElement as HTMLElement;
    const observer = new MutationObserver(() => {});
    observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });

    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => client.receive({ view: wire.receive() }));
    game.at(3 * DAY);
    act(() => client.receive({ view: wire.receive() }));

    expect(observer.takeRecords()).toEqual([]);
    expect(screen.getAllByRole('article')).toEqual(before);
  });
});

describe('the directory: reservations and treaties', () => {
  it("shows each country's reservations and options with their articles, and the treaties that bind it", async () => {
    const game = new Game(await bundled('fraud-ring'));
    const wire = new Wire(game, 'tarsenia');
    const client = new TestClient({ view: wire.view });
    render(<DirectoryPanel view={countryView(client.signals.view, wire.view)} />);
    const card = (id: string) => within(document.querySelector(`[data-country="${id}"]`) as HTMLElement);

    // Castavia took the Art. 7(2) option, in its own words for the offence.
    const castavia = card('castavia');
    expect(castavia.getByText(t('ui.directory.reservations'))).toBeTruthy();
    expect(
      castavia.getByText(
        t('law.reservation.requires', {
          conduct: 'Acceso ilícito a un sistema informático',
          element: 'a security measure was infringed',
          article: '7(2)',
        }),
      ),
    ).toBeTruthy();
    // The treaty is declared under Lumeria; it binds Orrevia too, and both cards show it.
    const treaty = 'Treaty between Lumeria and Orrevia on Mutual Legal Assistance in Criminal Matters (2009)';
    for (const id of ['lumeria', 'orrevia']) {
      const item = document.querySelector(`[data-country="${id}"] [data-treaty="lumeria-orrevia-mlat"]`);
      expect(item?.querySelector('strong')?.textContent).toBe(treaty);
      expect(item?.textContent).toContain(t('law.treaty.channels', { channels: 'central-authority' }));
    }
    expect(document.querySelector('[data-country="lumeria"] [data-treaty]')?.textContent).toContain(
      t('law.treaty.mla-with', { other: 'Orrevia' }),
    );
    // A country with neither says so.
    expect(card('tarsenia').getAllByText(t('ui.directory.none'))).toHaveLength(2);
  });
});

describe("the directory: each country's law on requests", () => {
  it('says in plain words the extradition minimum, interception, the executing authority, data protection and notification', async () => {
    const scenario = structuredClone(await bundled('tutorial'));
    const borealis = scenario.countries.borealis;
    if (!borealis) throw new Error('no Borealis');
    borealis.law.extraditionMinPenaltyYears = 2;
    borealis.law.powers = {
      realTimeCollection: false,
      interception: true,
      interceptionFor: ['illegal-access'],
    };
    borealis.law.executingAuthority = 'The Borealis Court of Inquiry';
    borealis.law.dataProtection = {
      conditions: ['Used only for this case'],
      forbidsTransferTo: [],
      onConditionsTo: ['aldoria'],
    };
    borealis.law.notifiesDataSubjects = true;
    const game = new Game(scenario);
    const wire = new Wire(game, 'aldoria');
    const client = new TestClient({ view: wire.view });
    render(<DirectoryPanel view={countryView(client.signals.view, wire.view)} />);
    const card = within(document.querySelector('[data-country="borealis"]') as HTMLElement);
    expect(card.getByText(t('ui.directory.law'))).toBeTruthy();
    const access = borealis.law.criminalises['illegal-access']?.name ?? '';
    for (const said of [
      t('law.note.extradition-min-penalty', { years: '2' }),
      t('law.note.no-real-time'),
      t('law.note.interception-for', { conducts: access }),
      t('law.note.executing-authority', { authority: 'The Borealis Court of Inquiry' }),
      t('law.note.data-protection-on-conditions', {
        countries: 'Aldoria',
        conditions: 'Used only for this case',
      }),
      t('law.note.notifies-data-subjects'),
    ])
      expect(card.getByText(said)).toBeTruthy();
    // Aldoria's law says none of that: the defaults, in words.
    const aldoria = within(document.querySelector('[data-country="aldoria"]') as HTMLElement);
    expect(aldoria.getByText(t('law.note.extradition-min-penalty', { years: '1' }))).toBeTruthy();
    expect(aldoria.getByText(t('law.note.interception-serious'))).toBeTruthy();
    expect(aldoria.queryByText(t('law.note.notifies-data-subjects'))).toBeNull();
  });
});
