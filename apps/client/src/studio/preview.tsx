import type { CountryView } from '@crossborder/engine';
import { signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { BriefingPanel } from '../team/briefing.js';
import { CasefilePanel } from '../team/casefile.js';
import type { Team } from '../team/context.js';
import { Forms } from '../ui/forms.js';
import { Field } from '../ui/parts.js';
import { ReadOnlyContext } from '../ui/read-only.js';
import type { Preview } from './draft.js';
import { t } from './words.js';

let previews = 0;

/**
 * A team as the preview shows it: the view at the start of play, the clock at its start, and
 * nothing to send (the preview is read-only, as the instructor's look through a seat is: its
 * forms show what a team could do, without a button to do it).
 */
function previewTeam(view: CountryView): Team {
  return {
    view: signal(view),
    minutes: signal(0),
    now: () => 0,
    log: signal([]),
    forms: new Forms(),
    send: async () => ({ ok: false, error: { code: 'preview', message: t('ui.studio.preview-read-only') } }),
    selected: signal(null),
  };
}

/**
 * The draft as a country's team will first see it: its briefing and its opening case file,
 * rendered by the team screen's own panels from the view the server would send at the start of
 * play, read-only. The country is chosen among the draft's.
 */
export function PreviewPanel({
  preview,
  onCountry,
}: {
  preview: Preview;
  onCountry: (country: string) => void;
}) {
  // The team's panel follows the view it was first given (its parts compute from that signal):
  // each new preview is a new panel, keyed, while the country field stays (and keeps the focus).
  const shown = useMemo(
    () => ({
      view: preview.ok ? signal(preview.view) : null,
      team: preview.ok ? previewTeam(preview.view) : null,
      key: ++previews,
    }),
    [preview],
  );
  if (!preview.ok) return <p role="alert">{t('ui.studio.preview-has-errors', { errors: preview.errors })}</p>;
  return (
    <div class="studio-preview">
      <Field label={t('ui.studio.preview-country')}>
        {(control) => (
          <select
            {...control}
            value={preview.country}
            onChange={(event) => onCountry(event.currentTarget.value)}
          >
            {Object.entries(preview.countries).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {shown.view && shown.team ? (
        <ReadOnlyContext.Provider value={true}>
          <div class="studio-preview-panels" key={shown.key}>
            <section aria-label={t('ui.studio.preview-briefing')}>
              <BriefingPanel view={shown.view} />
            </section>
            <section aria-label={t('ui.studio.preview-casefile')}>
              <CasefilePanel team={shown.team} />
            </section>
          </div>
        </ReadOnlyContext.Provider>
      ) : null}
    </div>
  );
}
