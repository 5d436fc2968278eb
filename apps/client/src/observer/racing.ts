import { CLOSED_REQUEST_STATUSES, type ObserverView, type BoardView as View } from '@crossborder/engine';
import { kindName, t, tDynamic } from '../i18n.js';
import { span } from '../time.js';

/**
 * What the room races, as the projector says it: the requests still open with the next time that
 * matters to each (when it arrives, when its execution is done, by when the requesting State asked
 * for an answer), and the data that will be deleted, with its countdown. Pure: the projector gives
 * the view and the game time, and shows the lines.
 */
type PublicRequest = ObserverView['requests'][string];
type Directory = View['briefing']['directory'];

/** Under a game day left, a line is marked (a symbol and a word, never colour alone). */
const SOON = 24 * 60;
/** Data kept longer than this is not at risk yet (nor is data preserved that long). */
const AT_RISK_WITHIN = 30 * SOON;

export interface RaceLine {
  id: string;
  /** What it is and between whom, in words. */
  title: string;
  /** Where it stands and what comes next, in words. */
  detail: string;
  /** The time it races, for ordering; null when nothing is due. */
  at: number | null;
  soon: boolean;
  /** Past its time: the deadline asked for has passed with no answer. */
  late: boolean;
}

export const countryName = (directory: Directory, id: string | null): string =>
  id === null ? '' : (directory[id]?.shortName ?? directory[id]?.name ?? id);

/** The public part of each request: the projector's own, or all of them when the instructor revealed everything. */
function publicRequests(view: View): PublicRequest[] {
  if (view.role === 'country') return [];
  return Object.values(view.role === 'instructor' ? view.state.requests : view.requests);
}

/** The requests still open, what each races next, the nearest first (those with nothing due last). */
export function requestsInFlight(view: View, now: number): RaceLine[] {
  const directory = view.briefing.directory;
  return publicRequests(view)
    .filter((request) => !CLOSED_REQUEST_STATUSES.includes(request.status))
    .map((request) => raceOf(request, directory, now))
    .sort((a, b) => (a.at ?? Number.POSITIVE_INFINITY) - (b.at ?? Number.POSITIVE_INFINITY));
}

function raceOf(request: PublicRequest, directory: Directory, now: number): RaceLine {
  const status = tDynamic(`ui.status.${request.status}`, {}, request.status);
  const [at, next] = nextTime(request, now);
  const late = at !== null && at <= now;
  const detail =
    at === null
      ? t('ui.observer.race-open', { status })
      : late
        ? t('ui.observer.race-late', { status, ago: span(now - at) })
        : t(next, { status, left: span(at - now) });
  return {
    id: request.id,
    title: t('ui.observer.race-request', {
      kind: kindName(request.kind),
      from: countryName(directory, request.from),
      to: countryName(directory, request.to),
    }),
    detail,
    at,
    // Arriving is not a deadline: only the end of execution or the deadline asked for is raced.
    soon: !late && at !== null && next !== 'ui.observer.race-arrives' && at - now < SOON,
    late,
  };
}

type NextKey = 'ui.observer.race-arrives' | 'ui.observer.race-done' | 'ui.observer.race-asked';

/** The next time that matters: arrival while on its way, the end of execution, else the deadline asked for. */
function nextTime(request: PublicRequest, now: number): [number | null, NextKey] {
  if (request.status === 'in-transit' && request.receivedAt > now)
    return [request.receivedAt, 'ui.observer.race-arrives'];
  if (request.dueAt !== null && request.dueAt > now) return [request.dueAt, 'ui.observer.race-done'];
  return [request.suggestedDeadline, 'ui.observer.race-asked'];
}

/** The data at risk within a month, the soonest deleted first, then what a preservation holds, then what is lost. */
export function evidenceAtRiskLines(view: View, now: number): RaceLine[] {
  if (view.role === 'country') return [];
  const directory = view.briefing.directory;
  const rank = (line: RaceLine) => (line.late ? 2 : line.at === null ? 1 : 0);
  return Object.entries(view.atRisk)
    .filter(([, item]) => item.until === null || item.until - now <= AT_RISK_WITHIN)
    .map(([id, item]): RaceLine => {
      const title = t('ui.observer.risk-item', {
        evidence: item.title,
        country: countryName(directory, item.country),
      });
      if (item.lostAt !== null)
        return { id, title, detail: t('ui.observer.risk-lost'), at: item.lostAt, soon: false, late: true };
      if (item.until === null)
        return { id, title, detail: t('ui.observer.risk-held'), at: null, soon: false, late: false };
      const left = span(item.until - now);
      return {
        id,
        title,
        detail: item.preserved
          ? t('ui.observer.risk-preserved', { left })
          : t('ui.observer.risk-deleted-in', { left }),
        at: item.until,
        soon: item.until - now < SOON,
        late: false,
      };
    })
    .sort((a, b) => rank(a) - rank(b) || (a.at ?? 0) - (b.at ?? 0));
}

export interface TeamObjectives {
  /** The country, or null for what every team shares. */
  country: string | null;
  name: string;
  objectives: { id: string; title: string; state: 'met' | 'missed' | 'open' }[];
}

/** The objectives, team by team (one shared by two teams shows under each), then those of every team. */
export function objectivesByTeam(view: View): TeamObjectives[] {
  if (view.role === 'country') return [];
  const directory = view.briefing.directory;
  const groups: TeamObjectives[] = [
    ...Object.keys(directory).map((country) => ({
      country,
      name: countryName(directory, country),
      objectives: [] as TeamObjectives['objectives'],
    })),
    { country: null, name: t('ui.observer.every-team'), objectives: [] },
  ];
  for (const [id, objective] of Object.entries(view.objectives)) {
    const state = objective.metAt !== null ? 'met' : objective.missedAt !== null ? 'missed' : 'open';
    const line = { id, title: objective.title, state } as const;
    for (const group of groups) {
      const mine =
        objective.for === 'all' ? group.country === null : objective.for.includes(group.country ?? '');
      if (mine) group.objectives.push(line);
    }
  }
  return groups.filter((group) => group.objectives.length > 0);
}
