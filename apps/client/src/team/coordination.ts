import { CONSULTATION_TOPICS, type CountryView } from '@crossborder/engine';
import { topicName as sayTopic } from '@crossborder/report';
import { COORDINATION_BODY } from '@crossborder/scenario';
import { t, tDynamic } from '../i18n.js';
import type { Choice } from '../ui/forms.js';
import { nameIn } from './context.js';

/**
 * The case's coordination body (a Europol- or Eurojust-like agency), as its members use it: a
 * coordination meeting under it, and information shared through it, which it relays to every
 * other member. A country outside it, or a case without one, is offered neither.
 */

type Briefed = Pick<CountryView, 'viewer' | 'briefing'>;

/** The body, if the case has one and this country is a member. */
function bodyOf(view: Briefed): { name: string } | null {
  const body = view.briefing.coordinationBody;
  return body?.members.includes(view.viewer) ? body : null;
}

/** A consultation's topic in words (the report's one definition, in the screens' language). */
export function topicName(body: { name: string } | null | undefined, topic: string): string {
  return sayTopic(body, topic, (key, params) => tDynamic(key, params));
}

/** The consultation topics this country may open: a coordination meeting only for the body's members. */
export function topicChoices(view: Briefed): Choice[] {
  const member = bodyOf(view) !== null;
  return CONSULTATION_TOPICS.filter((topic) => topic !== 'coordination-meeting' || member).map((topic) => ({
    value: topic,
    label: topicName(view.briefing.coordinationBody, topic),
  }));
}

/** Who information may be shared with: every other country, and the body for its members. */
export function recipientChoices(view: Briefed): Choice[] {
  const { directory } = view.briefing;
  const countries = Object.keys(directory)
    .filter((id) => id !== view.viewer)
    .map((id) => ({ value: id, label: nameIn(directory, id) }));
  const body = bodyOf(view);
  return body
    ? [...countries, { value: COORDINATION_BODY, label: t('ui.share.to-body', { body: body.name }) }]
    : countries;
}
