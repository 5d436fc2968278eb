import { createEngine, type Debrief, type Event, type TimelineEntry } from '@crossborder/engine';
import type { Catalogue } from '@crossborder/i18n';
import { type Scenario, translateScenario } from '@crossborder/scenario';
import { toCsv } from './csv.js';
import { EVERYONE, type TimelineItem, type TimelineModel, timelineModel } from './timeline.js';
import { type NamedRequest, type Words, wordsFor } from './words.js';

/**
 * The debrief's timeline as a spreadsheet (CSV, see csv.ts), one row per mark of the debrief's
 * timeline: an event seen by every country once, on the "Everyone" lane; one seen by some, once
 * per country that saw it; a rule violation once, on the offender's. The columns:
 *
 * - time: the game clock as the screens show it ("Day 3, 08:54");
 * - minute: the same as game minutes since the start, a number to sort and subtract;
 * - country: the lane, by its name ("Everyone" for what all saw);
 * - kind: request, rule violation, evidence, jurisdiction, news, objective (the debrief's legend);
 * - item: what happened, the log's line in the reader's language;
 * - rule, article: for a ruling (a violation, data deleted for want of preservation, a tip-off)
 *   the rule's title and the convention's article; empty otherwise.
 *
 * With `country`, only what that country saw: its team's own timeline, nothing of others' secrets.
 */
export interface TimelineCsvInput {
  scenario: Scenario;
  events: readonly Event[];
  catalogue?: Catalogue;
  /** The catalogue's language tag (English when not given). */
  locale?: string;
  country?: string;
}

export function timelineCsv(input: TimelineCsvInput): string {
  const scenario = translateScenario(input.scenario, input.locale ?? 'en');
  const words = wordsFor(scenario, input.catalogue, undefined, input.locale);
  const engine = createEngine(scenario);
  const debrief = engine.assess(engine.replay(input.events), input.events);
  const model = laneModel(scenario, debrief, input.events, words, input.country);
  const items = input.country === undefined ? model.items : ownItems(model, input.events, input.country);
  const entries = new Map(debrief.timeline.map((entry) => [entry.seq, entry]));
  const lanes = new Map(model.lanes.map((lane) => [lane.id, lane.name]));
  const header = ['time', 'minute', 'country', 'kind', 'item', 'rule', 'article'].map((column) =>
    words.say(`csv.column.${column}`),
  );
  const rows = items.map((item) => {
    const entry = entries.get(item.seq);
    const named = entry?.line.params.rule;
    const rule = words.rule(item.violation?.ruleId ?? (typeof named === 'string' ? named : undefined));
    return [
      words.when(item.at),
      item.at,
      lanes.get(item.lane) ?? '',
      words.say(`csv.kind.${item.category}`),
      item.text,
      rule?.title ?? '',
      item.violation?.article ?? rule?.article ?? '',
    ];
  });
  return toCsv([header, ...rows]);
}

/**
 * The debrief's lanes and marks, each mark's text in the reader's language, a request named as a
 * person knows it (from `viewer`'s side, for a team's own exports), never by its id.
 */
export function laneModel(
  scenario: Scenario,
  debrief: Debrief,
  events: readonly Event[],
  words: Words,
  viewer?: string,
): TimelineModel {
  const requests = requestsOf(debrief);
  const lanes = Object.entries(scenario.countries).map(([id, country]) => ({
    id,
    name: country.shortName ?? country.name,
    color: country.color,
  }));
  return timelineModel(debrief, events, lanes, words.say('report.everyone'), (entry: TimelineEntry) =>
    words.say(entry.line.key, words.named(entry.line.params, requests, viewer)),
  );
}

/** Every request of the session, by id, with what names it. */
function requestsOf(debrief: Debrief): Record<string, NamedRequest> {
  return Object.fromEntries(
    Object.entries(debrief.requests).map(([id, request]) => [id, { id, ...request }]),
  );
}

/**
 * The marks a country saw, on its own lane or the shared one: an event it was not told of is not
 * there (read from the event's own audience, `visibleTo`: the debrief puts an instructor's note on
 * the lane of the country it is about, though no team saw it), nor another country's mark of an
 * event they both saw.
 */
export function ownItems(model: TimelineModel, events: readonly Event[], country: string): TimelineItem[] {
  return model.items.filter(
    (item) =>
      (events[item.seq]?.visibleTo ?? []).includes(country) &&
      (item.lane === EVERYONE || item.lane === country),
  );
}
