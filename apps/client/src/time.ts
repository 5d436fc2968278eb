import type { ClockState } from '@crossborder/protocol';
import { formatDuration, parseUtcOffset } from '@crossborder/scenario';
import { currentLocale, t } from './i18n.js';

/**
 * Game time is minutes since the scenario's start (`startsAt`). These helpers turn it into a
 * country's local clock time and into "in 2d 4h" spans, and extrapolate the server's clock.
 */
const MINUTE = 60_000;

/** The game time now, from the server's last clock reading (it moves on while running). */
export function gameNow(clock: ClockState, wallNow: number, serverOffset: number): number {
  if (!clock.running) return clock.game;
  const elapsed = Math.max(0, wallNow + serverOffset - clock.wall);
  return clock.game + (elapsed / MINUTE) * clock.speed;
}

/** "Mon 8 Mar 09:00" in a country's local time, written as the screens' language writes dates. */
export function localTime(startsAt: string, minutes: number, utcOffset: string): string {
  const offset = parseUtcOffset(utcOffset) ?? 0;
  const at = new Date(Date.parse(startsAt) + (minutes + offset) * MINUTE);
  return new Intl.DateTimeFormat(currentLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(at);
}

/** "Day 3, 14:05" counted from the start of the exercise (day 1 is the first day). */
export function dayAndTime(minutes: number): { day: number; time: string } {
  const whole = Math.max(0, Math.floor(minutes));
  const day = Math.floor(whole / 1440) + 1;
  const inDay = whole % 1440;
  const time = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return { day, time };
}

/**
 * `Intl.DurationFormat` (ES2025; Node 23+, every current browser): the language's own short
 * units ("2d 4h", "2j 4h", "2 ي و4 س"). Declared here as TypeScript's library for the target
 * does not have it yet.
 */
type DurationFormat = new (
  locale: string,
  options: { style: 'narrow'; minutesDisplay?: 'always' },
) => { format(duration: { days?: number; hours?: number; minutes?: number }): string };
const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormat }).DurationFormat;

/**
 * Game minutes as the screens' language writes a short duration: "2d 4h", "30m" in English. The
 * units and their order are the language's (`Intl.DurationFormat`), never joined in code; where the
 * browser lacks it, the scenario format's own notation ("2d4h").
 */
export function duration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (!DurationFormat) return formatDuration(whole);
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const rest = whole % 60;
  // Zero units are left out; a zero span still says its minutes ("0m").
  const options =
    whole === 0 ? ({ style: 'narrow', minutesDisplay: 'always' } as const) : ({ style: 'narrow' } as const);
  return new DurationFormat(currentLocale(), options).format({ days, hours, minutes: rest });
}

/** A span of game minutes as "2d 4h", to the hour (to the minute under an hour: never "0m" for "soon"). */
export function span(minutes: number): string {
  return duration(Math.max(0, Math.round(minutes / 60) * 60) || Math.max(0, Math.round(minutes)));
}

/** "Day 3, 14:05": a moment of the game, counted from its first day (the one way the screens write one). */
export function dayTime(minutes: number): string {
  return t('ui.time.day-time', dayAndTime(minutes));
}
