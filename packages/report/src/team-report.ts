import { type CountryView, createEngine, type Event } from '@crossborder/engine';
import type { Catalogue } from '@crossborder/i18n';
import { type Scenario, translateScenario } from '@crossborder/scenario';
import { escapeHtml } from './escape.js';
import { page, table, typed } from './page.js';
import { comma, paren } from './pairs.js';
import { provenanceHtml } from './provenance.js';
import { analyse, renderReport } from './report.js';
import { sayHtml } from './rich-html.js';
import { timelineSvg } from './svg.js';
import { EVERYONE } from './timeline.js';
import { laneModel, ownItems } from './timeline-csv.js';
import { citedHtml, ruleHtml } from './violation-html.js';
import { type Words, wordsFor } from './words.js';

/**
 * One team's after-action report: the session as its country saw it. Everything in it comes from
 * the engine's view for that country (the same view its screen showed, rebuilt from the log) and
 * from the log lines its country was told of: its objectives against the model answer, its score,
 * its own timeline and log, its requests, its evidence, its jury scores and its own violations,
 * nothing of what other countries kept to themselves. With `full` (the instructor's choice), the
 * whole session's report follows it: every team's timeline, scorecards and violations.
 */
export interface TeamReportInput {
  scenario: Scenario;
  events: readonly Event[];
  country: string;
  session: { code: string; createdAt?: number };
  team?: string | null;
  catalogue?: Catalogue;
  /** The catalogue's language tag, for its plurals, lists and citations (English when not given). */
  locale?: string;
  full?: boolean;
}

/** The view a country's screen shows, at the end of the log: what the team's exports are made of. */
export function countryViewAtEnd(scenario: Scenario, events: readonly Event[], country: string): CountryView {
  if (!scenario.countries[country]) throw new Error(`There is no country "${country}" in this scenario.`);
  const engine = createEngine(scenario);
  const seen = engine.view(engine.replay(events), country);
  if (seen.role !== 'country') throw new Error(`"${country}" is not a country's seat.`);
  return seen;
}

export function renderTeamReport(input: TeamReportInput): string {
  const { events, country } = input;
  const scenario = translateScenario(input.scenario, input.locale ?? 'en');
  const words = wordsFor(scenario, input.catalogue, undefined, input.locale);
  const { t } = words;
  const view = countryViewAtEnd(scenario, events, country);
  const { debrief, comparison } = analyse(scenario, events);
  const when = (minutes: number | null) => escapeHtml(words.when(minutes));

  const objectives = Object.entries(view.objectives).map(([id, objective]) => {
    const compared = comparison.find((row) => row.objective === id);
    const outcome =
      objective.metAt !== null
        ? `✔ ${t('report.met')} ${when(objective.metAt)}`
        : objective.missedAt !== null
          ? `✖ ${t('report.missed')} ${when(objective.missedAt)}`
          : `… ${t('exports.open')}`;
    const bots =
      compared?.bots === null || compared?.bots === undefined
        ? t('report.bots-missed')
        : compared.behind === null
          ? t('report.bots-met', { when: words.when(compared.bots) })
          : compared.behind > 0
            ? t('report.behind', {
                days: (compared.behind / 1440).toFixed(1),
                when: words.when(compared.bots),
              })
            : t('report.ahead', {
                days: (-compared.behind / 1440).toFixed(1),
                when: words.when(compared.bots),
              });
    return [escapeHtml(objective.title), String(objective.points), outcome, bots];
  });

  const model = laneModel(scenario, debrief, events, words, country);
  const items = ownItems(model, events, country);
  const picture = timelineSvg(
    {
      lanes: model.lanes.filter((lane) => lane.id === EVERYONE || lane.id === country),
      end: model.end,
      items,
    },
    { day: (day) => words.say('report.day', { day }), title: words.say('report.timeline') },
  );
  const log = items.map((item) => [when(item.at), escapeHtml(item.text)]);

  const requests = Object.values(view.requests)
    .sort((a, b) => a.sentAt - b.sentAt)
    .map((request) => [
      escapeHtml(words.requestName(request, view.requests, country)),
      t(`ui.status.${request.status}`),
    ]);

  const evidence = Object.values(view.evidence).map((item) => [
    escapeHtml(item.title),
    escapeHtml(
      item.country ? comma(words.say, item.holderName, words.country(item.country)) : item.holderName,
    ),
    item.status === 'lost' ? `✖ ${t('ui.evidence.lost')}` : t('ui.evidence.available'),
    item.preservation ? when(item.preservation.since) : '—',
    item.copy ? `✔ ${when(item.copy.at)}` : '—',
  ]);

  const jury = Object.values(view.awards).map((award) => {
    const criterion = scenario.rubric[award.criterion];
    const level = criterion?.levels[award.level];
    return [
      escapeHtml(criterion?.title ?? award.criterion),
      escapeHtml(paren(words.say, level?.label ?? String(award.level), String(award.points))),
      typed(award.feedback),
    ];
  });

  const violations = Object.values(view.violations)
    .sort((a, b) => a.at - b.at)
    .map((violation) => violationHtml(violation, words, view));

  const score = view.score;
  const body = `<header>
<h1>${escapeHtml(scenario.title)}</h1>
<p class="for">${t('exports.report-for', { country: words.country(country) })}${input.team ? ` <span class="team">(${escapeHtml(input.team)})</span>` : ''}</p>
<p>${t('report.session', { code: input.session.code })}${input.session.createdAt ? ` — ${escapeHtml(new Date(input.session.createdAt).toISOString().slice(0, 10))}` : ''} — ${t('report.ended-at', { when: words.when(debrief.endedAt) })}</p>
<p class="outcome">${t('ui.briefing.score-line', { total: score.total, objectives: score.objectives, rubric: score.rubric, penalties: score.penalties })}</p>
<p class="scope">${input.full ? t('exports.scope-full') : t('exports.scope-own', { country: words.country(country) })}</p>
</header>
<main>
<section><h2>${t('report.objectives')}</h2>
${table([t('report.objective'), t('report.points'), t('report.outcome'), t('report.model-answer')], objectives, t('exports.none'))}</section>
<section><h2>${t('report.timeline')}</h2>
<p class="legend">${t('report.legend')}</p>
${picture}</section>
<section><h2>${t('exports.requests')}</h2>
${table([t('ui.requests.column.id'), t('ui.request.status')], requests, t('exports.none'))}</section>
<section><h2>${t('report.evidence')}</h2>
${table([t('report.item'), t('ui.casefile.column.where'), t('ui.casefile.column.status'), t('exports.your-preservation'), t('ui.evidence.obtained')], evidence, t('exports.none'))}</section>
<section><h2>${t('report.jury')}</h2>
${table([t('report.criterion'), t('report.level'), t('report.feedback')], jury, t('report.no-jury'))}</section>
<section><h2>${t('report.violations-title')}</h2>
${violations.length > 0 ? `<ol class="violations">${violations.join('')}</ol>` : `<p>${t('report.no-violations')}</p>`}</section>
<section><h2>${t('exports.log', { country: words.country(country) })}</h2>
${table([t('csv.column.time'), t('csv.column.item')], log, t('exports.none'))}</section>
${input.full ? fullDebrief(input, words) : ''}
</main>
<footer><p>${t('report.footer')}</p></footer>`;
  return page(
    t('exports.report-title', {
      title: scenario.title,
      country: words.country(country),
      code: input.session.code,
    }),
    body,
    '.for { font-size: 1.1rem; } .scope { color: #4a5568; }',
    input.locale,
  );
}

/** A violation as the full report tells it: what happened, the rule and article, its teaching note. */
function violationHtml(
  violation: CountryView['violations'][string],
  words: Words,
  view: CountryView,
): string {
  const message = words.say(
    violation.line.key,
    words.named(violation.line.params, view.requests, view.viewer),
  );
  const head = sayHtml(
    words.say,
    'report.own-violation-line',
    { when: words.when(violation.at), message },
    { cited: citedHtml(words, violation) },
  );
  return `<li><p>${head}</p>${ruleHtml(words, violation.ruleId)}${provenanceHtml(violation.ruleId, words.say)}<p class="teaching">${escapeHtml(words.ruleText(violation.ruleId, 'teaching'))}</p></li>`;
}

/**
 * The whole session's report, inside the team's: its sections, one heading level down. They are
 * taken from the report's own page, whose every player text is escaped: no `<main>` or `<h2>` in
 * it is anything but the report's own markup.
 */
function fullDebrief(input: TeamReportInput, words: Words): string {
  const whole = renderReport({
    scenario: input.scenario,
    events: input.events,
    session: input.session,
    ...(input.catalogue ? { catalogue: input.catalogue } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
  });
  const main = /<main>([\s\S]*)<\/main>/.exec(whole)?.[1] ?? '';
  return `<section class="full"><h2>${words.t('exports.full-debrief')}</h2>
<p>${words.t('exports.full-debrief-hint')}</p>
${main.replace(/<(\/?)h2>/g, '<$1h3>')}</section>`;
}
