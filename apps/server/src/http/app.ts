import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assess, EVENT_SCHEMA } from '@crossborder/engine';
import {
  botThinkMinutes,
  CreateSessionRequest,
  type CreateSessionResponse,
  type HttpError,
  type RoomAddresses,
  type ScenarioListEntry,
  type SessionDoor,
  type SessionListEntry,
} from '@crossborder/protocol';
import { renderReport } from '@crossborder/report';
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { CheckFailed, type ScenarioChecker } from '../checker.js';
import type { Config } from '../config.js';
import { serverError } from '../errors.js';
import { sameSecret } from '../game/codes.js';
import type { Registry } from '../game/registry.js';
import type { ScenarioLibrary } from '../library.js';
import { currentCatalogue, withRequestLocale } from '../locale.js';
import type { Logger } from '../log.js';
import { listed, type ScenarioEntry } from '../scenarios.js';
import type { Store } from '../store/store.js';
import { badCreateRequest } from './create-refusal.js';
import { exportRoutes, exportTeamRoutes } from './exports.js';
import { branchesOf, forkRoutes } from './fork.js';
import { securityHeaders } from './security.js';
import { studioRoutes } from './studio.js';
import { uploadRoute } from './upload-route.js';

/**
 * What `POST /api/sessions` accepts: the protocol's body (`CreateSessionRequest`), naming a bundled
 * scenario or carrying a source.
 */
const CreateSession = z.union([
  CreateSessionRequest.required({ scenario: true }),
  CreateSessionRequest.required({ source: true }),
]);

/**
 * The HTTP side: health, the instructor's API (scenarios, sessions, export) and the client. The
 * answers of the routes the client reads have their shapes in the protocol (`http.ts`), typed
 * here with `satisfies`; a failed answer is `{ error }` (`HttpError`).
 */
export function createApp(deps: {
  registry: Registry;
  /** The seat tokens: a team's own exports (its case file) are asked for with its seat's. */
  store: Store;
  config: Config;
  log: Logger;
  /** The scenarios offered: the folders' and the uploaded ones. */
  library: ScenarioLibrary;
  /** Checks uploaded scenarios off the main thread. */
  checker: ScenarioChecker;
  ready: () => boolean;
  /** Where the room reaches this server (known once it listens). */
  addresses?: () => string[];
}) {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(withRequestLocale);

  app.get('/health', (_request, response) => {
    response.json({ ok: true });
  });
  app.get('/ready', (_request, response) => {
    const ready = deps.ready();
    // Which node answered: behind a proxy, each node says its name (--node-id).
    response
      .status(ready ? 200 : 503)
      .json({ ok: ready, sessions: deps.registry.all().length, node: deps.config.nodeId });
  });

  // Public: what a join code opens (title and countries, nothing secret), for the join page.
  app.get('/api/join/:code', async (request, response) => {
    const session = await deps.registry.readerByCode(String(request.params.code).trim().toUpperCase());
    if (!session) {
      response.status(404).json({
        error: serverError('unknown-code', { code: String(request.params.code) }),
      } satisfies HttpError);
      return;
    }
    const seats = session.seatsInfo();
    response.json({
      title: session.info.title,
      status: session.info.status,
      countries: Object.fromEntries(
        Object.entries(session.scenario.countries).map(([id, country]) => [
          id,
          {
            name: country.shortName ?? country.name,
            color: country.color,
            taken: (seats.countries[id]?.team ?? null) !== null,
            locked: seats.countries[id]?.locked ?? false,
          },
        ]),
      ),
    } satisfies SessionDoor);
  });

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use((request: Request, response: Response, next: NextFunction) => {
    const header = request.get('authorization') ?? '';
    const key = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!sameSecret(key, deps.config.instructorKey)) {
      response.status(401).json({ error: serverError('http.not-instructor') } satisfies HttpError);
      return;
    }
    next();
  });

  api.get('/addresses', (_request, response) => {
    response.json({ urls: deps.addresses?.() ?? [] } satisfies RoomAddresses);
  });

  api.get('/scenarios', (_request, response) => {
    response.json(deps.library.list().map((entry): ScenarioListEntry => listed(entry)));
  });
  uploadRoute(api, deps);
  studioRoutes(api, deps);

  api.get('/sessions', async (_request, response) => {
    response.json((await deps.registry.listed()) satisfies SessionListEntry[]);
  });

  api.post('/sessions', async (request, response) => {
    const body = CreateSession.safeParse(request.body ?? {});
    if (!body.success) {
      response.status(400).json({ error: badCreateRequest(request.body) } satisfies HttpError);
      return;
    }
    let entry: ScenarioEntry | undefined;
    if (body.data.source) {
      try {
        entry = await deps.checker.check('uploaded.yaml', body.data.source, 'uploaded');
      } catch (cause) {
        if (!(cause instanceof CheckFailed)) throw cause;
        response
          .status(422)
          .json({ error: serverError('http.check-failed', { reason: cause.message }) } satisfies HttpError);
        return;
      }
    } else entry = deps.library.find(body.data.scenario ?? '');
    if (!entry) {
      response.status(404).json({
        error: serverError('http.unknown-scenario', { scenario: body.data.scenario ?? '' }),
      } satisfies HttpError);
      return;
    }
    if (!entry.scenario) {
      response.status(422).json({
        error: { ...serverError('http.invalid-scenario'), issues: entry.issues },
      } satisfies HttpError);
      return;
    }
    const session = await deps.registry.create(entry.scenario, entry.source, {
      ...(body.data.clock ? { clock: body.data.clock } : {}),
      // Written into the session, so that it keeps its pace whatever the server's default becomes.
      // One given has passed BotThink's check, so it has minutes; none given, the server's default.
      botThink: body.data.botThink === undefined ? deps.config.botThink : botThinkMinutes(body.data.botThink),
    });
    deps.log.info({ session: session.id, scenario: entry.id }, 'session created');
    response.status(201).json({
      session: session.info,
      links: Object.fromEntries(
        Object.keys(entry.scenario.countries).map((country) => [
          country,
          `/join/${session.record.code}/${country}`,
        ]),
      ),
      observer: `/watch/${session.record.code}`,
    } satisfies CreateSessionResponse);
  });

  api.get('/sessions/:id/export', async (request, response) => {
    const session = await deps.registry.reader(String(request.params.id));
    if (!session) {
      response.status(404).json({ error: serverError('http.unknown-session') });
      return;
    }
    const events = await session.events();
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="crossborder-${session.record.code}.json"`,
    );
    response.json({
      format: 'crossborder-session/1',
      session: { ...session.info, createdAt: session.record.createdAt },
      scenarioSource: session.record.scenarioSource,
      settings: session.record.settings,
      // The shape of the events (readers of an older export upcast it: none said is schema 1).
      eventSchema: EVENT_SCHEMA,
      events,
      // The jurors' names by number (a moot court's), for the report made from this export.
      jurors: session.jurorNames(),
      debrief: assess(session.engine.ctx, session.stateForExport(), events),
    });
  });

  // The after-action report: one self-contained HTML file, recomputed from the session's log.
  api.get('/sessions/:id/report', async (request, response) => {
    const session = await deps.registry.reader(String(request.params.id));
    if (!session) {
      response.status(404).json({ error: serverError('http.unknown-session') });
      return;
    }
    const teams = Object.fromEntries(
      Object.entries(session.seatsInfo().countries).map(([id, seat]) => [id, seat.team]),
    );
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="crossborder-${session.record.code}.html"`,
    );
    const events = await session.events();
    const branches = await branchesOf(deps.registry, session);
    response.type('html').send(
      renderReport({
        scenario: session.scenario,
        events,
        session: { code: session.record.code, createdAt: session.record.createdAt },
        teams,
        jurors: session.jurorNames(),
        ...branches,
        // In the reader's language (`?lang=`, else Accept-Language).
        ...currentCatalogue(),
      }),
    );
  });

  forkRoutes(api, deps);
  exportRoutes(api, deps);

  api.post('/sessions/:id/archive', async (request, response) => {
    const done = await deps.registry.remove(String(request.params.id), 'archived');
    response.status(done ? 200 : 404).json({ ok: done });
  });

  api.delete('/sessions/:id', async (request, response) => {
    const done = await deps.registry.remove(String(request.params.id), 'deleted');
    response.status(done ? 200 : 404).json({ ok: done });
  });

  // A team's own exports, with its seat token: before the instructor's key is asked for.
  const team = express.Router();
  exportTeamRoutes(team, deps);
  app.use('/api/team', team);
  app.use('/api', api);

  // The built client, with its single-page routes (/join/..., /instructor, /watch/..., /look/..., /jury/..., /studio).
  if (!existsSync(deps.config.client)) {
    app.get('/', (_request, response) => {
      response
        .type('text/plain')
        .send('Crossborder server. The browser client is not built here; the API is under /api.');
    });
  } else {
    app.use(express.static(deps.config.client, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(join|instructor|watch|debrief|look|jury|studio)(\/.*)?$/, (_request, response) => {
      response.sendFile(join(deps.config.client, 'index.html'));
    });
  }

  // Errors never leak stack traces: log them, answer plainly.
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) deps.log.error({ err: error }, 'request failed');
    response.status(status).json({
      error: serverError(
        status === 413 ? 'http.too-large' : status >= 500 ? 'http.internal' : 'http.unreadable',
      ),
    });
  });
  return app;
}
