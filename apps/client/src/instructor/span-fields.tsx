import { type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { t, type UiKey } from '../i18n.js';

/**
 * A span of game time typed as days, hours and minutes: the one way the console asks for time,
 * whether the clock jumps ahead ("Advance by") or an inject is to fire later ("Fire in"). Each
 * is said back as the game time it lands on, in the clock's own words ("to Day 3, 14:05").
 */
export interface SpanDraft {
  days: Signal<string>;
  hours: Signal<string>;
  minutes: Signal<string>;
}

const PARTS = [
  ['days', 'ui.span.days', 24 * 60],
  ['hours', 'ui.span.hours', 60],
  ['minutes', 'ui.span.minutes', 1],
] as const satisfies readonly (readonly [keyof SpanDraft, UiKey, number])[];

/** A draft holding `total` minutes, split into days, hours and minutes. */
function spanDraft(total = 0): SpanDraft {
  const draft = { days: signal(''), hours: signal(''), minutes: signal('') };
  setSpan(draft, total);
  return draft;
}

export function useSpanDraft(total = 0): SpanDraft {
  // The first total only: after that the draft is the instructor's.
  return useMemo(() => spanDraft(total), []);
}

function setSpan(draft: SpanDraft, total: number): void {
  const whole = Math.max(0, Math.round(total));
  draft.days.value = String(Math.floor(whole / 1440));
  draft.hours.value = String(Math.floor((whole % 1440) / 60));
  draft.minutes.value = String(whole % 60);
}

/** The span in minutes, or null while a part is not a whole number of at least 0 (an empty part is 0). */
export function spanMinutes(draft: SpanDraft): number | null {
  let total = 0;
  for (const [part, , size] of PARTS) {
    const text = draft[part].value.trim();
    const number = text === '' ? 0 : Number(text);
    if (!Number.isInteger(number) || number < 0) return null;
    total += number * size;
  }
  return total;
}

interface SpanFieldsProps {
  /** The fieldset's id; each part's control is `<id>-days`, `<id>-hours`, `<id>-minutes`. */
  id: string;
  legend: string;
  draft: SpanDraft;
  /** Where the span lands, said beside the fields and read with each of them. */
  readout: ReadonlySignal<string>;
}

/** Three labelled whole-number fields under one legend, and the game time they land on. */
export function SpanFields({ id, legend, draft, readout }: SpanFieldsProps) {
  const readoutId = `${id}-readout`;
  return (
    <fieldset class="span-fields" data-span={id}>
      <legend>{legend}</legend>
      <div class="span-parts">
        {PARTS.map(([part, label]) => (
          <div class="field" key={part}>
            <label for={`${id}-${part}`}>{t(label)}</label>
            <input
              id={`${id}-${part}`}
              type="number"
              name={part}
              min={0}
              step={1}
              inputMode="numeric"
              aria-describedby={readoutId}
              value={draft[part].value}
              onInput={(event) => {
                // While what is typed is not yet a number ("1e"), the field reads empty: leave it be.
                if (!event.currentTarget.validity.badInput) draft[part].value = event.currentTarget.value;
              }}
            />
          </div>
        ))}
      </div>
      <p class="hint span-readout" id={readoutId}>
        {readout}
      </p>
    </fieldset>
  );
}
