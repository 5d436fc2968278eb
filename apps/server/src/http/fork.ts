import { EVENT_SCHEMA } from '@crossborder/engine';
import { type CreateSessionResponse, ForkSessionRequest, type HttpError } from '@crossborder/protocol';
import type { Router } from 'express';
import { serverError } from '../errors.js';
import type { Registry } from '../game/registry.js';
import type { Session } from '../game/session.js';
import type { Logger } from '../log.js';

/**
 * The instructor's routes for forks (game/fork.ts), under the instructor key like the rest of
 * the API:
 * - `POST /api/sessions/:id/fork` `{ at }` starts a new session from session `id` as it stood at
 *   game time `at`, and answers as `POST /api/sessions` does (201: the session, its join links);
 * - `GET /api/sessions/:id/original` gives a fork's origin and the original's log, for the
 *   fork's debrief to compare the two branches.
 */
export function forkRoutes(api: Router, deps: { registry: Registry; log: Logger }): void {
  api.post('/sessions/:id/fork', async (request, response) => {
    const body = ForkSessionRequest.safeParse(request.body ?? {});
    if (!body.success) {
      response.status(400).json({ error: serverError('http.fork-bad-request') } satisfies HttpError);
      return;
    }
    const forked = await deps.registry.fork(String(request.params.id), body.data.at);
    if (!forked.ok) {
      response.status(forked.status).json({ error: forked.error } satisfies HttpError);
      return;
    }
    const { session } = forked;
    deps.log.info({ session: session.id, from: request.params.id, at: body.data.at }, 'session forked');
    response.status(201).json({
      session: session.info,
      links: Object.fromEntries(
        Object.keys(session.scenario.countries).map((country) => [
          country,
          `/join/${session.record.code}/${country}`,
        ]),
      ),
      observer: `/watch/${session.record.code}`,
    } satisfies CreateSessionResponse);
  });

  api.get('/sessions/:id/original', async (request, response) => {
    const session = await deps.registry.reader(String(request.params.id));
    const origin = session?.record.settings.fork;
    if (!session || !origin) {
      response.status(404).json({ error: serverError('http.not-a-fork') } satisfies HttpError);
      return;
    }
    const events = await deps.registry.originalEvents(origin.sessionId);
    if (!events) {
      response.status(404).json({
        error: serverError('http.fork-original-gone', { code: origin.code }),
      } satisfies HttpError);
      return;
    }
    response.json({ origin, eventSchema: EVENT_SCHEMA, events });
  });
}

/** A fork's report compares its branches: the original's code and log, while it is kept. */
export async function branchesOf(registry: Registry, session: Session) {
  const origin = session.record.settings.fork;
  const original = origin ? await registry.originalEvents(origin.sessionId) : undefined;
  if (!origin || !original) return {};
  return { branches: { code: origin.code, at: origin.at, original, copied: origin.events } };
}
