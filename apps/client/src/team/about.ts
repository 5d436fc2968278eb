import type { Consultation, CountryView, Request } from '@crossborder/engine';
import { kindName, type RequestNamer, t } from '../i18n.js';
import { dayTime } from '../time.js';
import { nameIn } from './context.js';
import { topicName } from './coordination.js';

/**
 * What a person recognises an item by, instead of its internal id: a request by its kind, the
 * other country and when it was sent ("expedited preservation to Borealis, sent Day 1, 09:00");
 * a consultation by its topic and who takes part.
 */
type Seen = { briefing: Pick<CountryView['briefing'], 'directory'>; viewer: string };

type Named = Pick<Request, 'id' | 'kind' | 'from' | 'to' | 'sentAt'>;

/**
 * `among`: the requests it could be mistaken for (the view's): a second request of the same kind
 * between the same countries in the same minute is told apart by its number, "(2)".
 */
export function requestAbout(view: Seen, request: Named, among?: Record<string, Named>): string {
  const mine = request.from === view.viewer;
  const params = {
    kind: kindName(request.kind),
    country: nameIn(view.briefing.directory, mine ? request.to : request.from),
    when: dayTime(request.sentAt),
  };
  return numbered(
    mine ? t('ui.about.request-to', params) : t('ui.about.request-from', params),
    request,
    among,
  );
}

/** A request as anyone but its two countries says it (the instructor, the debrief): from whom to whom. */
export function requestBetween(
  directory: Seen['briefing']['directory'],
  request: Named,
  among?: Record<string, Named>,
): string {
  const about = t('ui.about.request-between', {
    kind: kindName(request.kind),
    from: nameIn(directory, request.from),
    to: nameIn(directory, request.to),
    when: dayTime(request.sentAt),
  });
  return numbered(about, request, among);
}

/** Ids are numbered in the order requests are made ("req-12" after "req-3"): the order of twins. */
const order = (id: string) => Number(/\d+$/.exec(id)?.[0] ?? 0);

function numbered(about: string, request: Named, among: Record<string, Named> | undefined): string {
  if (!among) return about;
  const minute = Math.floor(request.sentAt);
  const twins = Object.values(among).filter(
    (other) =>
      other.kind === request.kind &&
      other.from === request.from &&
      other.to === request.to &&
      Math.floor(other.sentAt) === minute,
  );
  if (twins.length < 2) return about;
  const n = twins.filter((other) => order(other.id) <= order(request.id)).length;
  return t('ui.about.request-nth', { about, n });
}

/** A consultation by its topic (a coordination meeting by the body hosting it) and the others in it. */
export function consultationAbout(
  view: Seen & { briefing: Pick<CountryView['briefing'], 'coordinationBody'> },
  consultation: Consultation,
): string {
  return t('ui.about.consultation', {
    topic: topicName(view.briefing.coordinationBody, consultation.topic),
    with: consultation.participants
      .filter((id) => id !== view.viewer)
      .map((id) => nameIn(view.briefing.directory, id))
      .join(', '),
  });
}

/** A request named in a line, by what the team knows it by (never its internal id). */
export function requestNamer(view: Seen & { requests: CountryView['requests'] }): RequestNamer {
  return (id) => {
    const request = view.requests[id];
    return request ? requestAbout(view, request, view.requests) : undefined;
  };
}
