import type { ComponentChildren } from 'preact';
import { t } from '../i18n.js';

/**
 * A moment of the game typed as the clock says it ("Day 3, 14:05"): a day number (day 1 is the
 * first) and a time of day, under one legend. The one way the app asks for a game time: the
 * console's fork, a team's common action time and the time a measure is carried out.
 */
const DAY = 24 * 60;

/** The game minute a day and a time of day ("14:05") name, or null while either is not whole. */
export function dayTimeMinutes(day: string, time: string): number | null {
  const dayNumber = Number(day.trim() || Number.NaN);
  const [hours, minutes, extra] = time.split(':').map((part) => Number(part || Number.NaN));
  if (!Number.isInteger(dayNumber) || dayNumber < 1 || extra !== undefined) return null;
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return null;
  if ((hours ?? 0) < 0 || (hours ?? 0) > 23 || (minutes ?? 0) < 0 || (minutes ?? 0) > 59) return null;
  return (dayNumber - 1) * DAY + (hours ?? 0) * 60 + (minutes ?? 0);
}

interface DayTimeFieldsProps {
  /** The fieldset's id: its controls are `<id>-day` and `<id>-time`. */
  id: string;
  legend: string;
  /** The controls' labels: the catalogue's "Day" and "Time" unless said. */
  labels?: { day: string; time: string };
  /** The controls' names (what a form's check focuses by): `day` and `time` unless said. */
  names?: { day: string; time: string };
  day: string;
  time: string;
  onDay: (text: string) => void;
  onTime: (text: string) => void;
  /** Said under the fields and read with each of them: what they are for, or where they land. */
  hint?: string | undefined;
  required?: boolean;
  /** Drawn inside the fieldset, after the fields (a button that acts on them). */
  children?: ComponentChildren;
}

/** Two labelled controls, a whole day number and a time of day, under one legend. */
export function DayTimeFields({
  id,
  legend,
  labels = { day: t('ui.field.day'), time: t('ui.field.time-of-day') },
  names = { day: 'day', time: 'time' },
  day,
  time,
  onDay,
  onTime,
  hint,
  required = false,
  children,
}: DayTimeFieldsProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset class="inline day-time" id={id}>
      <legend>{legend}</legend>
      <div class="field">
        <label for={`${id}-day`}>{labels.day}</label>
        <input
          id={`${id}-day`}
          type="number"
          name={names.day}
          min={1}
          step={1}
          inputMode="numeric"
          required={required}
          aria-describedby={hintId}
          value={day}
          onInput={(event) => onDay(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-time`}>{labels.time}</label>
        <input
          id={`${id}-time`}
          type="time"
          name={names.time}
          step={60}
          required={required}
          aria-describedby={hintId}
          value={time}
          onInput={(event) => onTime(event.currentTarget.value)}
        />
      </div>
      {children}
      {hint ? (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
