import {
  createEngine,
  type Debrief,
  type Event,
  type State,
  type Step,
  type ViolationEntry,
} from '@crossborder/engine';
import { type Catalogue, directionOf, EN, type Params, translate } from '@crossborder/i18n';
import { type Scenario, translateScenario } from '@crossborder/scenario';
import { compareBranches } from './branches.js';
import { branchesHtml } from './branches-html.js';
import { type Comparison, compareWithBots } from './compare.js';
import { escapeHtml } from './escape.js';
import { juryHtml } from './jury-html.js';
import { paren } from './pairs.js';
import { provenanceHtml } from './provenance.js';
import { sayHtml } from './rich-html.js';
import { timelineSvg } from './svg.js';
import { type Lane, timelineModel } from './timeline.js';
import { citedHtml, ruleHtml } from './violation-html.js';
import { wordsFor } from './words.js';

/**
 * The after-action report: one self-contained HTML file (no script, no outside resource; opens
 * offline and prints well) with the outcome, the objectives and why, the room against the model
 * answer, the timeline as a picture, scorecards, the jury's scores and feedback, every violation
 * with its article and teaching note (and, where the rule's convention wording is recalled or
 * taken from a model clause, a mark that says so), and the fate of each piece of evidence. Everything is
 * recomputed from the session's log, so the same log always gives the same report.
 */
export interface ReportInput {
  scenario: Scenario;
  events: readonly Event[];
  session: { code: string; createdAt?: number };
  /**
   * For a fork (issue 15, part 8): its original's join code and log, the game time of the fork
   * and how many events it copied; the report then compares the two branches.
   */
  branches?: { code: string; at: number; original: readonly Event[]; copied: number };
  /** Team names by country, when known. */
  teams?: Record<string, string | null>;
  /** Jurors' names by juror id (`@juror-1`), when known: the jury's scores name them. */
  jurors?: Record<string, string>;
  catalogue?: Catalogue;
  /** The catalogue's language tag, for its plurals, lists and citations (English when not given). */
  locale?: string;
}

export interface SessionAnalysis {
  state: State;
  debrief: Debrief;
  comparison: Comparison[];
  lanes: Lane[];
}

/** Replays the log and assesses it: what the debrief screen and the report both show. */
export function analyse(scenario: Scenario, events: readonly Event[]): SessionAnalysis {
  const engine = createEngine(scenario);
  const state = engine.replay(events);
  const debrief = engine.assess(state, events);
  const lanes = Object.entries(scenario.countries).map(([id, country]) => ({
    id,
    name: country.shortName ?? country.name,
    color: country.color,
  }));
  return { state, debrief, comparison: compareWithBots(scenario, debrief), lanes };
}

const DAY = 24 * 60;

export function renderReport(input: ReportInput): string {
  const catalogue = input.catalogue ?? EN;
  const locale = input.locale ?? 'en';
  const say = (key: string, params: Params = {}) => translate(catalogue, EN, key, params, locale);
  const t = (key: string, params: Params = {}) => escapeHtml(say(key, params));
  const { events } = input;
  // The scenario's own words in the reader's language, where it has a translation.
  const scenario = translateScenario(input.scenario, locale);
  const { state, debrief, comparison, lanes } = analyse(scenario, events);
  // What a violation or a line says: its catalogue key and parameters, in the reader's language,
  // a request named as a person knows it (never by its id).
  const words = wordsFor(scenario, catalogue, undefined, locale);
  const line = (key: string, params: Params) => say(key, words.named(params, state.requests));
  const message = (violation: ViolationEntry) => line(violation.line.key, violation.line.params);
  const name = (id: string) =>
    escapeHtml(scenario.countries[id]?.shortName ?? scenario.countries[id]?.name ?? id);
  const when = (minutes: number | null) => escapeHtml(words.when(minutes));
  // Days to a tenth, as a number: the message's plural and the language's digits say it.
  const days = (minutes: number) => Math.round((minutes / DAY) * 10) / 10;
  const model = timelineModel(debrief, events, lanes, say('report.everyone'), (entry) =>
    line(entry.line.key, entry.line.params),
  );

  const objectives = Object.entries(debrief.objectives)
    .map(([id, objective]) => {
      const compared = comparison.find((row) => row.objective === id);
      const outcome = objective.metAt !== null ? `✔ ${t('report.met')}` : `✖ ${t('report.missed')}`;
      const versus =
        compared?.behind === null || compared?.behind === undefined
          ? compared?.bots === null || compared?.bots === undefined
            ? t('report.bots-missed')
            : t('report.bots-met', { when: when(compared.bots) })
          : compared.behind > 0
            ? t('report.behind', { days: days(compared.behind), when: when(compared.bots) })
            : t('report.ahead', { days: days(-compared.behind), when: when(compared.bots) });
      return `<tr><th scope="row">${escapeHtml(objective.title)}</th><td>${objective.points}</td><td>${outcome} ${when(objective.metAt ?? objective.missedAt)}<br><span class="why">${t(objective.why.key, objective.why.params)}</span></td><td>${versus}</td><td>${pathText(objective.path, line, when)}</td></tr>`;
    })
    .join('');

  const scorecards = Object.entries(debrief.scorecards)
    .map(
      ([id, card]) =>
        `<tr><th scope="row">${name(id)}${input.teams?.[id] ? ` <span class="team">(${escapeHtml(input.teams[id] ?? '')})</span>` : ''}</th><td><strong>${card.score.total}</strong></td><td>${card.score.objectives}</td><td>${card.score.rubric}</td><td>${card.score.penalties > 0 ? `−${card.score.penalties}` : '0'}</td><td>${card.requestsComplete}/${card.requestsSent}</td><td>${card.requestsAnswered}/${card.requestsReceived}</td><td>${card.refusals}</td><td>${card.evidenceObtained}</td><td>${card.evidenceLost}</td><td>${card.violations}</td></tr>`,
    )
    .join('');

  const jury = juryHtml(createEngine(scenario).ctx, state, input.jurors ?? {}, say, name);

  const violations = debrief.violations
    .map(
      (violation) =>
        `<li><p>${sayHtml(
          say,
          'report.violation-line',
          { when: words.when(violation.at), message: message(violation) },
          { country: `<strong>${name(violation.country)}</strong>`, cited: citedHtml(words, violation) },
        )}</p>${ruleHtml(words, violation.ruleId)}${provenanceHtml(violation.ruleId, say)}<p class="teaching">${escapeHtml(words.ruleText(violation.ruleId, 'teaching'))}</p></li>`,
    )
    .join('');

  const evidence = Object.values(debrief.evidence)
    .map(
      (item) =>
        `<tr><th scope="row">${escapeHtml(item.title)}</th><td>${item.preservedAt !== null ? when(item.preservedAt) : '—'}</td><td>${item.lostAt !== null ? `✖ ${when(item.lostAt)}` : '—'}</td><td>${words.list(item.obtainedBy.map(name)) || '—'}</td></tr>`,
    )
    .join('');

  const won = debrief.won ? `✔ ${t('report.won')}` : `✖ ${t('report.not-won')}`;
  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('report.title', { title: scenario.title, code: input.session.code })}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(scenario.title)}</h1>
<p>${t('report.session', { code: input.session.code })}${input.session.createdAt ? ` — ${escapeHtml(new Date(input.session.createdAt).toISOString().slice(0, 10))}` : ''} — ${t('report.ended-at', { when: when(debrief.endedAt) })}</p>
<p class="outcome">${won}</p>
</header>
<main>
<section><h2>${t('report.objectives')}</h2>
<table><thead><tr><th scope="col">${t('report.objective')}</th><th scope="col">${t('report.points')}</th><th scope="col">${t('report.outcome')}</th><th scope="col">${t('report.model-answer')}</th><th scope="col">${t('report.path')}</th></tr></thead><tbody>${objectives}</tbody></table></section>
${input.branches ? branchesHtml(compareBranches(scenario, input.branches.original, events, input.branches.copied), input.branches, say, when) : ''}
<section><h2>${t('report.timeline')}</h2>
<p class="legend">${t('report.legend')}</p>
${timelineSvg(model, { day: (day) => say('report.day', { day }), title: say('report.timeline') })}</section>
<section><h2>${t('report.scorecards')}</h2>
<table><thead><tr><th scope="col">${t('report.country')}</th><th scope="col">${t('report.total')}</th><th scope="col">${t('report.from-objectives')}</th><th scope="col">${t('report.from-jury')}</th><th scope="col">${t('report.penalties')}</th><th scope="col">${t('report.requests-complete')}</th><th scope="col">${t('report.requests-answered')}</th><th scope="col">${t('report.refusals')}</th><th scope="col">${t('report.obtained')}</th><th scope="col">${t('report.lost')}</th><th scope="col">${t('report.violations')}</th></tr></thead><tbody>${scorecards}</tbody></table></section>
<section><h2>${t('report.jury')}</h2>
${jury}</section>
<section><h2>${t('report.violations-title')}</h2>
${violations ? `<ol class="violations">${violations}</ol>` : `<p>${t('report.no-violations')}</p>`}</section>
<section><h2>${t('report.evidence')}</h2>
<table><thead><tr><th scope="col">${t('report.item')}</th><th scope="col">${t('report.preserved')}</th><th scope="col">${t('report.deleted')}</th><th scope="col">${t('report.obtained-by')}</th></tr></thead><tbody>${evidence}</tbody></table></section>
</main>
<footer><p>${t('report.footer')}</p></footer>
</body>
</html>
`;
}

function pathText(
  path: readonly Step[],
  say: (key: string, params: Params) => string,
  when: (minutes: number | null) => string,
): string {
  if (path.length === 0) return '—';
  // Each step said through the catalogue, with titles and names: never an id (issue 14).
  const line = (step: Step) => {
    const what = say(step.line.key, step.line.params);
    return step.viaLine ? paren(say, what, say(step.viaLine.key, step.viaLine.params)) : what;
  };
  const item = (step: Step) => sayHtml(say, 'ui.pair.colon', { value: line(step) }, { label: when(step.at) });
  return `<ol class="path">${path.map((step) => `<li>${item(step)}</li>`).join('')}</ol>`;
}

export const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a202c; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 2px solid #cbd5e0; padding-bottom: 0.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: start; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e2e8f0; overflow-wrap: anywhere; }
.outcome { font-size: 1.2rem; font-weight: 600; }
.why, .team, .article, .legend { color: #4a5568; }
.violations li { margin-bottom: 0.8rem; } .violations p { margin: 0.15rem 0; }
.teaching { color: #2d3748; font-size: 0.92rem; border-inline-start: 3px solid #cbd5e0; padding-inline-start: 0.6rem; }
.provenance { font-size: 0.92rem; } .provenance .symbol { font-weight: 700; }
.path { margin: 0; padding-inline-start: 1.2rem; font-size: 0.85rem; }
footer { margin-top: 2rem; color: #4a5568; font-size: 0.85rem; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid-page; } h2 { break-after: avoid; } }
`;
