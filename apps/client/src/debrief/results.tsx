import type { SessionAnalysis } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import { ruleText, t, tDynamic, violationMessage } from '../i18n.js';
import { ProvenanceNote } from '../ui/forms.js';
import { when } from './common.js';

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

export function Jury({ scenario, analysis }: ResultsProps) {
  const awards = Object.values(analysis.state.awards);
  if (awards.length === 0) return <p class="hint">{t('report.no-jury')}</p>;
  return (
    <ul class="jury">
      {awards.map((award) => {
        const criterion = scenario.rubric[award.criterion];
        return (
          <li key={`${award.country}:${award.criterion}`} data-award={`${award.country}:${award.criterion}`}>
            <strong>{`${countryName(scenario, award.country)} — ${criterion?.title ?? award.criterion}: `}</strong>
            {`${criterion?.levels[award.level]?.label ?? award.level} (${award.points}). `}
            {award.feedback}
          </li>
        );
      })}
    </ul>
  );
}

export function Violations({ scenario, analysis }: ResultsProps) {
  const { violations } = analysis.debrief;
  if (violations.length === 0) return <p class="hint">{t('report.no-violations')}</p>;
  return (
    <ol class="violations">
      {violations.map((violation) => (
        <li key={violation.id} data-violation={violation.ruleId}>
          <p>
            <strong>{countryName(scenario, violation.country)}</strong>
            {`, ${when(violation.at)} — ${violationMessage(violation)} (${violation.article})`}
          </p>
          <ProvenanceNote ruleId={violation.ruleId} />
          <p class="teaching">{ruleText(violation.ruleId, 'teaching', violation.teaching)}</p>
        </li>
      ))}
    </ol>
  );
}
