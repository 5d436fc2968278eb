import type { Governance } from '@crossborder/scenario';
import type { Event } from './events.js';
import type { CountryId, EvidenceId } from './ids.js';
import type { Measure, Request, Violation } from './state.js';

/**
 * The version of the events' shape. Whoever stores events (the server's log, an export) records
 * the schema they were written under, and reads them back through `upcast`, which rewrites a log
 * of an older schema into today's events; `evolve` knows only today's.
 *
 * 1. Before versioning. A recorded violation has its English `message` (and, since violations kept
 *    their catalogue key, its `line` beside it). `PreservationReleased` and `PreservationEnded`
 *    written before preservations were kept per country have no `by`: they applied to every
 *    preservation of the evidence.
 * 2. A violation has its `line` only; every preservation event names whose preservation it is.
 * 3. A sent request records the regime that governs it (`governedBy`: the convention, a treaty
 *    or neither).
 * 4. A request's execution records the requested State's own authority (`authorisedBy` on
 *    `ExecutionStarted`, `executionAuthorisedBy` on the request) and a measure whether it was
 *    ordered confidential (`confidential`).
 *
 * Raise it, and teach `upcast` the step, whenever an event changes shape in a way that an older
 * log must be rewritten for (a field required or renamed, a message key renamed).
 */
export const EVENT_SCHEMA = 4;

/** A violation as schema 1 recorded it. */
type ViolationV1 = Omit<Violation, 'line'> & { message: string; line?: Violation['line'] };

/**
 * Rewrites a log written under `fromSchema` into today's events, in order. The log must be read
 * from its start (a step may need what came before: who had preserved the evidence). Events
 * already of today's schema are returned as they are. A log of a newer schema than this engine
 * knows is refused.
 */
export function upcast(events: readonly unknown[], fromSchema: number): Event[] {
  if (!Number.isInteger(fromSchema) || fromSchema < 1)
    throw new Error(`unknown event schema ${fromSchema} (the schemas are 1 to ${EVENT_SCHEMA})`);
  if (fromSchema > EVENT_SCHEMA)
    throw new Error(
      `these events were written by a newer version of Crossborder (event schema ${fromSchema}, this one reads up to ${EVENT_SCHEMA}); update Crossborder`,
    );
  if (fromSchema === EVENT_SCHEMA) return [...events] as Event[];
  const schema2 = fromSchema === 1 ? fromSchema1(events) : ([...events] as Event[]);
  const schema3 = fromSchema <= 2 ? fromSchema2(schema2) : schema2;
  return fromSchema3(schema3);
}

/**
 * Schema 3 to 4. Before execution recorded the requested State's authority, none was named: a
 * request sent then has none, and its execution named none. A measure taken then was never
 * ordered confidential (the command had no such field).
 */
function fromSchema3(events: readonly Event[]): Event[] {
  return events.map((event) => {
    switch (event.type) {
      case 'RequestSent':
        return (event.request as Partial<Request>).executionAuthorisedBy !== undefined
          ? event
          : { ...event, request: { ...event.request, executionAuthorisedBy: null } };
      case 'ExecutionStarted':
        return (event as { authorisedBy?: string | null }).authorisedBy !== undefined
          ? event
          : { ...event, authorisedBy: null };
      case 'MeasureTaken':
        return (event.measure as Partial<Measure>).confidential !== undefined
          ? event
          : { ...event, measure: { ...event.measure, confidential: false } };
      default:
        return event;
    }
  });
}

/**
 * Schema 2 to 3. A request sent before treaties existed went under the convention when both
 * States were bound by it, and under no rule otherwise: no scenario could declare a treaty then.
 */
function fromSchema2(events: readonly Event[]): Event[] {
  return events.map((event) => {
    if (event.type !== 'RequestSent' || (event.request as Partial<Request>).governedBy !== undefined)
      return event;
    const governedBy: Governance = event.request.underConvention
      ? { regime: 'convention', treaty: null, reason: 'convention' }
      : { regime: 'none', treaty: null, reason: 'none' };
    return { ...event, request: { ...event.request, governedBy } };
  });
}

/**
 * Schema 1 to 2. A violation's English text becomes the line `violation.as-recorded` ('{text}')
 * when it has no line of its own; the text goes. A preservation event without `by` becomes one
 * event per country that had preserved the evidence earlier in the log, in the order they first
 * did: for a country with a preservation, the per-country event does exactly what the old one did
 * to it; for a country without one (it ended, or was lost), nothing. So the state replayed is the
 * same, but for `seq`, which counts the events applied. (Had nobody preserved the evidence, the
 * old event moved only `seq` and `now` and no event is left; the engine never wrote one then.)
 */
function fromSchema1(events: readonly unknown[]): Event[] {
  const preservers = new Map<EvidenceId, CountryId[]>();
  const today: Event[] = [];
  for (const read of events) {
    const event = read as Event;
    switch (event.type) {
      case 'EvidencePreserved': {
        const countries = preservers.get(event.evidenceId) ?? [];
        if (!countries.includes(event.preservation.by)) countries.push(event.preservation.by);
        preservers.set(event.evidenceId, countries);
        today.push(event);
        break;
      }
      case 'PreservationReleased':
      case 'PreservationEnded': {
        if ((event as { by?: CountryId }).by !== undefined) today.push(event);
        else for (const by of preservers.get(event.evidenceId) ?? []) today.push({ ...event, by });
        break;
      }
      case 'ViolationRecorded': {
        const { message, line, ...violation } = event.violation as unknown as ViolationV1;
        today.push({
          ...event,
          violation: {
            ...violation,
            line: line ?? { key: 'violation.as-recorded', params: { text: message } },
          },
        });
        break;
      }
      default:
        today.push(event);
    }
  }
  return today;
}
