import { AGREEMENT_KINDS } from '../law/vocabulary.js';
import { Condition } from './play.js';
import { obj, oneOf, Ref, RefList, Text } from './primitives.js';

/**
 * An agreement the case calls for (Arts 39, 48; Art. 5 for an action day): who should sign it and
 * from when. Teams may propose it, or another, at any time; the plan says what a good team would
 * do, so that bots do it then (not before the evidence exists) and the team screen suggests it.
 */
export const AgreementPlan = obj({
  kind: oneOf(AGREEMENT_KINDS, 'What sort of agreement.'),
  title: Text(120, 'The agreement as teams read it, e.g. "Joint investigation team StormCellar".'),
  members: RefList('countries')
    .min(2, { error: 'an agreement needs at least two countries: list its members' })
    .max(8)
    .meta({ description: 'The countries that sign it (the members of a joint team or of an action day).' }),
  lead: Ref('a country').optional().meta({
    description:
      'For lead-jurisdiction and transfer-of-proceedings: the country that leads, or takes over the proceedings.',
  }),
  offence: Ref('an offence')
    .optional()
    .meta({ description: 'For lead-jurisdiction and transfer-of-proceedings: the offence it is about.' }),
  proposedBy: Ref('a country')
    .optional()
    .meta({ description: 'The member whose bot proposes it (the first member when left out).' }),
  when: Condition.optional().meta({
    description:
      'From when the case calls for it: the proposing bot proposes it then, and the members see it suggested. Left out: from the start (before any evidence exists).',
  }),
});

/**
 * A coordination body (a Europol- or Eurojust-like agency): its members may meet under it, it
 * relays what one member shares to every other, and the action day can be agreed there.
 */
export const CoordinationBody = obj({
  name: Text(80, 'Its name as teams read it, e.g. "Eurojunction".'),
  description: Text(1000, 'What it does, for the teams.').optional(),
  members: RefList('countries')
    .min(2, { error: 'a coordination body needs at least two member countries' })
    .meta({ description: 'The countries that belong to it.' }),
});
