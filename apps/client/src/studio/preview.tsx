import { signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { BriefingPanel } from '../team/briefing.js';
import { Field } from '../ui/parts.js';
import type { Preview } from './draft.js';
import { t } from './words.js';

let previews = 0;

/**
 * The draft as a country's team will first see it: its briefing, rendered by the team screen's
 * own panel from the view the server would send at the start of play. The country is chosen
 * among the draft's.
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
    () => ({ view: preview.ok ? signal(preview.view) : null, key: ++previews }),
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
      {shown.view ? <BriefingPanel key={shown.key} view={shown.view} /> : null}
    </div>
  );
}
