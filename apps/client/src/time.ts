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

/** A span of game minutes as "2d 4h" (never "0m" for something under a minute away: "now"). */
export function span(minutes: number): string {
  return formatDuration(Math.max(0, Math.round(minutes / 60) * 60) || Math.max(0, Math.round(minutes)));
}

/** "Day 3, 14:05": a moment of the game, counted from its first day (the one way the screens write one). */
export function dayTime(minutes: number): string {
  return t('ui.time.day-time', dayAndTime(minutes));
}
