import type { View } from '@crossborder/engine';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { boardView } from '../board/board-view.js';
import { t } from '../i18n.js';
import { evidenceAtRiskLines, objectivesByTeam, type RaceLine, requestsInFlight } from './racing.js';

/**
 * The projector's panels: what the room races (requests in flight, evidence at risk) and each
 * team's objectives. Each recomputes from the view and the game minute, but only a line whose
 * words changed is touched (countdowns are in hours, so most minutes change nothing).
 */
interface PanelProps {
  view: ReadonlySignal<View | null>;
  minutes: ReadonlySignal<number>;
}

/** How many lines a race list shows before "And N more" (the room reads from afar: few, large). */
const LINES_SHOWN = 6;

export function RequestsInFlight({ view, minutes }: PanelProps) {
  const lines = useComputed(() => {
    const shown = boardView(view.value);
    return shown ? requestsInFlight(shown, minutes.value) : [];
  });
  return (
    <section class="race" aria-labelledby="in-flight-title">
      <h2 id="in-flight-title">{t('ui.observer.in-flight')}</h2>
      <RaceList lines={lines} empty={t('ui.observer.none-in-flight')} listClass="in-flight" />
    </section>
  );
}

export function EvidenceAtRisk({ view, minutes }: PanelProps) {
  const lines = useComputed(() => {
    const shown = boardView(view.value);
    return shown ? evidenceAtRiskLines(shown, minutes.value) : [];
  });
  const revealed = useComputed(() => view.value?.role === 'instructor');
  return (
    <section class="race" aria-labelledby="at-risk-title">
      <h2 id="at-risk-title">{t('ui.observer.at-risk')}</h2>
      {revealed.value ? null : <p class="race-note">{t('ui.observer.at-risk-note')}</p>}
      <RaceList lines={lines} empty={t('ui.observer.none-at-risk')} listClass="at-risk" />
    </section>
  );
}

function RaceList({
  lines,
  empty,
  listClass,
}: {
  lines: ReadonlySignal<RaceLine[]>;
  empty: string;
  listClass: string;
}) {
  const shown = lines.value.slice(0, LINES_SHOWN);
  const more = lines.value.length - shown.length;
  if (shown.length === 0) return <p class="race-empty">{empty}</p>;
  return (
    <>
      <ul class={`race-list ${listClass}`}>
        {shown.map((line) => (
          <li key={line.id} data-race={line.id} class={line.late ? 'late' : line.soon ? 'soon' : undefined}>
            <span class="race-title">{line.title}</span>
            <span class="race-detail">
              <Urgency line={line} />
              {line.detail}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 ? <p class="race-more">{t('ui.observer.more', { count: more })}</p> : null}
    </>
  );
}

/** A symbol for the eye and a word for everyone: colour is never the only signal. */
function Urgency({ line }: { line: RaceLine }) {
  if (!line.late && !line.soon) return null;
  const [symbol, word] = line.late ? ['✖', t('ui.observer.late')] : ['⚠', t('ui.observer.soon')];
  return (
    <>
      <span aria-hidden="true">{`${symbol} `}</span>
      <span class="visually-hidden">{`${word}: `}</span>
    </>
  );
}

const MARKS = { met: '✔', missed: '✖', open: '○' } as const;
const WORDS = { met: 'ui.observer.met', missed: 'ui.observer.missed', open: 'ui.observer.open' } as const;

/** Each team's objectives under its name, then those every team shares: a symbol and, for screen readers, a word. */
export function TeamObjectives({ view }: { view: ReadonlySignal<View | null> }) {
  const teams = useComputed(() => {
    const shown = boardView(view.value);
    return shown ? objectivesByTeam(shown) : [];
  });
  return (
    <section class="team-objectives" aria-labelledby="objectives-title">
      <h2 id="objectives-title">{t('ui.observer.objectives')}</h2>
      {teams.value.map((team) => (
        <div key={team.country ?? '*'} data-team={team.country ?? ''}>
          <h3>{team.name}</h3>
          <ul class="public-objectives">
            {team.objectives.map((objective) => (
              <li key={objective.id} data-objective={objective.id} class={objective.state}>
                <span aria-hidden="true">{`${MARKS[objective.state]} `}</span>
                {objective.title}
                <span class="visually-hidden">{` (${t(WORDS[objective.state])})`}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
