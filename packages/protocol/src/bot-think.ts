import { parseDuration } from '@crossborder/scenario';
import { z } from 'zod';

/**
 * How long, in game time, a bot playing an empty seat thinks after each decision before it acts
 * again (issue 16: a pace like people's). Written as the scenario's durations are (`30m`, `2h`,
 * `1d`); `0m` is a bot that answers at once. A server that is not told uses its own default.
 */

/** Past a day a bot is no longer slow but absent: the longest thinking time a session may ask for. */
export const BOT_THINK_MAX_MINUTES = 24 * 60;

/** The server's default when it is not started with another (`--bot-think`). */
export const DEFAULT_BOT_THINK = '30m';

/** Game minutes in a thinking time as written, or undefined when it is not one (not a duration, or over a day). */
export function botThinkMinutes(text: string): number | undefined {
  const minutes = parseDuration(text.trim());
  return minutes !== undefined && minutes <= BOT_THINK_MAX_MINUTES ? minutes : undefined;
}

/**
 * A thinking time on the wire: kept as written (the server reads its minutes with `botThinkMinutes`).
 * Its refusal needs no words of its own: the server answers one with `server.http.bad-bot-think`.
 */
export const BotThink = z
  .string()
  .max(32)
  .refine((text) => botThinkMinutes(text) !== undefined);
