/**
 * Durations in scenario files are written like `90m`, `36h`, `14d` or combined `1d12h`.
 * The engine counts game time in whole minutes since the scenario's start, so every
 * duration becomes a number of minutes here, once, at the boundary.
 */
const MINUTES_PER_UNIT = { d: 24 * 60, h: 60, m: 1 } as const;

export const DURATION_PATTERN = /^(?:(\d{1,5})d)?(?:(\d{1,6})h)?(?:(\d{1,7})m)?$/;

/** Minutes in `text`, or undefined when it is not a duration like `90m`, `36h`, `14d` or `1d12h`. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text);
  if (!match || text === '') return undefined;
  const [, days, hours, minutes] = match;
  return (
    Number(days ?? 0) * MINUTES_PER_UNIT.d + Number(hours ?? 0) * MINUTES_PER_UNIT.h + Number(minutes ?? 0)
  );
}

/** The shortest written form of a number of minutes: 2160 -> `1d12h`, 90 -> `1h30m`, 0 -> `0m`. */
export function formatDuration(totalMinutes: number): string {
  if (totalMinutes === 0) return '0m';
  const sign = totalMinutes < 0 ? '-' : '';
  let rest = Math.abs(Math.round(totalMinutes));
  const days = Math.floor(rest / MINUTES_PER_UNIT.d);
  rest -= days * MINUTES_PER_UNIT.d;
  const hours = Math.floor(rest / MINUTES_PER_UNIT.h);
  const minutes = rest - hours * MINUTES_PER_UNIT.h;
  return `${sign}${days ? `${days}d` : ''}${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}`;
}

/** `+05:30` -> 330, `-03:00` -> -180; undefined when the offset is not ±HH:MM within -12:00..+14:00. */
export function parseUtcOffset(text: string): number | undefined {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, sign, hh, mm] = match;
  const minutes = Number(hh) * 60 + Number(mm);
  if (Number(mm) >= 60) return undefined;
  const signed = sign === '-' ? -minutes : minutes;
  return signed >= -12 * 60 && signed <= 14 * 60 ? signed : undefined;
}
