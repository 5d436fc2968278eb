import { z } from 'zod';

/**
 * A fork: a new session started from a moment of another's log (issue 15, part 8). The room
 * replays a decision differently from where the original stood at that game time.
 */

/**
 * `POST /api/sessions/:id/fork`: the game time (minutes since the scenario's start) to start
 * from. Any whole number is read here: one before the start or after the end is the server's
 * typed error (`fork-before-start`, `fork-after-end`), said with the session's own times.
 */
export const ForkSessionRequest = z.strictObject({
  at: z.number().int().min(-1_000_000_000).max(1_000_000_000),
});
export type ForkSessionRequest = z.infer<typeof ForkSessionRequest>;

/**
 * Where a fork comes from, kept with the fork's settings and in its export: the original's id,
 * join code and title, the game time of the fork, and how many events were copied from the
 * original's log (the fork's log starts with them, as they were; everything after is its own).
 */
export const ForkOrigin = z.object({
  sessionId: z.string(),
  code: z.string(),
  title: z.string(),
  at: z.number(),
  events: z.number().int().nonnegative(),
});
export type ForkOrigin = z.infer<typeof ForkOrigin>;
