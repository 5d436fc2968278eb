import { z } from 'zod';
import { CONVENTION_CONDUCTS } from '../law/conduct.js';
import {
  isOffenceArticle,
  OFFENCE_ARTICLES,
  OFFENCE_ELEMENT_IDS,
  REAL_TIME_ARTICLE,
  RESERVATION_ARTICLES,
} from '../law/offence-elements.js';
import { describeValue } from '../text/describe.js';
import { closest, listForMessage } from '../text/did-you-mean.js';
import { obj, oneOf, RefList } from './primitives.js';

/**
 * The article a reservation or option is made under. YAML reads `23` as a number: the message
 * says to quote it.
 */
const Article = z
  // A literal of several values keeps their order in the JSON Schema (an enum would put 15 and 23 first).
  .literal(RESERVATION_ARTICLES, {
    error: (issue) => {
      const input = issue.input;
      if (input === undefined) return undefined;
      if (typeof input === 'number') return `write the article as text, in quotes: article: "${input}"`;
      const known = listForMessage(RESERVATION_ARTICLES, 12);
      if (typeof input !== 'string') return `expected an article (${known}), got ${describeValue(input)}`;
      const guess = closest(input, RESERVATION_ARTICLES);
      return `"${input}" is not an article that lets a State reserve or take an option in this game (${known})${guess ? `: did you mean "${guess}"?` : ''}`;
    },
  })
  .meta({
    description:
      'The article it is made under, as text. 7(2), 8(2), 9(2), 12(2), 14(3), 14(4) and 15 let a State add, exclude or extend elements of an offence; 11(3) reserves misuse of devices but for the trade in access credentials; 23 reserves real-time collection of traffic data to some offences (recalled, model BC 14(3)(a)).',
  });

const conductName = (article: keyof typeof OFFENCE_ARTICLES) =>
  CONVENTION_CONDUCTS[OFFENCE_ARTICLES[article].conduct].name.toLowerCase();

/** One reservation or option of a country, checked against what its article allows. */
export const Reservation = obj(
  {
    article: Article,
    elements: z.array(oneOf(OFFENCE_ELEMENT_IDS, 'An element of the offence.')).optional().meta({
      description:
        'For an option of Arts 7-15 (not 11(3)): the elements this country chose. 7(2): security-measure, dishonest-intent, connected-system (illegal access only with them); 8(2): dishonest-intent, connected-system; 9(2): serious-harm; 12(2): intent-to-defraud; 14(3): real-person, visual; 14(4): self-generated, consensual-private (left out); 15: act-in-furtherance (required), believed-child (extended to), by-a-child (left out). An offence of the case says which elements its facts meet (case.offences.<id>.elements).',
    }),
    realTimeCollectionFor: RefList('conducts').optional().meta({
      description:
        'For an Art. 23 reservation: the conduct for which this country keeps real-time collection of traffic data, at home and on request. It may not be fewer than those for which it allows interception (model BC 14(3)(a)).',
    }),
  },
  'A reservation this country made, or an option of an offence article it took.',
).superRefine((value, context) => {
  const issue = (path: (string | number)[], message: string) =>
    context.addIssue({ code: 'custom', path, message });
  const { article, elements, realTimeCollectionFor } = value;
  if (article === REAL_TIME_ARTICLE) {
    if (elements !== undefined)
      issue(
        ['elements'],
        'an Art. 23 reservation chooses no elements: remove elements, list realTimeCollectionFor',
      );
    if (!realTimeCollectionFor?.length)
      issue(
        ['article'],
        'an Art. 23 reservation needs realTimeCollectionFor: the conduct for which real-time collection stays available, e.g. [fraud]',
      );
    return;
  }
  if (!isOffenceArticle(article)) return;
  if (realTimeCollectionFor !== undefined)
    issue(
      ['realTimeCollectionFor'],
      `realTimeCollectionFor belongs to an Art. 23 reservation, not to Art. ${article}: remove it`,
    );
  const allowed = Object.keys(OFFENCE_ARTICLES[article].elements);
  if (allowed.length === 0) {
    if (elements !== undefined)
      issue(
        ['elements'],
        `Art. ${article} is a reservation with no elements to choose (it keeps only the trade in passwords and access data): remove elements`,
      );
    return;
  }
  if (!elements?.length) {
    issue(
      ['article'],
      `Art. ${article} needs the elements this country chose for ${conductName(article)}: list one or more of ${allowed.join(', ')}`,
    );
    return;
  }
  elements.forEach((element, index) => {
    if (allowed.includes(element)) return;
    const home = (Object.keys(OFFENCE_ARTICLES) as (keyof typeof OFFENCE_ARTICLES)[]).find((other) =>
      Object.hasOwn(OFFENCE_ARTICLES[other].elements, element),
    );
    issue(
      ['elements', index],
      `Art. ${article} concerns ${conductName(article)} and offers ${allowed.join(', ')}; "${element}" is not one of them${home ? ` (it belongs to Art. ${home})` : ''}`,
    );
  });
});
