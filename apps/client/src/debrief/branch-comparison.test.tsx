import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '@crossborder/report';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY } from '../test/fixtures.js';
import { dayAndTime } from '../time.js';
import { BranchesSection } from './branch-comparison.js';
import { playedTutorial } from './fixture.js';
import { DebriefPage, type Loaded, loadDebrief } from './screen.js';

const tutorial = await bundled('tutorial');
const KEY = 'instructor-key-for-tests';

/**
 * The original: the tutorial played to day 9 (fixture.ts). The fork starts on day 2, 00:00, where
 * Aldoria opens a second case, and plays on to day 9 too.
 */
const original = playedTutorial(tutorial).events;
const at = 2 * DAY;
const copied = original.filter((event) => event.at <= at).length;
const fork = playedTutorial(tutorial, at)
  .do('aldoria', { type: 'openCase', title: 'Second line', offences: ['credential-phishing'] })
  .at(9 * DAY).events;
const origin = { sessionId: 'original-id', code: 'ORIG01', title: tutorial.title, at, events: copied };

beforeEach(() => sessionStorage.setItem('crossborder.instructor-key', KEY));
afterEach(() => {
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

describe('the two branches of a fork, in its debrief', () => {
  it('start alike: the fork’s first events are the original’s', () => {
    expect(fork.slice(0, copied)).toEqual(original.slice(0, copied));
  });

  it('show each objective in both branches and each country’s first different decisions', () => {
    render(<BranchesSection scenario={tutorial} events={fork} branches={{ origin, original }} />);
    const section = screen.getByRole('region', { name: t('report.branches') });
    expect(
      within(section).getByText(t('report.branches-intro', { code: 'ORIG01', when: 'Day 3, 00:00' })),
    ).toBeTruthy();
    const table = within(section).getByRole('table', { name: t('report.objectives') });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      t('report.objective'),
      t('report.branch-original', { code: 'ORIG01' }),
      t('report.branch-fork'),
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(Object.values(tutorial.objectives).map((objective) => objective.title));
    const aldoria = section.querySelector('[data-branch-country="aldoria"]') as HTMLElement;
    const [before, after] = within(aldoria).getAllByRole('heading', { level: 4 });
    expect([before?.textContent, after?.textContent]).toEqual([
      t('report.branch-original', { code: 'ORIG01' }),
      t('report.branch-fork'),
    ]);
    expect(within(aldoria).getByText(t('report.branch-no-decision'))).toBeTruthy();
    expect(within(aldoria).getByRole('listitem').textContent).toBe(
      'Day 3, 00:00: Aldoria opened a case: Second line.',
    );
    const borealis = section.querySelector('[data-branch-country="borealis"]') as HTMLElement;
    expect(borealis.textContent).toBe(`Borealis: ${t('report.branch-same')}`);
  });

  it('say why they cannot be compared once the original is gone', () => {
    const problem = 'Session ORIG01, which this one was started from, was deleted.';
    render(<BranchesSection scenario={tutorial} events={fork} branches={{ origin, problem }} />);
    expect(screen.getByRole('alert').textContent).toBe(t('ui.debrief.branches-unavailable', { problem }));
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('a fork’s debrief', () => {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const session = {
    id: 'fork-id',
    code: 'FORK01',
    scenarioId: 'tutorial',
    title: tutorial.title,
    status: 'open',
    createdAt: 0,
    clock: { mode: 'realtime', running: false, speed: 60, game: at, wall: 0, roundLength: 60 },
    seats: { countries: {}, observersSeeAll: false },
    events: fork.length,
  };

  it('loads the original’s log beside its own, or says why it cannot', async () => {
    const scenarioSource = await readFile(
      resolve(dirname(fileURLToPath(import.meta.url)), '../../../../scenarios/tutorial.yaml'),
      'utf8',
    );
    const exported = { session, scenarioSource, events: fork, settings: { fork: origin } };
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json([session]))
      .mockResolvedValueOnce(json(exported))
      .mockResolvedValueOnce(json({ origin, events: original }));
    vi.stubGlobal('fetch', fetch);
    const answer = await loadDebrief(KEY, 'FORK01');
    expect(fetch.mock.calls.map(([path]) => path)).toEqual([
      '/api/sessions',
      '/api/sessions/fork-id/export',
      '/api/sessions/fork-id/original',
    ]);
    if (!answer.ok) throw new Error(answer.problem);
    expect(answer.loaded.branches).toEqual({ origin, original });

    const gone = { code: 'fork-original-gone', message: 'Gone', params: { code: 'ORIG01' } };
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(json([session]))
        .mockResolvedValueOnce(json(exported))
        .mockResolvedValueOnce(json({ error: gone }, 404)),
    );
    const without = await loadDebrief(KEY, 'FORK01');
    if (!without.ok) throw new Error(without.problem);
    expect(without.loaded.branches).toEqual({
      origin,
      problem: t('server.http.fork-original-gone', { code: 'ORIG01' }),
    });
  });

  it('offers to start a new session from the replay’s time, and compares the branches', async () => {
    const loaded: Loaded = {
      key: KEY,
      id: 'fork-id',
      code: 'FORK01',
      scenario: tutorial,
      events: fork,
      analysis: analyse(tutorial, fork),
      branches: { origin, original },
    };
    render(
      <DebriefPage
        code="FORK01"
        navigate={vi.fn()}
        board={() => () => {}}
        load={async () => ({ ok: true, loaded })}
      />,
    );
    expect(await screen.findByRole('region', { name: t('report.branches') })).toBeTruthy();
    const form = screen.getByRole('form', { name: t('ui.fork.title') });
    // The replay starts at the end of the log (the logs deleted on day 7): so does the fork control.
    const day = within(form).getByRole('spinbutton', { name: t('ui.field.day') }) as HTMLInputElement;
    expect(day.value).toBe(String(dayAndTime(fork.at(-1)?.at ?? 0).day));
    expect(day.value).toBe('7');
    // Moving the replay's slider moves the fork's time with it.
    fireEvent.input(screen.getByRole('slider', { name: t('ui.debrief.time') }), {
      target: { value: String(DAY) },
    });
    expect(day.value).toBe('2');
    expect(within(form).getByRole('button', { name: t('ui.fork.submit') })).toBeTruthy();
  });
});
