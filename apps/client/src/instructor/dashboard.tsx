import { keptUntil, type Request, type State } from '@crossborder/engine';
import { formatCitations, isRuleId, RULES } from '@crossborder/scenario';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { kindName, t, tDynamic, violationMessage } from '../i18n.js';
import { span } from '../time.js';
import { ProvenanceNote } from '../ui/forms.js';
import { type ViewSignal, when } from './context.js';

const TERMINAL: ReadonlySet<Request['status']> = new Set([
  'executed',
  'partially-executed',
  'refused',
  'withdrawn',
  'no-longer-needed',
]);
const DAY = 24 * 60;
/** How many violations the feed shows, newest first. */
const FEED = 12;

/** The parts of the game the dashboard shows, each a signal that wakes only when its part changed. */
interface Parts {
  requests: ReadonlySignal<State['requests']>;
  evidence: ReadonlySignal<State['evidence']>;
  violations: ReadonlySignal<State['violations']>;
  scores: ReadonlySignal<Record<string, { total: number }>>;
}

/**
 * The live dashboard: for every country, its requests in flight, what it is about to lose within
 * a day, its violations and its score; below, the feed of rule violations as they happen. Each
 * row follows its parts of the game and the game time (for what is at risk, written only when
 * its text changes); the feed follows the violations.
 */
export function Dashboard({ view, minutes }: { view: ViewSignal; minutes: ReadonlySignal<number> }) {
  const directory = useComputed(() => view.value.briefing.directory);
  const parts: Parts = {
    requests: useComputed(() => view.value.state.requests),
    evidence: useComputed(() => view.value.state.evidence),
    violations: useComputed(() => view.value.state.violations),
    scores: useComputed(() => view.value.scores),
  };
  const names = useComputed(() =>
    Object.fromEntries(
      Object.entries(directory.value).map(([id, country]) => [id, country.shortName ?? country.name]),
    ),
  );
  return (
    <section class="card dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('ui.console.dashboard')}</h2>
      <table aria-labelledby="dashboard-title">
        <thead>
          <tr>
            <th scope="col">{t('ui.console.country')}</th>
            <th scope="col">{t('ui.console.in-flight')}</th>
            <th scope="col">{t('ui.console.at-risk')}</th>
            <th scope="col">{t('ui.console.violations')}</th>
            <th scope="col">{t('ui.console.score')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.keys(directory.value).map((id) => (
            <CountryRow
              key={id}
              id={id}
              name={names.value[id] ?? id}
              names={names}
              parts={parts}
              minutes={minutes}
            />
          ))}
        </tbody>
      </table>
      <h3 id="violations-title">{t('ui.console.violation-feed')}</h3>
      <ViolationFeed violations={parts.violations} names={names} />
    </section>
  );
}

interface CountryRowProps {
  id: string;
  name: string;
  names: ReadonlySignal<Record<string, string>>;
  parts: Parts;
  minutes: ReadonlySignal<number>;
}

function CountryRow({ id, name, names, parts, minutes }: CountryRowProps) {
  const inFlight = useComputed(() =>
    Object.values(parts.requests.value).filter(
      (request) => (request.from === id || request.to === id) && !TERMINAL.has(request.status),
    ),
  );
  const risks = useComputed(
    () => atRisk(parts.evidence.value, parts.requests.value, id, minutes.value).join('; ') || '—',
  );
  const violations = useComputed(() =>
    String(Object.values(parts.violations.value).filter((violation) => violation.country === id).length),
  );
  const score = useComputed(() => String(parts.scores.value[id]?.total ?? 0));
  return (
    <tr data-dashboard={id}>
      <th scope="row">{name}</th>
      <td>
        <InFlight requests={inFlight} names={names} />
      </td>
      <td data-at-risk={id}>{risks}</td>
      <td data-violations={id}>{violations}</td>
      <td data-score={id}>{score}</td>
    </tr>
  );
}

/** A country's requests in flight, one item each, keyed by the request's id (said by kind and countries, never by id). */
function InFlight({
  requests,
  names,
}: {
  requests: ReadonlySignal<Request[]>;
  names: ReadonlySignal<Record<string, string>>;
}) {
  if (requests.value.length === 0) return <>—</>;
  return (
    <ul class="plain">
      {requests.value.map((request) => (
        <li key={request.id} data-in-flight={request.id}>
          {t('ui.console.in-flight-line', {
            kind: kindName(request.kind),
            from: names.value[request.from] ?? request.from,
            to: names.value[request.to] ?? request.to,
            status: tDynamic(`ui.status.${request.status}`, {}, request.status),
          })}
        </li>
      ))}
    </ul>
  );
}

interface FeedProps {
  violations: ReadonlySignal<State['violations']>;
  names: ReadonlySignal<Record<string, string>>;
}

/** The newest violations, with when, who, what and the rule; a polite live region, so a new one is read out. */
function ViolationFeed({ violations, names }: FeedProps) {
  const newest = useComputed(() =>
    // Newest first: the latest game time, and of those at the same time the last recorded.
    Object.values(violations.value)
      .reverse()
      .sort((a, b) => b.at - a.at)
      .slice(0, FEED),
  );
  return (
    <div aria-live="polite">
      {newest.value.length === 0 ? (
        <p class="hint">{t('ui.console.no-violations')}</p>
      ) : (
        <ol class="violations" aria-labelledby="violations-title">
          {newest.value.map((violation) => (
            <li key={violation.id} data-violation={violation.id}>
              <span class="line">
                {`${when(violation.at)} — ${names.value[violation.country] ?? violation.country}: ${violationMessage(violation)}${articleOf(violation.ruleId)}`}
              </span>
              {/* As the debrief does: a rule whose convention wording is recalled or a model clause's says so. */}
              <ProvenanceNote ruleId={violation.ruleId} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** " (Art. 40)": the rule's article, never its internal id. */
function articleOf(ruleId: string): string {
  return isRuleId(ruleId) ? ` (${formatCitations(RULES[ruleId].citations)})` : '';
}

/** What a country is about to lose: evidence it knows of that will be deleted within a day, unpreserved. */
function atRisk(
  evidence: State['evidence'],
  requests: State['requests'],
  country: string,
  now: number,
): string[] {
  const risks: string[] = [];
  for (const [id, item] of Object.entries(evidence)) {
    if (item.status !== 'available' || !item.knownBy[country] || item.obtainedBy[country]) continue;
    const until = keptUntil(item);
    if (until !== null && until - now <= DAY && until > now)
      risks.push(t('ui.console.expires', { evidence: id, left: span(until - now) }));
  }
  for (const request of Object.values(requests)) {
    for (const query of request.progressQueries)
      if (request.to === country && query.answeredAt === null && !query.overdue && query.dueAt - now <= DAY)
        risks.push(t('ui.console.progress-due', { request: request.id }));
  }
  return risks;
}
