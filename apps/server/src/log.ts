import { pino } from 'pino';

/** Structured logs (JSON lines). Player text is never logged: only ids, codes and counts. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'crossborder' } });
}
export type Logger = ReturnType<typeof createLogger>;
