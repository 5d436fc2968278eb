import { createEngine, describeEvent, type Event, MEASURE_KINDS, simulate } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type { Scenario } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { renderReport } from './report.js';

/**
 * No internal id on a log line or in the report: a reader sees titles and plain words, never
 * `hosting-logs`, `production-order` or `authorisedBy` (issue 14). The ids are the tutorial's own
 * (countries, evidence, providers, facts, offences, victims, suspects, objectives, injects), the
 * measure kinds written as ids, and the names of a measure's safeguard fields.
 */
const { scenario: tutorial } = await loadScenarioFile(
  new URL('../../../scenarios/tutorial.yaml', import.meta.url).pathname,
);
if (!tutorial) throw new Error('the tutorial loads');

function idsOf(scenario: Scenario): string[] {
  const { case: found } = scenario;
  return [
    ...Object.keys(scenario.countries),
    ...[found.evidence, found.providers, found.facts, found.offences, found.victims, found.suspects].flatMap(
      Object.keys,
    ),
    ...Object.keys(scenario.objectives),
    ...Object.keys(scenario.injects),
    // Kinds that are words ("arrest", "interception") read as words; the others are ids.
    ...MEASURE_KINDS.filter((kind) => kind.includes('-')),
    'authorisedBy',
  ];
}

/** The ids found in a text, each as a whole word (case counts: the country "Aldoria" is a name). */
function idsIn(text: string, ids: readonly string[]): string[] {
  return ids.filter((id) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(text));
}

/** A team that takes a measure without safeguards, claims jurisdiction and preserves: lines the bots never cause. */
function humanPlay(scenario: Scenario): Event[] {
  const engine = createEngine(scenario);
  const state = engine.initialState();
  const events: Event[] = [];
  const act = (country: string, command: Parameters<typeof engine.act>[2], at: number) => {
    const result = engine.act(state, country, command, at);
    if (result.rejection) throw new Error(`${command.type}: ${result.rejection.code}`);
    events.push(...result.events);
  };
  act('aldoria', { type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] }, 0);
  const safeguards = { authorisedBy: '', grounds: '', scope: '', duration: '' };
  act(
    'aldoria',
    {
      type: 'takeMeasure',
      caseId: Object.keys(state.cases)[0] ?? '',
      kind: 'production-order',
      target: { evidence: 'fraud-reports' },
      safeguards,
    },
    10,
  );
  act(
    'aldoria',
    {
      type: 'claimJurisdiction',
      offence: 'credential-phishing',
      bases: ['territory', 'victim-nationality'],
      reasoning: 'The victims are ours.',
    },
    20,
  );
  events.push(...engine.catchUp(state, 2 * 24 * 60));
  return events;
}

describe('no internal id is shown', () => {
  const ids = idsOf(tutorial);

  it('the bots and a team play lines of every kind here', () => {
    expect(ids).toEqual(expect.arrayContaining(['hosting-logs', 'northwind-hosting', 'production-order']));
  });

  it.each([
    ['the bots’ game', () => simulate(tutorial).events],
    ['a team’s game', () => humanPlay(tutorial)],
  ])('on a log line of %s', (_name, play) => {
    const events = play();
    const lines = events
      .map((event) => describeEvent(createEngine(tutorial).ctx, event))
      .filter((line) => line !== null)
      .map((line) => translate(EN, EN, line.key, line.params));
    expect(lines.length).toBeGreaterThan(5);
    const shown = lines.filter((line) => idsIn(line, ids).length > 0);
    expect(shown).toEqual([]);
  });

  it.each([
    ['the bots’ game', () => simulate(tutorial).events],
    ['a team’s game', () => humanPlay(tutorial)],
  ])('in the report of %s', (_name, play) => {
    const events = play();
    // Requests too: the engine's lines name them by id, the report by their kind, countries and time.
    const requestIds = events.flatMap((event) => (event.type === 'RequestSent' ? [event.request.id] : []));
    const html = renderReport({ scenario: tutorial, events, session: { code: 'T3ST01' } });
    // What a reader sees: the text, not the markup's attributes.
    const text = html
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#(\d+);/g, (_whole, code: string) => String.fromCharCode(Number(code)));
    const lines = text.split(/\s{2,}|\n/).filter((line) => idsIn(line, [...ids, ...requestIds]).length > 0);
    expect(lines).toEqual([]);
  });
});
