import { z } from 'zod';
import { BotThink } from './bot-think.js';
import type { ClockState, ErrorBody, SeatsInfo, SessionInfo } from './messages.js';

/**
 * The HTTP side of the contract: what the server's `/api` answers, defined once. The server
 * types its answers with these shapes; the client parses what it gets with the same schemas
 * (`readAnswer`), so an answer that is not what the contract says is a clear error, not a
 * screen that breaks further on. The instructor's routes need the instructor key as a Bearer
 * token; the join door (`GET /api/join/:code`) is public.
 *
 * Answers are parsed, not held to the letter: a key the server adds is dropped, a key it drops is
 * an error. The shapes the Socket.IO messages define as interfaces (`SessionInfo`, `ClockState`,
 * `SeatsInfo`, `ErrorBody` in messages.ts) are checked here against those interfaces, so the two
 * cannot drift apart.
 */

const Status = z.enum(['open', 'ended']);

const Info = z.object({
  id: z.string(),
  code: z.string(),
  scenarioId: z.string(),
  title: z.string(),
  status: Status,
}) satisfies z.ZodType<SessionInfo>;

const Clock = z.object({
  mode: z.enum(['realtime', 'rounds']),
  running: z.boolean(),
  speed: z.number(),
  game: z.number(),
  wall: z.number(),
  roundLength: z.number(),
}) satisfies z.ZodType<ClockState>;

const Seats = z.object({
  countries: z.record(
    z.string(),
    z.object({ bot: z.boolean(), locked: z.boolean(), team: z.string().nullable(), online: z.number() }),
  ),
  observersSeeAll: z.boolean(),
  jury: z
    .object({
      key: z.string(),
      jurors: z.record(z.string(), z.object({ name: z.string(), online: z.number() })),
    })
    .optional(),
}) satisfies z.ZodType<SeatsInfo>;

/**
 * A failed answer's body, whatever the route: the error as the socket's acknowledgements carry
 * it (`ErrorBody`: a stable code, English text, its parameters), with the scenario's problems
 * when one cannot be played (`invalid-scenario`).
 */
export const HttpError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ruleId: z.string().nullable().optional(),
    article: z.string().nullable().optional(),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.array(z.string()).readonly()]))
      .optional(),
    issues: z.array(z.string()).optional(),
  }) satisfies z.ZodType<ErrorBody>,
});
export type HttpError = z.infer<typeof HttpError>;

/** `GET /api/scenarios`: a bundled scenario file with its validation status. */
export const ScenarioListEntry = z.object({
  /** The file's name in the scenarios folder. */
  file: z.string(),
  /** The scenario's id, title and summary; null when the file could not be read as a scenario. */
  id: z.string().nullable(),
  title: z.string().nullable(),
  summary: z.string().nullable(),
  countries: z.array(z.object({ id: z.string(), name: z.string() })),
  valid: z.boolean(),
  /** The problems, formatted as the check command prints them (`file:line:column path: message`). */
  issues: z.array(z.string()),
  /**
   * Where the file is: the server's bundled scenarios, one of the extra folders it was given, or
   * the scenarios uploaded from the console (kept in its data folder).
   */
  origin: z.enum(['bundled', 'folder', 'uploaded']).optional(),
});
export type ScenarioListEntry = z.infer<typeof ScenarioListEntry>;
export const ScenarioList = z.array(ScenarioListEntry);

/** `GET /api/sessions`: a session the server holds, with its clock, its seats and how many events it has. */
export const SessionListEntry = Info.extend({
  /** Wall time (ms since the epoch). */
  createdAt: z.number(),
  clock: Clock,
  seats: Seats,
  events: z.number(),
});
export type SessionListEntry = z.infer<typeof SessionListEntry>;
export const SessionList = z.array(SessionListEntry);

/**
 * `GET /api/addresses`: where the room reaches this server (its public addresses, else those it
 * listens on), best first; the console builds its join links and the projector's address from it.
 */
export const RoomAddresses = z.object({ urls: z.array(z.string().url()).min(1) });
export type RoomAddresses = z.infer<typeof RoomAddresses>;

/**
 * `POST /api/sessions`: a session from a bundled scenario (`scenario`, its id) or from a
 * scenario's YAML (`source`); `clock: 'rounds'` plays it as a moot exercise, where time moves only
 * when the instructor advances it; `botThink` is how long the bots of empty seats think after each
 * decision (`bot-think.ts`; the server's default unless given). The server parses the body with
 * this schema.
 */
export const CreateSessionRequest = z.strictObject({
  scenario: z.string().min(1).max(64).optional(),
  source: z.string().min(1).max(1_000_000).optional(),
  clock: z.enum(['realtime', 'rounds']).optional(),
  botThink: BotThink.optional(),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/** What `POST /api/sessions` answers (201): the session, each country's join link and the projector's. */
export const CreateSessionResponse = z.object({
  session: Info,
  /** By country id: the path a team opens (`/join/CODE/country`). */
  links: z.record(z.string(), z.string()),
  /** The projector's path (`/watch/CODE`). */
  observer: z.string(),
});
export type CreateSessionResponse = z.infer<typeof CreateSessionResponse>;

/**
 * `GET /api/join/:code` (public): what a join code opens, for the join page. Nothing secret: the
 * title, whether it is still open, and each country's short name and colour, whether a team has
 * taken it and whether the instructor has locked it.
 */
export const SessionDoor = z.object({
  title: z.string(),
  status: Status,
  countries: z.record(
    z.string(),
    z.object({ name: z.string(), color: z.string(), taken: z.boolean(), locked: z.boolean() }),
  ),
});
export type SessionDoor = z.infer<typeof SessionDoor>;

/**
 * Reads an answer's body with its schema: the value, or where and how it differs from the
 * contract (the first problem found; `path` is empty when the body as a whole is wrong).
 */
export function readAnswer<T>(
  schema: z.ZodType<T>,
  body: unknown,
): { ok: true; value: T } | { ok: false; path: string; problem: string } {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, path: first?.path.map(String).join('.') ?? '', problem: first?.message ?? 'invalid' };
}
