import { type InstructorView, keptUntil, type Request, type State } from '@crossborder/engine';
import type { ClockState, Progress, SeatsInfo } from '@crossborder/protocol';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { ruleCitation } from '../citations.js';
import { kindName, t, tDynamic, violationMessage } from '../i18n.js';
import { requestAbout, requestBetween } from '../team/about.js';
import { dayTime, span } from '../time.js';
import { ProvenanceNote } from '../ui/forms.js';
import type { ViewSignal } from './context.js';
import { attentionFlags, lagAgainstModel, teamProgress } from './progress.js';
import { Attention, LagTable, ProgressCells } from './progress-view.js';

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

/** What the dashboard follows: the instructor's view, the game minute, and the console's other messages. */
interface DashboardProps {
  view: ViewSignal;
  minutes: ReadonlySignal<number>;
  /** Objectives, the model answer and each team's last command (null until the server sent them). */
  progress: ReadonlySignal<Progress | null>;
  seats: ReadonlySignal<SeatsInfo | null>;
  clock: ReadonlySignal<ClockState | null>;
}

/**
 * The live dashboard: first what needs the instructor now; then for every country its
 * objectives, the next deadline it races, what waits for its decision and for how long, its idle
 * time, its requests in flight, what it is about to lose within a day, its violations and its
 * score; then every objective against the bots' model answer; below, the feed of rule violations
 * as they happen. Each part follows its parts of the game and the game minute (a text is written
 * only when it changes); the feed follows the violations.
 */
export function Dashboard({ view, minutes, progress, seats, clock }: DashboardProps) {
  const directory = useComputed(() => view.value.briefing.directory);
  const countries = useComputed(() => Object.keys(directory.value));
  const flags = useComputed(() =>
    attentionFlags(view.value, progress.value?.lastCommandAt ?? null, seats.value, minutes.value),
  );
  const lag = useComputed(() =>
    progress.value ? lagAgainstModel(view.value, progress.value, countries.value, minutes.value) : null,
  );
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
      <Attention flags={flags} />
      <table aria-labelledby="dashboard-title">
        <thead>
          <tr>
            <th scope="col">{t('ui.console.country')}</th>
            <th scope="col">{t('ui.progress.objectives')}</th>
            <th scope="col">{t('ui.progress.next')}</th>
            <th scope="col">{t('ui.progress.waiting')}</th>
            <th scope="col">{t('ui.progress.idle')}</th>
            <th scope="col">{t('ui.console.in-flight')}</th>
            <th scope="col">{t('ui.console.at-risk')}</th>
            <th scope="col">{t('ui.console.violations')}</th>
            <th scope="col">{t('ui.console.score')}</th>
          </tr>
        </thead>
        <tbody>
          {countries.value.map((id) => (
            <CountryRow
              key={id}
              id={id}
              name={names.value[id] ?? id}
              names={names}
              parts={parts}
              view={view}
              minutes={minutes}
              progress={progress}
              seats={seats}
              clock={clock}
            />
          ))}
        </tbody>
      </table>
      <LagTable rows={lag} countries={countries} names={names} />
      <h3 id="violations-title">{t('ui.console.violation-feed')}</h3>
      <ViolationFeed
        violations={parts.violations}
        names={names}
        requests={parts.requests}
        directory={directory}
      />
    </section>
  );
}

interface CountryRowProps extends Omit<DashboardProps, 'view'> {
  id: string;
  name: string;
  names: ReadonlySignal<Record<string, string>>;
  parts: Parts;
  view: ViewSignal;
}

function CountryRow({ id, name, names, parts, view, minutes, progress, seats, clock }: CountryRowProps) {
  const team = useComputed(() =>
    progress.value
      ? teamProgress(view.value, progress.value, id, minutes.value, seats.value?.countries[id]?.bot ?? false)
      : null,
  );
  const inFlight = useComputed(() =>
    Object.values(parts.requests.value).filter(
      (request) => (request.from === id || request.to === id) && !TERMINAL.has(request.status),
    ),
  );
  // Each its own signal: the row's risks wake when the evidence, the requests or these change, not on every update.
  const titles = useComputed(() => view.value.atRisk);
  const directory = useComputed(() => view.value.briefing.directory);
  const risks = useComputed(
    () =>
      atRisk(
        { directory: directory.value },
        parts.evidence.value,
        parts.requests.value,
        titles.value,
        id,
        minutes.value,
      ).join('; ') || '—',
  );
  const violations = useComputed(() =>
    String(Object.values(parts.violations.value).filter((violation) => violation.country === id).length),
  );
  const score = useComputed(() => String(parts.scores.value[id]?.total ?? 0));
  return (
    <tr data-dashboard={id}>
      <th scope="row">{name}</th>
      <ProgressCells progress={team} clock={clock} minutes={minutes} botPlays={t('ui.console.bot-plays')} />
      <td data-in-flight-cell={id}>
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
  /** To name the requests the rulings are about (never by their ids). */
  requests: ReadonlySignal<State['requests']>;
  directory: ReadonlySignal<InstructorView['briefing']['directory']>;
}

/** The newest violations, with when, who, what and the rule; a polite live region, so a new one is read out. */
function ViolationFeed({ violations, names, requests, directory }: FeedProps) {
  const name = (id: string) => {
    const request = requests.value[id];
    return request ? requestBetween(directory.value, request, requests.value) : undefined;
  };
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
                {t('ui.console.violation', {
                  when: dayTime(violation.at),
                  country: names.value[violation.country] ?? violation.country,
                  message: violationMessage(violation, name),
                  article: ruleCitation(violation.ruleId),
                })}
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

/**
 * What a country is about to lose: evidence it knows of that will be deleted within a day,
 * unpreserved, and progress answers falling due. Said by title and as the team knows the request.
 */
function atRisk(
  briefing: Pick<InstructorView['briefing'], 'directory'>,
  evidence: State['evidence'],
  requests: State['requests'],
  titles: InstructorView['atRisk'],
  country: string,
  now: number,
): string[] {
  const risks: string[] = [];
  for (const [id, item] of Object.entries(evidence)) {
    if (item.status !== 'available' || !item.knownBy[country] || item.obtainedBy[country]) continue;
    const until = keptUntil(item);
    const title = titles[id]?.title;
    if (title && until !== null && until - now <= DAY && until > now)
      risks.push(t('ui.console.expires', { evidence: title, left: span(until - now) }));
  }
  const seen = { briefing, viewer: country };
  for (const request of Object.values(requests)) {
    for (const query of request.progressQueries)
      if (request.to === country && query.answeredAt === null && !query.overdue && query.dueAt - now <= DAY)
        risks.push(t('ui.console.progress-due', { request: requestAbout(seen, request) }));
  }
  return risks;
}
