import type { SessionInfo } from '@crossborder/protocol';
import { type ReadonlySignal, type Signal, useComputed, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { downloadFile } from '../ui/download.js';
import type { ViewSignal } from './context.js';

interface ExportsProps {
  view: ViewSignal;
  session: ReadonlySignal<SessionInfo | null>;
  apiKey: string;
  /** The console's status line, where a failed download says why. */
  status: Signal<string>;
}

/**
 * The console's exports (README, "The debrief, replay, moot mode and the report"): each team's
 * own report, one button per country, built from that country's view only, unless the instructor
 * ticks the full debrief in; and the timeline of the whole session as a spreadsheet (CSV).
 */
export function Exports({ view, session, apiKey, status }: ExportsProps) {
  const full = useSignal(false);
  const countries = useComputed(() =>
    Object.entries(view.value.briefing.directory).map(([id, country]) => ({
      id,
      name: country.shortName ?? country.name,
    })),
  );
  const fetchFile = async (path: string, name: string) => {
    const id = session.peek()?.id;
    if (!id) return;
    const problem = await downloadFile(`/api/sessions/${encodeURIComponent(id)}${path}`, apiKey, name);
    status.value = problem ?? '';
  };
  return (
    <section class="card exports" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('ui.exports.title')}</h2>
      <p class="hint">{t('ui.exports.hint')}</p>
      <div class="field checkbox">
        <input
          type="checkbox"
          id="exports-full"
          name="full"
          checked={full.value}
          onChange={(event) => {
            full.value = event.currentTarget.checked;
          }}
        />
        <label for="exports-full">{t('ui.exports.full')}</label>
      </div>
      <ul class="buttons exports-list">
        {countries.value.map(({ id, name }) => (
          <li key={id}>
            <button
              type="button"
              data-team-report={id}
              onClick={() =>
                void fetchFile(
                  `/teams/${encodeURIComponent(id)}/report${full.peek() ? '?full=1' : ''}`,
                  `crossborder-${name}.html`,
                )
              }
            >
              {t('ui.exports.team-report', { country: name })}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            data-action="timeline-csv"
            onClick={() => void fetchFile('/timeline.csv', 'crossborder-timeline.csv')}
          >
            {t('ui.exports.csv')}
          </button>
        </li>
      </ul>
    </section>
  );
}
