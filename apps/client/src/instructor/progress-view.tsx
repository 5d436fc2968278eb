import type { ClockState } from '@crossborder/protocol';
import type { ReadonlySignal } from '@preact/signals';
import { t } from '../i18n.js';
import { dayTime, span } from '../time.js';
import { type Flag, inRealTime, type Lag, type LagRow, type TeamProgress } from './progress.js';

/**
 * The progress parts of the dashboard: what needs the instructor now, each team's progress (cells
 * of the dashboard's row), and every objective against the bots' model answer. Each follows the
 * signals computed for it (dashboard.tsx): the game minute, the view, the progress message.
 */

/** What needs the instructor now: each flag said in words, marked by a word and a sign, not by colour alone. */
export function Attention({ flags }: { flags: ReadonlySignal<Flag[]> }) {
  return (
    <div class="attention">
      <h3 id="attention-title">{t('ui.progress.attention')}</h3>
      {flags.value.length === 0 ? (
        <p class="hint">{t('ui.progress.no-attention')}</p>
      ) : (
        <ul class="plain flags" aria-labelledby="attention-title">
          {flags.value.map((flag) => (
            <li key={flag.key} data-flag={flag.key} class="warning flag">
              <strong>{`⚠ ${t('ui.progress.flag')}`}</strong> {flag.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface CellsProps {
  progress: ReadonlySignal<TeamProgress | null>;
  clock: ReadonlySignal<ClockState | null>;
  minutes: ReadonlySignal<number>;
  botPlays: string;
}

/** A team's objectives, next deadline, what waits for its decision (and how long), and its idle time. */
export function ProgressCells({ progress, clock, minutes, botPlays }: CellsProps) {
  const team = progress.value;
  const country = team?.country;
  if (!team) return <td colSpan={4}>—</td>;
  return (
    <>
      <td data-objectives={country}>
        {t('ui.progress.objectives-count', { met: team.met, open: team.open, missed: team.missed })}
      </td>
      <td data-next={country}>
        {team.next
          ? t('ui.progress.next-at', { what: team.next.what, left: span(team.next.at - minutes.value) })
          : '—'}
      </td>
      <td data-waiting={country}>
        {team.waiting.length === 0 ? (
          '—'
        ) : (
          <ul class="plain">
            {team.waiting.map((waiting) => (
              <li key={waiting.key}>
                {t('ui.progress.waited', {
                  what: waiting.text,
                  waited: inRealTime(waiting.waited, clock.value),
                })}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-idle={country}>{team.idle === null ? botPlays : inRealTime(team.idle, clock.value)}</td>
    </>
  );
}

interface LagProps {
  rows: ReadonlySignal<LagRow[] | null>;
  countries: ReadonlySignal<string[]>;
  names: ReadonlySignal<Record<string, string>>;
}

/** Every objective: when the model path meets it, and each team ahead of or behind it. */
export function LagTable({ rows, countries, names }: LagProps) {
  return (
    <div class="lag">
      <h3 id="lag-title">{t('ui.progress.lag')}</h3>
      <p class="hint">{t('ui.progress.lag-hint')}</p>
      {rows.value === null ? (
        // Not a status region: the console has one, its status line (console.tsx).
        <p class="hint">{t('ui.progress.lag-computing')}</p>
      ) : (
        <table aria-labelledby="lag-title">
          <thead>
            <tr>
              <th scope="col">{t('ui.progress.objective')}</th>
              <th scope="col">{t('ui.progress.model')}</th>
              {countries.value.map((country) => (
                <th scope="col" key={country}>
                  {names.value[country] ?? country}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.value.map((row) => (
              <tr key={row.objective} data-lag={row.objective}>
                <th scope="row">{row.title}</th>
                <td>{row.model === null ? t('ui.progress.model-never') : dayTime(row.model)}</td>
                {countries.value.map((country) => {
                  const lag = row.teams[country] ?? { kind: 'none' };
                  return (
                    <td key={country} data-lag-team={country} class={`lag-${lag.kind}`}>
                      {lagText(lag)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A team's standing on one objective, in words (the cell's colour only repeats them). */
function lagText(lag: Lag): string {
  switch (lag.kind) {
    case 'none':
      return '—';
    case 'no-model':
      return lag.met ? t('ui.lag.no-model-met') : t('ui.lag.no-model');
    case 'missed':
      return t('ui.lag.missed');
    default:
      return t(`ui.lag.${lag.kind}`, { by: span(lag.by) });
  }
}
