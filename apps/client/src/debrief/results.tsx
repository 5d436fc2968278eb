import { createContext, juryScores } from '@crossborder/engine';
import { type SessionAnalysis, scorerName } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import { ruleCitation } from '../citations.js';
import { t, tDynamic, violationMessage } from '../i18n.js';
import { paren } from '../punctuation.js';
import { ruleText } from '../rule-text.js';
import { ProvenanceNote } from '../ui/forms.js';
import { rich } from '../ui/rich.js';
import { debriefNamer, when } from './common.js';

/**
 * How the session went: each objective met or missed and why, against the bots' model answer;
 * each country's scorecard and the jury's scores; every rule broken, with its article and
 * teaching note. Every collection is a keyed list (by objective, country, award, violation).
 */
interface ResultsProps {
  scenario: Scenario;
  analysis: SessionAnalysis;
}

const countryName = (scenario: Scenario, id: string) =>
  scenario.countries[id]?.shortName ?? scenario.countries[id]?.name ?? id;

const days = (minutes: number) => (minutes / 1440).toFixed(1);

export function ObjectivesTable({ analysis }: Pick<ResultsProps, 'analysis'>) {
  return (
    <table class="objectives-table">
      <thead>
        <tr>
          <th scope="col">{t('report.objective')}</th>
          <th scope="col">{t('report.outcome')}</th>
          <th scope="col">{t('report.model-answer')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(analysis.debrief.objectives).map(([id, objective]) => {
          const compared = analysis.comparison.find((row) => row.objective === id);
          return (
            <tr key={id} data-objective={id}>
              <th scope="row">{objective.title}</th>
              <td>
                {objective.metAt !== null
                  ? `✔ ${t('report.met')} ${when(objective.metAt)}`
                  : `✖ ${t('report.missed')}`}
                <br />
                <span class="hint">{tDynamic(objective.why.key, objective.why.params)}</span>
              </td>
              <td>
                {compared?.bots === null || compared?.bots === undefined
                  ? t('report.bots-missed')
                  : compared.behind === null
                    ? t('report.bots-met', { when: when(compared.bots) })
                    : compared.behind > 0
                      ? t('report.behind', { days: days(compared.behind), when: when(compared.bots) })
                      : t('report.ahead', { days: days(-compared.behind), when: when(compared.bots) })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const SCORECARD_COLUMNS = [
  'report.country',
  'report.total',
  'report.from-objectives',
  'report.from-jury',
  'report.penalties',
  'report.requests-complete',
  'report.requests-answered',
  'report.obtained',
  'report.lost',
  'report.violations',
] as const;

export function Scorecards({ scenario, analysis }: ResultsProps) {
  return (
    <table class="scorecards">
      <thead>
        <tr>
          {SCORECARD_COLUMNS.map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Object.entries(analysis.debrief.scorecards).map(([id, card]) => (
          <tr key={id} data-scorecard={id}>
            <th scope="row">{countryName(scenario, id)}</th>
            <td>{String(card.score.total)}</td>
            <td>{String(card.score.objectives)}</td>
            <td>{String(card.score.rubric)}</td>
            <td>{String(card.score.penalties)}</td>
            <td>{`${card.requestsComplete}/${card.requestsSent}`}</td>
            <td>{`${card.requestsAnswered}/${card.requestsReceived}`}</td>
            <td>{String(card.evidenceObtained)}</td>
            <td>{String(card.evidenceLost)}</td>
            <td>{String(card.violations)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The jury: each juror's score of each country on each criterion, by the juror's name, with
 * their feedback; then, per country and criterion, the jurors' mean (what the score counts) and
 * spread (highest less lowest). The same as the report's (packages/report, jury-html.ts).
 */
export function Jury({
  scenario,
  analysis,
  jurors = {},
}: ResultsProps & { jurors?: Readonly<Record<string, string>> }) {
  const rows = juryScores(createContext(scenario), analysis.state);
  if (rows.length === 0) return <p class="hint">{t('report.no-jury')}</p>;
  const say = (key: string, params = {}) => tDynamic(key, params);
  const title = (criterion: string) => scenario.rubric[criterion]?.title ?? '';
  return (
    <>
      <h4>{t('report.jury-each')}</h4>
      <table class="jury">
        <thead>
          <tr>
            {(
              [
                'report.country',
                'report.criterion',
                'report.scorer',
                'report.level',
                'report.feedback',
              ] as const
            ).map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            row.scores.map((score) => (
              <tr
                key={`${row.country}:${row.criterion}:${score.by}`}
                data-award={`${row.country}:${row.criterion}`}
              >
                <th scope="row">{countryName(scenario, row.country)}</th>
                <td>{title(row.criterion)}</td>
                <td>{scorerName(score.by, jurors, say)}</td>
                <td>
                  {paren(
                    scenario.rubric[row.criterion]?.levels[score.level]?.label ?? '',
                    String(score.points),
                  )}
                </td>
                <td>{score.feedback}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <h4>{t('report.jury-summary')}</h4>
      <p class="hint">{t('report.jury-summary-legend')}</p>
      <table class="jury-summary">
        <thead>
          <tr>
            {(
              [
                'report.country',
                'report.criterion',
                'report.scorers',
                'report.mean',
                'report.spread',
              ] as const
            ).map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.country}:${row.criterion}`} data-mean={`${row.country}:${row.criterion}`}>
              <th scope="row">{countryName(scenario, row.country)}</th>
              <td>{title(row.criterion)}</td>
              <td>{String(row.scores.length)}</td>
              <td>{String(row.mean)}</td>
              <td>{String(row.spread)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function Violations({ scenario, analysis }: ResultsProps) {
  const { violations } = analysis.debrief;
  const name = debriefNamer(scenario, analysis);
  if (violations.length === 0) return <p class="hint">{t('report.no-violations')}</p>;
  return (
    <ol class="violations">
      {violations.map((violation) => (
        <li key={violation.id} data-violation={violation.ruleId}>
          <p>
            {rich(
              (slots) =>
                t('ui.debrief.violation', {
                  ...slots,
                  when: when(violation.at),
                  message: violationMessage(violation, name),
                  article: ruleCitation(violation.ruleId),
                }),
              { country: <strong>{countryName(scenario, violation.country)}</strong> },
            )}
          </p>
          <ProvenanceNote ruleId={violation.ruleId} />
          <p class="teaching">{ruleText(violation.ruleId, 'teaching')}</p>
        </li>
      ))}
    </ol>
  );
}
