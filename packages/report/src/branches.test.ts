import { fileURLToPath } from 'node:url';
import { createEngine, type Event, simulate } from '@crossborder/engine';
import { EN, type Params, translate } from '@crossborder/i18n';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { compareBranches } from './branches.js';
import { renderReport } from './report.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const { scenario } = await loadScenarioFile(`${folder}tutorial.yaml`);
if (!scenario) throw new Error('the tutorial does not load');
const tutorial = scenario;

/**
 * The bots play the tutorial through (the original); the fork starts just before Aldoria's first
 * request, where Aldoria opens a second case instead and then nobody does anything more, until
 * the scenario's end: the hosting logs are never preserved.
 */
const original = simulate(tutorial).events;
const firstRequest = original.find((event) => event.type === 'RequestSent');
if (!firstRequest) throw new Error('the bots send a request');
const at = firstRequest.at - 1;
const copied = original.filter((event) => event.at <= at).length;
const fork: Event[] = original.slice(0, copied);
const engine = createEngine(tutorial);
const state = engine.replay(fork);
const opened = engine.act(
  state,
  'aldoria',
  { type: 'openCase', title: 'Another <way>', offences: ['credential-phishing'] },
  at,
);
fork.push(...opened.events, ...engine.catchUp(state, tutorial.session.endsAfter));

const say = (line: { key: string; params: Params }) => translate(EN, EN, line.key, line.params);

describe('the comparison of a fork with its original', () => {
  it('says, for each objective, when each branch met it or missed it', () => {
    const { objectives } = compareBranches(tutorial, original, fork, copied);
    expect(objectives.map((row) => row.objective)).toEqual(Object.keys(tutorial.objectives));
    const preserve = objectives.find((row) => row.objective === 'preserve-logs');
    expect(preserve?.title).toBe('Preserve the hosting logs before Northwind deletes them');
    // The bots preserved the logs in time; the fork never did, and missed the deadline.
    expect(preserve?.original.metAt).toEqual(expect.any(Number));
    expect(preserve?.fork).toEqual({ metAt: null, missedAt: expect.any(Number) });
  });

  it('lists each country’s first decisions that differ after the fork, in words', () => {
    const { countries } = compareBranches(tutorial, original, fork, copied);
    expect(countries.map((country) => country.name)).toEqual(['Aldoria', 'Borealis']);
    const [aldoria, borealis] = countries;
    expect(aldoria?.same).toBe(false);
    // The original's first decision after the fork was its request; the fork's, a second case.
    expect(say(aldoria?.fork[0]?.line ?? { key: '', params: {} })).toBe(
      'Aldoria opened a case: Another <way>.',
    );
    expect(aldoria?.fork).toHaveLength(1);
    expect(aldoria?.original[0]?.line.key).toMatch(/^log\.request-sent/);
    expect(aldoria?.original[0]?.at).toBe(firstRequest.at);
    expect(aldoria?.original.length).toBeLessThanOrEqual(3);
    // Borealis answered the request in the original; in the fork it had nothing to answer.
    expect(borealis?.same).toBe(false);
    expect(borealis?.original.length).toBeGreaterThan(0);
    expect(borealis?.fork).toEqual([]);
  });

  it('finds no difference between a branch and itself', () => {
    const { objectives, countries } = compareBranches(tutorial, original, original, copied);
    for (const row of objectives) expect(row.fork).toEqual(row.original);
    for (const country of countries) expect(country).toMatchObject({ same: true, original: [], fork: [] });
  });

  it('is shown in the fork’s report, the original named by its join code, player text escaped', () => {
    const html = renderReport({
      scenario: tutorial,
      events: fork,
      session: { code: 'FORK01' },
      branches: { code: 'ORIG01', at, original, copied },
    });
    expect(html).toContain('<h2>Two branches: this session and the one it was started from</h2>');
    expect(html).toContain('This session was started from session ORIG01 at Day 1,');
    expect(html).toContain('<th scope="col">Session ORIG01 (the original)</th>');
    expect(html).toMatch(/✔ met Day \d+, \d\d:\d\d<\/td><td>✖ missed Day 6, 00:01/);
    expect(html).toContain('Aldoria opened a case: Another &#60;way&#62;.');
    expect(html).not.toContain('Another <way>');
    // A session that is not a fork has no such section.
    expect(renderReport({ scenario: tutorial, events: original, session: { code: 'ORIG01' } })).not.toContain(
      'Two branches',
    );
  });
});
