import { PROSECUTE_INSTEAD_MINUTES } from '../law/timing.js';
import { changedSince, revisionOf } from '../model/changes.js';
import type { CountryId, GameTime, SuspectId } from '../model/ids.js';
import type { Prosecution, Request, State } from '../model/state.js';

export const WAITING: readonly Request['status'][] = ['received', 'more-information-requested', 'postponed'];

/** The earlier of a time and a possible time. */
export function earlier(time: number, at: GameTime | null | undefined): number {
  return at !== null && at !== undefined && at < time ? at : time;
}

/** When a request next needs something to happen, as far as the request alone says. */
function dueOfRequest(request: Request): number {
  let due = Number.POSITIVE_INFINITY;
  if (request.status === 'in-transit') due = earlier(due, request.receivedAt);
  if (request.status === 'executing' || request.status === 'postponed') due = earlier(due, request.dueAt);
  for (const query of request.progressQueries)
    if (query.answeredAt === null && !query.overdue) due = earlier(due, query.dueAt);
  if (request.noLongerNeededDueAt !== null && WAITING.includes(request.status))
    due = earlier(due, request.noLongerNeededDueAt);
  return earlier(due, request.confirmInWritingBy);
}

/**
 * When the requested State must have submitted the case for prosecution instead (Art. 37), if
 * that duty is running: unless a prosecution on the request was opened meanwhile (`prosecuted`).
 */
export function prosecuteInsteadAt(request: Request): number {
  return request.underConvention && request.prosecutionRequestedAt !== null && !request.prosecutionOverdue
    ? request.prosecutionRequestedAt + PROSECUTE_INSTEAD_MINUTES
    : Number.POSITIVE_INFINITY;
}

/**
 * The case was submitted for prosecution: a prosecution opened on this request, or the requested
 * State already prosecutes the person (one prosecution answers every State that asked for it).
 */
export function prosecuted(state: State, request: Request): boolean {
  for (const id in state.prosecutions) if (state.prosecutions[id]?.onRequest === request.id) return true;
  const { suspect } = request.subject;
  return suspect !== null && prosecutes(state.prosecutions, request.to, suspect);
}

/** Whether a country prosecutes a person (Art. 37: one prosecution answers every State that asks). */
export function prosecutes(
  prosecutions: Record<string, Prosecution>,
  country: CountryId,
  suspect: SuspectId,
): boolean {
  // for-in, not Object.values: looked at for every request with a duty running, after every event.
  for (const id in prosecutions) {
    const prosecution = prosecutions[id];
    if (prosecution?.country === country && prosecution.suspect === suspect) return true;
  }
  return false;
}

interface Index {
  record: object;
  revision: number;
  /** The requests that have something due, by id: their own due time and the prosecution duty's. */
  due: Map<string, { own: number; prosecute: number }>;
}
const indexes = new WeakMap<State, Index>();

/**
 * The requests with something due, kept up to date from the requests that changed since the last
 * look. A game holds hundreds of requests, most of them only waiting for an answer, and this is
 * asked after every event: scanning them all each time was the engine's largest cost per command.
 */
export function requestsDue(state: State): Index['due'] {
  const record = state.requests;
  const revision = revisionOf(record);
  let index = indexes.get(state);
  if (index && index.record === record && index.revision === revision) return index.due;
  const changed = index && index.record === record ? changedSince(record, index.revision) : undefined;
  if (!index || !changed) {
    index = { record, revision, due: new Map() };
    indexes.set(state, index);
    for (const id in record) note(index, id, record[id]);
  } else {
    for (const id of changed) note(index, id, record[id]);
    index.revision = revision;
  }
  return index.due;
}

function note(index: Index, id: string, request: Request | undefined): void {
  const own = request ? dueOfRequest(request) : Number.POSITIVE_INFINITY;
  const prosecute = request ? prosecuteInsteadAt(request) : Number.POSITIVE_INFINITY;
  if (Number.isFinite(own) || Number.isFinite(prosecute)) index.due.set(id, { own, prosecute });
  else index.due.delete(id);
}
