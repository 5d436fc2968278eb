import type { Consultation, CountryView, Request } from '@crossborder/engine';
import { kindName, t, tDynamic } from '../i18n.js';
import { nameIn } from './context.js';
import { dayTime } from './countdown.js';

/**
 * What a person recognises an item by, instead of its internal id: a request by its kind, the
 * other country and when it was sent ("expedited preservation to Borealis, sent Day 1, 09:00");
 * a consultation by its topic and who takes part.
 */
type Seen = { briefing: Pick<CountryView['briefing'], 'directory'>; viewer: string };

export function requestAbout(view: Seen, request: Request): string {
  const mine = request.from === view.viewer;
  const params = {
    kind: kindName(request.kind),
    country: nameIn(view.briefing.directory, mine ? request.to : request.from),
    when: dayTime(request.sentAt),
  };
  return mine ? t('ui.about.request-to', params) : t('ui.about.request-from', params);
}

export function consultationAbout(view: Seen, consultation: Consultation): string {
  return t('ui.about.consultation', {
    topic: tDynamic(`topic.${consultation.topic}`, {}, consultation.topic),
    with: consultation.participants
      .filter((id) => id !== view.viewer)
      .map((id) => nameIn(view.briefing.directory, id))
      .join(', '),
  });
}
