import type { LogLine } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { kindName, t } from '../i18n.js';
import { TestClient } from '../test/client.js';
import {
  bundled,
  preservationOfHostingLogs,
  thinMlaForHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { dayTime } from '../time.js';
import { LogPanel } from './log.js';

const tutorial = await bundled('tutorial');
/** Aldoria's view a day in, with the requests it has sent (none unless asked). */
function aldoria(send: (game: ReturnType<typeof tutorialDayOne>) => void = () => {}) {
  const day = tutorialDayOne(tutorial);
  send(day);
  return signal(day.game.view('aldoria'));
}

const line = (at: number, title: string): LogLine => ({ at, key: 'ui.notice.inject', params: { title } });

describe('the log', () => {
  it('lists what the team has seen happen, newest first, each line with its game time, said from the catalogue', () => {
    const client = new TestClient({ log: [line(60, 'The page goes down'), line(1500, 'A new kit appears')] });
    render(<LogPanel log={client.signals.log} view={aldoria()} />);
    expect(screen.getByRole('heading', { level: 2, name: t('ui.log.title') })).toBeTruthy();
    const list = screen.getByRole('list');
    expect(list.hasAttribute('reversed')).toBe(true);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([`${dayTime(1500)} A new kit appears`, `${dayTime(60)} The page goes down`]);
  });

  it('adds a new line at the top and leaves the others, even as the oldest are dropped', () => {
    const first = line(60, 'First');
    const second = line(120, 'Second');
    const client = new TestClient({ log: [first, second] });
    render(<LogPanel log={client.signals.log} view={aldoria()} />);
    const [secondItem, firstItem] = screen.getAllByRole('listitem');
    const observer = new MutationObserver(() => {});
    observer.observe(secondItem as HTMLElement, { subtree: true, characterData: true, childList: true });

    act(() => client.receive({ log: [first, second, line(180, 'Third')] }));
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `${dayTime(180)} Third`,
      `${dayTime(120)} Second`,
      `${dayTime(60)} First`,
    ]);
    expect(items[1]).toBe(secondItem);
    expect(items[2]).toBe(firstItem);

    // The client keeps the last lines only: the first goes, the others stay as they were.
    act(() => client.receive({ log: [second, client.state.log[2] as LogLine] }));
    const kept = screen.getAllByRole('listitem');
    expect(kept).toHaveLength(2);
    expect(kept[1]).toBe(secondItem);
    expect(kept[0]).toBe(items[0]);
    expect(observer.takeRecords()).toEqual([]);
  });

  it('says the engine’s ids in plain words: a measure by its name, safeguards by what they are', () => {
    const lines: LogLine[] = [
      { at: 10, key: 'log.measure-taken', params: { country: 'Aldoria', kind: 'production-order' } },
      { at: 10, key: 'violation.safeguards', params: { missing: 'authorisedBy, grounds, scope, duration' } },
      {
        at: 20,
        key: 'log.agreement-proposed',
        params: { country: 'Borealis', kind: 'joint-investigation-team' },
      },
    ];
    render(<LogPanel log={new TestClient({ log: lines }).signals.log} view={aldoria()} />);
    const text = screen.getByRole('list').textContent ?? '';
    expect(text).toContain('Aldoria ordered a production order.');
    expect(text).toContain(
      `(${[t('safeguard.authorisedBy'), t('safeguard.grounds'), t('safeguard.scope'), t('safeguard.duration')].join(', ')})`,
    );
    expect(text).toContain(`Borealis proposed an agreement: ${t('agreement.joint-investigation-team')}.`);
    expect(text).not.toMatch(/production-order|authorisedBy|joint-investigation-team/);
  });

  it('shows an empty list before anything has happened', () => {
    render(<LogPanel log={new TestClient().signals.log} view={aldoria()} />);
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });

  it('names a request by its kind, the other country and when it was sent; twins by their number', () => {
    const view = aldoria(({ game, caseId }) => {
      game.do('aldoria', thinMlaForHostingLogs(caseId));
      game.do('aldoria', thinMlaForHostingLogs(caseId));
      game.do('aldoria', preservationOfHostingLogs(caseId));
    });
    const ids = Object.keys(view.value.requests);
    const lines: LogLine[] = ids.map((request) => ({
      at: 1440,
      key: 'log.request-executed',
      params: { request },
    }));
    render(<LogPanel log={new TestClient({ log: lines }).signals.log} view={view} />);
    const text = [...screen.getByRole('list').querySelectorAll('li')].map((item) => item.textContent ?? '');
    const about = (kind: string) =>
      t('ui.about.request-to', { kind, country: 'Borealis', when: dayTime(1440) });
    const mla = about(kindName('stored-data'));
    expect(text.reverse()).toEqual([
      `${dayTime(1440)} Request “${t('ui.about.request-nth', { about: mla, n: 1 })}” was executed.`,
      `${dayTime(1440)} Request “${t('ui.about.request-nth', { about: mla, n: 2 })}” was executed.`,
      `${dayTime(1440)} Request “${about(kindName('preservation'))}” was executed.`,
    ]);
    for (const id of ids) expect(text.join(' ')).not.toContain(id);
  });
});
