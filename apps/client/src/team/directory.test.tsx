import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { countryView } from '../state/client.js';
import { TestClient } from '../test/client.js';
import { bundled, DAY, preservationOfHostingLogs, tutorialDayOne, Wire } from '../test/fixtures.js';
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
        id === 'aldoria' ? `${country.name} (${t('ui.directory.you')})` : country.name,
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
