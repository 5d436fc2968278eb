import type { CountryId, BoardView as View } from '@crossborder/engine';
import { REQUEST_KINDS, type RequestKind, type RequestTokenShape } from '@crossborder/scenario';
import { kindName } from '../i18n.js';
import { localTime } from '../time.js';

/**
 * What the board draws, computed from a view and the game time alone (no Phaser here, so it can
 * be tested): countries where the scenario puts them (or on a circle), requests as tokens on
 * their way or parked at the requested country, evidence with the share of its retention left,
 * and suspects once located.
 */
export type TokenShape = RequestTokenShape;

interface BoardCountry {
  id: CountryId;
  name: string;
  color: string;
  /** Position in a 0..1 square. */
  x: number;
  y: number;
  localTime: string;
}

export interface BoardToken {
  id: string;
  kind: RequestKind;
  label: string;
  /** From the kind's spec (`REQUEST_KINDS[kind].token`). */
  shape: TokenShape;
  from: CountryId;
  to: CountryId;
  /** 0 at the sender, 1 at the recipient. */
  progress: number;
  status: string;
}

interface BoardEvidence {
  id: string;
  title: string;
  country: CountryId;
  /** The share of its life left (1 full, 0 deleted); null when it is not at risk. */
  left: number | null;
  lost: boolean;
  preserved: boolean;
}

interface BoardSuspect {
  id: string;
  alias: string;
  country: CountryId;
  inCustody: boolean;
}

export interface BoardModel {
  countries: BoardCountry[];
  tokens: BoardToken[];
  evidence: BoardEvidence[];
  suspects: BoardSuspect[];
}

/** How far ahead an expiry starts to show on the ring (retention beyond that reads as "full"). */
const RING_WINDOW = 30 * 24 * 60;

/** Countries on a circle, in the order given, when the scenario gives no positions. */
export function circleLayout(count: number, index: number): { x: number; y: number } {
  if (count === 1) return { x: 0.5, y: 0.5 };
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: 0.5 + 0.36 * Math.cos(angle), y: 0.5 + 0.36 * Math.sin(angle) };
}

export function boardModel(view: View, now: number): BoardModel {
  const { directory, startsAt } = view.briefing;
  const ids = Object.keys(directory);
  const countries = ids.map((id, index): BoardCountry => {
    const country = directory[id];
    const position = country?.position
      ? { x: country.position.x / 100, y: country.position.y / 100 }
      : circleLayout(ids.length, index);
    return {
      id,
      name: country?.shortName ?? country?.name ?? id,
      color: country?.color ?? '#555555',
      ...position,
      localTime: localTime(startsAt, now, country?.utcOffset ?? '+00:00'),
    };
  });
  const requests = view.role === 'instructor' ? view.state.requests : view.requests;
  const tokens = Object.values(requests).map((request): BoardToken => {
    const travel = Math.max(1, request.receivedAt - request.sentAt);
    const progress =
      request.status === 'in-transit' ? Math.min(1, Math.max(0, (now - request.sentAt) / travel)) : 1;
    return {
      id: request.id,
      kind: request.kind,
      label: kindName(request.kind),
      shape: REQUEST_KINDS[request.kind].token,
      from: request.from,
      to: request.to,
      progress,
      status: request.status,
    };
  });
  return {
    countries: spreadOut(countries),
    tokens,
    evidence: evidenceOf(view, now),
    suspects: suspectsOf(view),
  };
}

/**
 * Scenario positions are a sketch of the map: they are stretched to use the whole board (keeping
 * their arrangement), so that countries drawn in one corner do not crowd each other.
 */
function spreadOut<T extends { x: number; y: number }>(points: T[]): T[] {
  if (points.length < 2) return points;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const stretch = (value: number, low: number, high: number) =>
    high - low < 1e-6 ? 0.5 : (value - low) / (high - low);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map((point) => ({
    ...point,
    x: stretch(point.x, minX, maxX),
    y: stretch(point.y, minY, maxY),
  }));
}

/** The share of its life left: 1 full (or beyond the ring's window), 0 deleted; null when it is kept with no end. */
function lifeLeft(until: number | null, now: number): number | null {
  return until === null ? null : Math.max(0, Math.min(1, (until - now) / RING_WINDOW));
}

/**
 * A team sees what it knows; the projector what every team knows (or, revealed, the instructor's
 * all): the engine's `atRisk`, data with a limited retention.
 */
function evidenceOf(view: View, now: number): BoardEvidence[] {
  if (view.role !== 'country') {
    return Object.entries(view.atRisk).flatMap(([id, item]) =>
      item.country
        ? [
            {
              id,
              title: item.title,
              country: item.country,
              left: item.lostAt !== null ? 0 : lifeLeft(item.until, now),
              lost: item.lostAt !== null,
              preserved: item.preserved,
            },
          ]
        : [],
    );
  }
  const shown: BoardEvidence[] = [];
  for (const [id, item] of Object.entries(view.evidence)) {
    if (!item.country) continue;
    const until = item.preservation ? item.preservation.until : item.expiresAt;
    shown.push({
      id,
      title: item.title,
      country: item.country,
      left: item.status === 'lost' ? 0 : lifeLeft(until, now),
      lost: item.status === 'lost',
      preserved: item.preservation !== null,
    });
  }
  return shown;
}

function suspectsOf(view: View): BoardSuspect[] {
  if (view.role !== 'country') return [];
  const shown: BoardSuspect[] = [];
  for (const [id, suspect] of Object.entries(view.suspects)) {
    const country = suspect.custody?.by ?? suspect.location?.location;
    if (!country) continue;
    shown.push({ id, alias: suspect.alias, country, inCustody: suspect.custody !== null });
  }
  return shown;
}
