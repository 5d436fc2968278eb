import { t } from '../i18n.js';
import { dayAndTime } from '../time.js';

/** A game time as the debrief says it ("Day 2, 14:05"); a dash for none. */
export function when(minutes: number | null): string {
  if (minutes === null) return '—';
  const { day, time } = dayAndTime(minutes);
  return t('ui.time.day-time', { day, time });
}
