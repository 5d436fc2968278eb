import { keptUntil } from '@crossborder/engine';
import type { Progress } from '@crossborder/protocol';
import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ruleCitation } from '../citations.js';
import { kindName, t, violationMessage } from '../i18n.js';
import {
  bundled,
  DAY,
  preservationOfHostingLogs,
  thinMlaForHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { dayTime, span } from '../time.js';
import { instructorView } from './context.js';
import { Dashboard } from './dashboard.js';
import { ConsoleTestClient, InstructorWire, reading } from './test-support.js';

const tutorial = await bundled('tutorial');
/** The hosting logs, as a person knows them: by title, never by id. */
const LOGS = 'Northwind Hosting control-panel logs';

function mountDashboard(at = DAY, progress: Progress | null = null) {
  const { game, caseId } = tutorialDayOne(tutorial);
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view, clock: reading(at, false), progress });
  const { signals } = client;
  render(
    <Dashboard
      view={instructorView(signals.view, wire.view)}
      minutes={signals.minutes}
      progress={signals.progress}
      seats={signals.seats}
      clock={signals.clock}
    />,
  );
  const update = () => act(() => client.receive({ view: wire.receive() }));
  return { game, caseId, wire, client, update };
}

const row = (country: string) => document.querySelector(`tr[data-dashboard="${country}"]`) as HTMLElement;
const cell = (hook: string, country: string) =>
  document.querySelector(`[${hook}="${country}"]`)?.textContent ?? null;

describe('the dashboard', () => {
  it('shows every country: requests in flight, what is at risk, violations and score', () => {
    const { wire } = mountDashboard();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.console.dashboard') })).toBeTruthy();
    const table = screen.getByRole('table', { name: t('ui.console.dashboard') });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      t('ui.console.country'),
      t('ui.progress.objectives'),
      t('ui.progress.next'),
      t('ui.progress.waiting'),
      t('ui.progress.idle'),
      t('ui.console.in-flight'),
      t('ui.console.at-risk'),
      t('ui.console.violations'),
      t('ui.console.score'),
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Aldoria', 'Borealis']);
    expect(cell('data-in-flight-cell', 'aldoria')).toBe('—');
    expect(cell('data-violations', 'aldoria')).toBe('0');
    expect(cell('data-score', 'aldoria')).toBe(String(wire.view.scores.aldoria?.total ?? 0));
    expect(screen.getByRole('heading', { level: 3, name: t('ui.console.violation-feed') })).toBeTruthy();
    expect(screen.getByText(t('ui.console.no-violations'))).toBeTruthy();
  });

  it('lists the requests in flight of both countries, one item per request', () => {
    const { game, caseId, wire, update } = mountDashboard();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    update();
    const [request] = Object.values(wire.view.state.requests);
    if (!request) throw new Error('no request');
    // Said by kind and countries, never by the request's internal id.
    const line = t('ui.console.in-flight-line', {
      kind: kindName('preservation'),
      from: 'Aldoria',
      to: 'Borealis',
      status: t(`ui.status.${request.status}` as 'ui.status.in-transit'),
    });
    expect(line).not.toContain(request.id);
    for (const country of ['aldoria', 'borealis']) {
      const items = within(row(country)).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual([line]);
      expect(items[0]?.getAttribute('data-in-flight')).toBe(request.id);
    }
  });

  it('drops a request from the list once it is over, and leaves the rows of the others alone', () => {
    const { game, caseId, wire, update } = mountDashboard();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    update();
    const [request] = Object.values(wire.view.state.requests);
    if (!request) throw new Error('no request');
    const item = document.querySelector(`[data-in-flight="${request.id}"]`);
    game.do('aldoria', { type: 'withdrawRequest', requestId: request.id, reasons: 'Sent in error' });
    update();
    expect(wire.view.state.requests[request.id]?.status).toBe('withdrawn');
    expect(item?.isConnected).toBe(false);
    expect(within(row('aldoria')).queryAllByRole('listitem')).toEqual([]);
    expect(cell('data-in-flight-cell', 'aldoria')).toBe('—');
  });

  it('says what a country is about to lose, and counts it down in that text alone', () => {
    const { wire, client } = mountDashboard();
    const logs = wire.view.state.evidence['hosting-logs'];
    const until = logs ? keptUntil(logs) : null;
    if (until === null) throw new Error('the hosting logs are kept for ever');
    act(() => client.receive({ clock: reading(until - 2 * DAY, false) }));
    expect(cell('data-at-risk', 'aldoria')).toBe('—');

    act(() => client.receive({ clock: reading(until - 12 * 60, false) }));
    const risk = document.querySelector('[data-at-risk="aldoria"]') as HTMLElement;
    expect(risk.textContent).toBe(t('ui.console.expires', { evidence: LOGS, left: span(12 * 60) }));
    expect(risk.textContent).not.toContain('hosting-logs');
    // Borealis does not know of the logs: nothing for it to lose.
    expect(cell('data-at-risk', 'borealis')).toBe('—');

    const table = screen.getByRole('table', { name: t('ui.console.dashboard') });
    const changes = new MutationObserver(() => {});
    changes.observe(table, { subtree: true, childList: true, characterData: true, attributes: true });
    act(() => client.receive({ clock: reading(until - 5 * 60, false) }));
    const written = changes.takeRecords();
    expect(written.map((change) => [change.type, change.target.parentElement])).toEqual([
      ['characterData', risk],
    ]);
    expect(risk.textContent).toBe(t('ui.console.expires', { evidence: LOGS, left: span(5 * 60) }));
  });

  it('counts violations and reads them out as they happen, newest first, adding one item each', () => {
    const { game, caseId, wire, update } = mountDashboard();
    game.do('aldoria', thinMlaForHostingLogs(caseId));
    update();
    const first = Object.values(wire.view.state.violations);
    expect(first.length).toBeGreaterThan(0);
    // The request the rulings are about, named as anyone but its two countries says it.
    const mla = t('ui.about.request-between', {
      kind: kindName('stored-data'),
      from: 'Aldoria',
      to: 'Borealis',
      when: dayTime(DAY),
    });
    expect(cell('data-violations', 'aldoria')).toBe(String(first.length));
    expect(cell('data-violations', 'borealis')).toBe('0');
    const feed = screen.getByRole('list', { name: t('ui.console.violation-feed') });
    expect(feed.closest('[aria-live="polite"]')).not.toBeNull();
    const items = within(feed).getAllByRole('listitem');
    // Recorded at the same time: the last recorded first.
    expect(items.map((item) => item.querySelector('.line')?.textContent)).toEqual(
      [...first]
        .reverse()
        .map(
          (violation) =>
            `${dayTime(violation.at)} — Aldoria: ${violationMessage(violation, () => mla)} (${ruleCitation(violation.ruleId)})`,
        ),
    );
    // Never the rule's or the request's internal id; the wording's provenance marked as the debrief marks it.
    for (const [index, violation] of [...first].reverse().entries()) {
      expect(items[index]?.textContent).not.toContain(violation.ruleId);
      expect(items[index]?.textContent).toContain(`“${mla}”`);
      expect(items[index]?.textContent).not.toContain(String(violation.line.params.request));
      expect(items[index]?.querySelector('.provenance')?.textContent).toContain(t('provenance.mark.model'));
    }

    game.at(DAY + 60);
    game.do('aldoria', thinMlaForHostingLogs(caseId));
    update();
    const after = within(feed).getAllByRole('listitem');
    expect(after.length).toBe(Object.keys(wire.view.state.violations).length);
    expect(after.slice(after.length - items.length)).toEqual(items);
    expect(after[0]?.textContent).toContain(dayTime(DAY + 60));
  });
});
