import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '@crossborder/report';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale, t, tDynamic } from '../i18n.js';
import { ruleText } from '../rule-text.js';
import { bundled, DAY } from '../test/fixtures.js';
import { stringsIn, untranslatedText } from '../test/pseudo.js';
import { when } from './common.js';
import { playedTutorial } from './fixture.js';
import { DebriefPage, type Loaded, loadDebrief } from './screen.js';

const tutorial = await bundled('tutorial');
const KEY = 'instructor-key-for-tests';
const MODEL_SENTENCE = /this follows UNTOC 18\(15\), the clause it copies/;

function loadedAt(until: number): Loaded {
  const played = playedTutorial(tutorial, until);
  return {
    key: KEY,
    id: 'session-1',
    code: 'K7PQ2M',
    scenario: tutorial,
    events: played.events,
    analysis: analyse(tutorial, played.events),
  };
}

const stop = vi.fn();
const board = vi.fn(() => stop);

function mountDebrief(load: (key: string, code: string) => Promise<unknown>) {
  const navigate = vi.fn();
  render(
    <DebriefPage
      code="K7PQ2M"
      navigate={navigate}
      board={board}
      load={load as Parameters<typeof DebriefPage>[0]['load']}
    />,
  );
  return { navigate };
}

async function shown(loaded = loadedAt(9 * DAY)) {
  const load = vi.fn(async () => ({ ok: true as const, loaded }));
  const mounted = mountDebrief(load);
  await screen.findByRole('heading', {
    level: 1,
    name: t('ui.debrief.heading', { title: tutorial.title, code: 'K7PQ2M' }),
  });
  return { ...mounted, load, loaded };
}

const lane = (id: string) => document.querySelector(`.lane[data-lane="${id}"]`) as HTMLElement;

beforeEach(() => {
  sessionStorage.setItem('crossborder.instructor-key', KEY);
});
afterEach(() => {
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

describe('the debrief', () => {
  it('says it is loading, then shows the session: title, outcome, timeline, results and replay', async () => {
    let finish: (value: { ok: true; loaded: Loaded }) => void = () => {};
    const load = vi.fn(() => new Promise<{ ok: true; loaded: Loaded }>((done) => (finish = done)));
    mountDebrief(load);
    const status = () => document.querySelector('.status-line[role="status"]')?.textContent;
    expect(status()).toBe(t('ui.app.loading'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('ui.debrief.title'));
    expect(load).toHaveBeenCalledWith(KEY, 'K7PQ2M');

    await act(async () => finish({ ok: true, loaded: loadedAt(9 * DAY) }));
    expect(status()).toBe('');
    expect(screen.getByText(`✖ ${t('report.not-won')}`)).toBeTruthy();
    for (const name of [
      t('report.timeline'),
      t('report.objectives'),
      t('report.scorecards'),
      t('report.violations-title'),
      t('ui.debrief.replay'),
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    expect(screen.getByRole('button', { name: t('ui.debrief.download-report') })).toBeTruthy();
    expect(screen.getByRole('button', { name: t('ui.console.export') })).toBeTruthy();
  });

  it('shows a lane per country and one for everyone, each event a mark that says when and what', async () => {
    await shown();
    const timeline = screen.getByRole('list', { name: t('report.timeline') });
    const lanes = within(timeline).getAllByRole('listitem');
    expect(lanes.map((item) => item.getAttribute('data-lane'))).toEqual(['*', 'aldoria', 'borealis']);
    expect(lanes.map((item) => item.querySelector('.lane-name')?.textContent)).toEqual([
      t('report.everyone'),
      'Aldoria',
      'Borealis',
    ]);
    const opened = within(lane('aldoria')).getByRole('button', {
      name: `${when(0)}: Aldoria opened a case: Harbourline.`,
    });
    expect(opened.textContent).toBe('◆');
    expect(opened.classList.contains('jurisdiction')).toBe(true);
    // Four rulings at the same moment sit side by side, each its own button.
    const rulings = lane('aldoria').querySelectorAll('.mark.ruling');
    expect(rulings).toHaveLength(4);
    expect(new Set([...rulings].map((mark) => (mark as HTMLElement).style.insetInlineStart)).size).toBe(4);
    expect(screen.getByText(t('ui.debrief.choose-item'))).toBeTruthy();
  });

  it('shows a violation with its rule, article, provenance and teaching note when its mark is chosen', async () => {
    const user = userEvent.setup();
    await shown();
    const ruling = lane('aldoria').querySelector('.mark.ruling') as HTMLElement;
    expect(ruling.getAttribute('aria-pressed')).toBe('false');
    await user.click(ruling);
    expect(ruling.getAttribute('aria-pressed')).toBe('true');
    const details = document.getElementById('item-details') as HTMLElement;
    expect(details.getAttribute('aria-live')).toBe('polite');
    const violation = details.querySelector('.violation') as HTMLElement;
    expect(violation.getAttribute('data-violation')).toBe('mla.contents.nature-of-case');
    expect(violation.textContent).toContain('Art. 40');
    expect(violation.querySelector('.provenance')?.textContent).toContain(t('provenance.mark.model'));
    expect(violation.textContent).toMatch(MODEL_SENTENCE);
    expect(violation.querySelector('.teaching')?.textContent).not.toBe('');
    expect(
      within(violation).getByText(
        t('ui.form.rule', { rule: ruleText('mla.contents.nature-of-case', 'title') }),
      ),
    ).toBeTruthy();
    expect(within(details).getByRole('heading', { level: 3 }).textContent).toBe(`✕ ${when(DAY)}`);
    // The details close with their own button, and the keyboard goes back to the mark.
    await user.click(within(details).getByRole('button', { name: t('ui.debrief.close-details') }));
    expect(details.querySelector('.violation')).toBeNull();
    expect(within(details).getByText(t('ui.debrief.choose-item'))).toBeTruthy();
    expect(ruling.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(ruling);
  });

  it('says why evidence was lost, under the rule on retention, when that mark is chosen', async () => {
    const user = userEvent.setup();
    await shown();
    await user.click(
      within(lane('aldoria')).getByRole('button', {
        name: new RegExp(`^${when(6 * DAY)}: "Northwind Hosting control-panel logs" was deleted`),
      }),
    );
    const explanation = document.querySelector('#item-details .explanation') as HTMLElement;
    expect(explanation.getAttribute('data-rule')).toBe('data.lost-after-retention');
    expect(explanation.textContent).toContain(
      t('ui.form.rule', { rule: ruleText('data.lost-after-retention', 'title') }),
    );
    expect(explanation.textContent).not.toContain('data.lost-after-retention');
    expect(document.querySelector('#item-details .violation')).toBeNull();
    // Keyboard: a mark is a button, reached by Tab and chosen with Enter.
    const opened = lane('aldoria').querySelector('.mark.jurisdiction') as HTMLElement;
    opened.focus();
    await user.keyboard('{Enter}');
    expect(document.querySelector('#item-details p')?.textContent).toBe(
      'Aldoria opened a case: Harbourline.',
    );
    expect(document.querySelector('#item-details .explanation')).toBeNull();
  });

  it('shows each objective met or missed and why, against the bots, and every scorecard', async () => {
    const { loaded } = await shown();
    const objectives = document.querySelector('.objectives-table tbody') as HTMLElement;
    const rows = within(objectives).getAllByRole('row');
    expect(rows.map((row) => row.getAttribute('data-objective'))).toEqual(
      Object.keys(loaded.analysis.debrief.objectives),
    );
    const preserve = rows[0] as HTMLElement;
    expect(within(preserve).getByRole('rowheader').textContent).toBe(
      'Preserve the hosting logs before Northwind deletes them',
    );
    const outcome = loaded.analysis.debrief.objectives['preserve-logs'];
    expect(preserve.textContent).toContain(`✖ ${t('report.missed')}`);
    expect(preserve.textContent).toContain(tDynamic(outcome?.why.key ?? '', outcome?.why.params));
    expect(preserve.textContent).toContain(t('report.bots-met', { when: when(1560) }));

    const cards = within(document.querySelector('.scorecards tbody') as HTMLElement).getAllByRole('row');
    expect(cards.map((row) => row.getAttribute('data-scorecard'))).toEqual(['aldoria', 'borealis']);
    const aldoria = loaded.analysis.debrief.scorecards.aldoria;
    expect(within(cards[0] as HTMLElement).getByRole('rowheader').textContent).toBe('Aldoria');
    expect((cards[0] as HTMLElement).textContent).toContain(
      `${aldoria?.requestsComplete}/${aldoria?.requestsSent}`,
    );
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toContain(t('report.lost'));
    expect(screen.getByText(t('report.no-jury'))).toBeTruthy();
  });

  it('lists every rule broken, by whom and when, with its article and provenance', async () => {
    const { loaded } = await shown();
    const items = within(document.querySelector('ol.violations') as HTMLElement).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-violation'))).toEqual(
      loaded.analysis.debrief.violations.map((violation) => violation.ruleId),
    );
    expect(items[0]?.textContent).toContain(`Aldoria, ${when(DAY)} — `);
    expect(items[0]?.textContent).toContain('(Art. 40 (model: UNTOC 18(15)))');
    expect(items[0]?.querySelector('.provenance')).toBeTruthy();
  });

  it('loads again on Refresh and patches the page in place: new marks added, the rest and the choice kept', async () => {
    const user = userEvent.setup();
    const early = loadedAt(2 * DAY);
    const later = loadedAt(9 * DAY);
    const load = vi
      .fn<(key: string, code: string) => Promise<{ ok: true; loaded: Loaded }>>()
      .mockResolvedValueOnce({ ok: true, loaded: early })
      .mockResolvedValueOnce({ ok: true, loaded: later });
    mountDebrief(load);
    await screen.findByRole('heading', { level: 2, name: t('report.timeline') });
    const marks = [...lane('aldoria').querySelectorAll('.mark')];
    const ruling = lane('aldoria').querySelector('.mark.ruling') as HTMLElement;
    await user.click(ruling);
    const timeline = screen.getByRole('list', { name: t('report.timeline') });

    await user.click(screen.getByRole('button', { name: t('ui.debrief.refresh') }));
    await waitFor(() =>
      expect(lane('aldoria').querySelectorAll('.mark').length).toBeGreaterThan(marks.length),
    );
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('list', { name: t('report.timeline') })).toBe(timeline);
    const after = [...lane('aldoria').querySelectorAll('.mark')];
    for (const mark of marks) expect(after).toContain(mark);
    expect(ruling.getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('#item-details .violation')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /"Northwind Hosting control-panel logs" was deleted/ }),
    ).toBeTruthy();
  });

  it('downloads the report with the key, and says so as an alert when the download fails', async () => {
    const user = userEvent.setup();
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('<html>report</html>', { status: 200 }))
      .mockResolvedValueOnce(new Response('{}', { status: 500, statusText: 'Internal Server Error' }));
    vi.stubGlobal('fetch', fetch);
    const created = vi.fn(() => 'blob:report');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    await shown();

    await user.click(screen.getByRole('button', { name: t('ui.debrief.download-report') }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(fetch).toHaveBeenCalledWith('/api/sessions/session-1/report?lang=en', {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(clicked[0]?.download).toBe('crossborder-K7PQ2M.html');
    expect(clicked[0]?.isConnected).toBe(false);

    await user.click(screen.getByRole('button', { name: t('ui.console.export') }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      t('ui.debrief.download-failed', { problem: '500 Internal Server Error' }),
    );
    click.mockRestore();
  });

  it('goes back to the console through the page, and lets a new tab open it', async () => {
    const user = userEvent.setup();
    const { navigate } = await shown();
    const link = screen.getByRole('link', { name: t('ui.debrief.console') });
    expect(link.getAttribute('href')).toBe('/instructor/K7PQ2M');
    fireEvent.click(link, { ctrlKey: true });
    expect(navigate).not.toHaveBeenCalled();
    await user.click(link);
    expect(navigate).toHaveBeenCalledWith('/instructor/K7PQ2M');
  });

  it('says what went wrong as an alert', async () => {
    mountDebrief(async () => ({ ok: false, problem: t('ui.debrief.unknown', { code: 'K7PQ2M' }) }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui.debrief.unknown', { code: 'K7PQ2M' }));
    expect(screen.queryByRole('list', { name: t('report.timeline') })).toBeNull();
  });

  it('asks for the key first, and again, saying so, when the server refuses it', async () => {
    const user = userEvent.setup();
    sessionStorage.clear();
    const load = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, problem: 'refused', refused: true })
      .mockResolvedValueOnce({ ok: true, loaded: loadedAt(2 * DAY) });
    mountDebrief(load);
    expect(load).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText(t('ui.instructor.key')), 'wrong-key{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui.instructor.wrong-key'));
    expect(load).toHaveBeenCalledWith('wrong-key', 'K7PQ2M');
    expect(sessionStorage.getItem('crossborder.instructor-key')).toBeNull();

    await user.type(screen.getByLabelText(t('ui.instructor.key')), `${KEY}{Enter}`);
    await screen.findByRole('heading', { level: 2, name: t('report.timeline') });
    expect(load).toHaveBeenLastCalledWith(KEY, 'K7PQ2M');
  });
});

const scenarioSource = await readFile(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../scenarios/tutorial.yaml'),
  'utf8',
);

describe('loading a debrief', () => {
  const session = {
    id: 'session-1',
    code: 'K7PQ2M',
    scenarioId: 'tutorial',
    title: tutorial.title,
    status: 'ended',
    createdAt: 0,
    clock: { mode: 'realtime', running: false, speed: 60, game: 0, wall: 0, roundLength: 60 },
    seats: { countries: {}, observersSeeAll: false },
    events: 15,
  };
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('finds the session by its code, reads its scenario and log, and analyses them', async () => {
    const { events } = playedTutorial(tutorial);
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json([session]))
      .mockResolvedValueOnce(json({ session, scenarioSource, eventSchema: 2, events }));
    vi.stubGlobal('fetch', fetch);
    const answer = await loadDebrief(KEY, 'K7PQ2M');
    expect(fetch.mock.calls.map(([path]) => path)).toEqual([
      '/api/sessions',
      '/api/sessions/session-1/export',
    ]);
    if (!answer.ok) throw new Error(answer.problem);
    expect(answer.loaded.id).toBe('session-1');
    expect(answer.loaded.scenario.title).toBe(tutorial.title);
    expect(answer.loaded.events).toHaveLength(events.length);
    expect(answer.loaded.analysis.debrief.violations).toHaveLength(4);
  });

  it('says when no session has the code, when the scenario does not load, and when the key is refused', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(json([session])));
    expect(await loadDebrief(KEY, 'ZZZZZZ')).toEqual({
      ok: false,
      problem: t('ui.debrief.unknown', { code: 'ZZZZZZ' }),
    });
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(json([session]))
        .mockResolvedValueOnce(json({ session, scenarioSource: 'not: [a scenario', events: [] })),
    );
    expect(await loadDebrief(KEY, 'K7PQ2M')).toEqual({ ok: false, problem: t('ui.debrief.broken') });
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(
          json({ error: { code: 'not-instructor', message: 'Wrong key', params: {} } }, 401),
        ),
    );
    expect(await loadDebrief('wrong', 'K7PQ2M')).toMatchObject({ ok: false, refused: true });
  });
});

describe('the debrief in the pseudo-locale', () => {
  afterEach(() => setLocale('en'));
  it('says everything through the catalogue, the rules’ texts and citations included', async () => {
    setLocale('en-XA');
    await shown();
    const data = [...stringsIn(tutorial), 'K7PQ2M'];
    expect(untranslatedText(document.body, data)).toEqual([]);
  });
});
