import type { HttpError } from '@crossborder/protocol';
import { renderCaseFile, renderTeamReport, timelineCsv } from '@crossborder/report';
import type { Request, Response, Router } from 'express';
import { serverError } from '../errors.js';
import { hashToken } from '../game/codes.js';
import type { Registry } from '../game/registry.js';
import type { Session } from '../game/session.js';
import { currentCatalogue } from '../locale.js';
import type { Store } from '../store/store.js';

/**
 * The exports of issue 15 (README, "The debrief, replay, moot mode and the report"):
 *
 * Under the instructor key (mounted on the instructor's API router):
 * - `GET /api/sessions/:id/teams/:country/report[?full=1]`: one team's own report, built from its
 *   country's view only; `full=1` adds the whole session's debrief (every team's secrets);
 * - `GET /api/sessions/:id/timeline.csv[?team=<country>]`: the timeline as a spreadsheet, the
 *   whole session's, or one team's.
 *
 * Under a team's own seat (`exportTeamRoutes`, before the instructor's key is asked for):
 * - `GET /api/team/:country/casefile` with `Authorization: Bearer <seat token>`: the team's case
 *   file for a moot hearing. The token must be that country's seat in a live session: another
 *   team's token, an observer's or a juror's gets 403, none or an unknown one 401.
 *
 * Each is produced in the reader's language: `?lang=<tag>` (the seat's choice), else the
 * browser's Accept-Language (locale.ts).
 */
export function exportRoutes(api: Router, deps: { registry: Registry }): void {
  api.get('/sessions/:id/teams/:country/report', async (request, response) => {
    const session = await sessionOr404(deps.registry, request, response);
    if (!session) return;
    const country = countryOr404(session, String(request.params.country), response);
    if (!country) return;
    const html = renderTeamReport({
      scenario: session.scenario,
      events: await session.events(),
      country,
      session: { code: session.record.code, createdAt: session.record.createdAt },
      team: session.seatsInfo().countries[country]?.team ?? null,
      full: request.query.full === '1' || request.query.full === 'true',
      ...currentCatalogue(),
    });
    download(response, `crossborder-${session.record.code}-${fileName(session, country)}.html`);
    response.type('html').send(html);
  });

  api.get('/sessions/:id/timeline.csv', async (request, response) => {
    const session = await sessionOr404(deps.registry, request, response);
    if (!session) return;
    const team = typeof request.query.team === 'string' ? request.query.team : undefined;
    const country = team === undefined ? undefined : countryOr404(session, team, response);
    if (country === null) return;
    const csv = timelineCsv({
      scenario: session.scenario,
      events: await session.events(),
      ...(country ? { country } : {}),
      ...currentCatalogue(),
    });
    const suffix = country ? `-${fileName(session, country)}` : '';
    download(response, `crossborder-${session.record.code}${suffix}-timeline.csv`);
    response.type('text/csv; charset=utf-8').send(csv);
  });
}

export function exportTeamRoutes(team: Router, deps: { registry: Registry; store: Store }): void {
  team.get('/:country/casefile', async (request, response) => {
    const header = request.get('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const record = token ? await deps.store.token(hashToken(token)) : undefined;
    const session = record ? await deps.registry.reader(record.sessionId) : undefined;
    if (!record || !session || session.isRetired) {
      response.status(401).json({ error: serverError('http.no-seat-token') } satisfies HttpError);
      return;
    }
    const country = String(request.params.country);
    if (record.seat.kind !== 'country' || record.seat.country !== country) {
      response.status(403).json({
        error: serverError('http.not-your-casefile', { country: nameOf(session, country) }),
      } satisfies HttpError);
      return;
    }
    const html = renderCaseFile({
      scenario: session.scenario,
      events: await session.events(),
      country,
      session: { code: session.record.code, createdAt: session.record.createdAt },
      team: session.seatsInfo().countries[country]?.team ?? null,
      ...currentCatalogue(),
    });
    download(response, `crossborder-${session.record.code}-${fileName(session, country)}-casefile.html`);
    // What a team typed is in it: never cached by a shared proxy or browser cache.
    response.setHeader('Cache-Control', 'no-store');
    response.type('html').send(html);
  });
}

async function sessionOr404(
  registry: Registry,
  request: Request,
  response: Response,
): Promise<Session | undefined> {
  const session = await registry.reader(String(request.params.id));
  if (!session) response.status(404).json({ error: serverError('http.unknown-session') } satisfies HttpError);
  return session;
}

/** The country if the session's scenario has it; null (and a 404 sent) if not. */
function countryOr404(session: Session, country: string, response: Response): string | null {
  if (Object.hasOwn(session.scenario.countries, country)) return country;
  response.status(404).json({ error: serverError('http.unknown-team', { country }) } satisfies HttpError);
  return null;
}

function nameOf(session: Session, country: string): string {
  const found = Object.hasOwn(session.scenario.countries, country)
    ? session.scenario.countries[country]
    : undefined;
  return found?.shortName ?? found?.name ?? country;
}

/** A file name from the country's name (as the team knows it), safe in a header and on any disk. */
function fileName(session: Session, country: string): string {
  return (
    nameOf(session, country)
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'team'
  );
}

function download(response: Response, name: string): void {
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
}
