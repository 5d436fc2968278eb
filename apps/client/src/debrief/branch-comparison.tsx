import type { Event as GameEvent } from '@crossborder/engine';
import type { ForkOrigin } from '@crossborder/protocol';
import { type BranchDecision, type BranchOutcome, compareBranches } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import { useMemo } from 'preact/hooks';
import { t, tDynamic } from '../i18n.js';
import { colon } from '../punctuation.js';
import { when } from './common.js';

/**
 * A fork's debrief compares its two branches (packages/report, branches.ts): each objective in
 * the original and in this session, and each country's first decisions that differ after the
 * fork. The original is named by its join code; its log comes from the server while it is kept.
 */
export type Branches = { origin: ForkOrigin } & ({ original: GameEvent[] } | { problem: string });

export function BranchesSection({
  scenario,
  events,
  branches,
}: {
  scenario: Scenario;
  events: readonly GameEvent[];
  branches: Branches;
}) {
  const { origin } = branches;
  const original = 'original' in branches ? branches.original : null;
  const comparison = useMemo(
    () => (original ? compareBranches(scenario, original, events, origin.events) : null),
    [scenario, original, events, origin.events],
  );
  const theirs = t('report.branch-original', { code: origin.code });
  const ours = t('report.branch-fork');
  return (
    <section class="card branches" aria-labelledby="branches-title">
      <h2 id="branches-title">{t('report.branches')}</h2>
      <p>{t('report.branches-intro', { code: origin.code, when: when(origin.at) })}</p>
      {'problem' in branches ? (
        <p role="alert" class="warning">
          {t('ui.debrief.branches-unavailable', { problem: branches.problem })}
        </p>
      ) : null}
      {comparison ? (
        <>
          <table>
            <caption class="visually-hidden">{t('report.objectives')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.objective')}</th>
                <th scope="col">{theirs}</th>
                <th scope="col">{ours}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.objectives.map((row) => (
                <tr key={row.objective}>
                  <th scope="row">{row.title}</th>
                  <td>{outcome(row.original)}</td>
                  <td>{outcome(row.fork)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('report.branch-decisions')}</h3>
          <ul class="branch-countries">
            {comparison.countries.map((country) => (
              <li key={country.country} class="branch-country" data-branch-country={country.country}>
                <strong>{country.name}</strong>
                {country.same ? (
                  `: ${t('report.branch-same')}`
                ) : (
                  <div class="branch-pair">
                    <Decisions title={theirs} decisions={country.original} />
                    <Decisions title={ours} decisions={country.fork} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Met, missed or neither, with a mark beside the words (never colour alone). */
function outcome(found: BranchOutcome): string {
  if (found.metAt !== null) return `✔ ${t('report.branch-met', { when: when(found.metAt) })}`;
  if (found.missedAt !== null) return `✖ ${t('report.branch-missed', { when: when(found.missedAt) })}`;
  return `– ${t('report.branch-open')}`;
}

function Decisions({ title, decisions }: { title: string; decisions: readonly BranchDecision[] }) {
  return (
    <div>
      <h4>{title}</h4>
      {decisions.length === 0 ? (
        <p>{t('report.branch-no-decision')}</p>
      ) : (
        <ol>
          {decisions.map((decision, index) => (
            <li key={String(index)}>
              {colon(when(decision.at), tDynamic(decision.line.key, decision.line.params))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
