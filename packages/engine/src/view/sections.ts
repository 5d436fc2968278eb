import { COLLECTIONS, type Collection } from '../model/changes.js';
import { type CountryId, INSTRUCTOR, isJuror, type JurorId, OBSERVER } from '../model/ids.js';
import type { Award, Request } from '../model/state.js';
import { derived, sharedCopy } from './shared.js';
import type { JurorRequest, Viewer } from './types.js';

/**
 * A part of a view that lists the entities of one collection a viewer may see, each shown as
 * a function of that entity alone (a shared copy, or a projection of it). Views are built from
 * a base (everything else) and these sections; someone who keeps a view up to date needs only
 * to revisit the sections of the entities that changed (see stream.ts).
 */
export interface Section {
  /** Where the section's record sits in the view: `['requests']`, `['state', 'requests']`. */
  path: readonly string[];
  collection: Collection;
  /** How an entity of the collection shows in this view, or undefined if the viewer may not see it. */
  show(entity: object): unknown;
}

const section = <T extends object>(
  path: readonly string[],
  collection: Collection,
  show: (entity: T) => unknown,
): Section => ({ path, collection, show: show as (entity: object) => unknown });

/** Shows the entity as it is, to viewers for whom `visible` holds. */
const whole =
  <T extends object>(visible: (entity: T) => boolean) =>
  (entity: T) =>
    visible(entity) ? sharedCopy(entity) : undefined;

const everyone = () => true;

interface HasCountry {
  country: CountryId;
}

/**
 * A request as the requested State sees it: without the requesting State's own deadline to say
 * it no longer needs the assistance (Art. 40). That deadline starts when the requester has got
 * the evidence by other means, which is the requester's to tell, not the request's.
 */
function asRequested(request: Request): Request {
  if (request.noLongerNeededDueAt === null) return sharedCopy(request);
  return derived(request, 'requested', () => ({ ...request, noLongerNeededDueAt: null }));
}

function countrySections(viewer: CountryId): Section[] {
  const own = whole<HasCountry>((entity) => entity.country === viewer);
  return [
    // A request is the requesting State's from the start, the requested State's once it arrives.
    section(['requests'], 'requests', (request: Request) => {
      if (request.from === viewer) return sharedCopy(request);
      if (request.to === viewer && request.status !== 'in-transit') return asRequested(request);
      return undefined;
    }),
    section(
      ['shares'],
      'shares',
      whole<{ from: string; to: string }>((s) => s.from === viewer || s.to === viewer),
    ),
    section(['cases'], 'cases', own),
    section(['measures'], 'measures', own),
    section(['claims'], 'claims', whole(everyone)),
    section(
      ['consultations'],
      'consultations',
      whole<{ participants: string[] }>((consultation) => consultation.participants.includes(viewer)),
    ),
    section(
      ['agreements'],
      'agreements',
      whole<{ parties: string[] }>((a) => a.parties.includes(viewer)),
    ),
    section(['violations'], 'violations', own),
    section(['awards'], 'awards', own),
    // The instructor's notes are for the debrief, even one about this country: none in a team's view.
    section(
      ['notes'],
      'notes',
      whole(() => false),
    ),
  ];
}

interface PublicRequest {
  id: string;
  kind: string;
  from: string;
  to: string;
  status: string;
  sentAt: number;
  receivedAt: number;
  statusAt: number;
  dueAt: number | null;
  suggestedDeadline: number | null;
  channel: string;
}

const OBSERVER_SECTIONS: Section[] = [
  // The public board shows who asks whom for what, how it stands and by when; not what the request says.
  section(['requests'], 'requests', (request: PublicRequest) =>
    derived(request, 'observer', () => {
      const { id, kind, from, to, status, sentAt, receivedAt, statusAt, dueAt, suggestedDeadline, channel } =
        request;
      return { id, kind, from, to, status, sentAt, receivedAt, statusAt, dueAt, suggestedDeadline, channel };
    }),
  ),
  section(['claims'], 'claims', whole(everyone)),
  section(
    ['agreements'],
    'agreements',
    whole<{ concludedAt: number | null }>((a) => a.concludedAt !== null),
  ),
  section(['prosecutions'], 'prosecutions', whole(everyone)),
];

const INSTRUCTOR_SECTIONS: Section[] = COLLECTIONS.map((collection) =>
  section(['state', collection], collection, whole(everyone)),
);

const COUNTRY_SECTIONS = new Map<CountryId, Section[]>();

/** A viewer's sections; always the same objects for the same viewer (callers may key maps by them). */
export function sectionsOf(viewer: Viewer): readonly Section[] {
  if (viewer === INSTRUCTOR) return INSTRUCTOR_SECTIONS;
  if (viewer === OBSERVER) return OBSERVER_SECTIONS;
  if (isJuror(viewer)) return jurorSections(viewer);
  let sections = COUNTRY_SECTIONS.get(viewer);
  if (!sections) {
    sections = countrySections(viewer);
    COUNTRY_SECTIONS.set(viewer, sections);
  }
  return sections;
}

function jurorRequest(request: Request): JurorRequest {
  return derived(request, 'juror', () => {
    const { id, kind, from, to, status, sentAt, statusAt, channel } = request;
    return {
      id,
      kind,
      from,
      to,
      status,
      sentAt,
      statusAt,
      channel,
      reasoning: request.reasoning ?? null,
      refusal: request.refusal ? { ...request.refusal } : null,
      postponement: request.postponement ? { ...request.postponement } : null,
      executionReasoning: request.executionReasoning ?? null,
    };
  });
}

const JUROR_SECTIONS = new Map<JurorId, Section[]>();

/** A juror's sections; the same objects for the same juror (see `sectionsOf`). */
function jurorSections(viewer: JurorId): Section[] {
  let sections = JUROR_SECTIONS.get(viewer);
  if (!sections) {
    const show =
      <T extends object>(visible: (entity: T) => boolean) =>
      (entity: object) =>
        visible(entity as T) ? sharedCopy(entity) : undefined;
    sections = [
      { path: ['requests'], collection: 'requests', show: (entity) => jurorRequest(entity as Request) },
      { path: ['claims'], collection: 'claims', show: show(() => true) },
      { path: ['prosecutions'], collection: 'prosecutions', show: show(() => true) },
      { path: ['awards'], collection: 'awards', show: show<Award>((award) => award.by === viewer) },
    ];
    JUROR_SECTIONS.set(viewer, sections);
  }
  return sections;
}
