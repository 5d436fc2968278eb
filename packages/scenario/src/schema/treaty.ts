import { z } from 'zod';
import {
  TREATY_CHANNELS,
  TREATY_CONTENT_IDS,
  TREATY_KINDS,
  TREATY_REFUSAL_GROUNDS,
  WAIVABLE_CONTENT_IDS,
} from '../law/treaty-terms.js';
import { obj, oneOf, Ref, Text, wrong } from './primitives.js';

/**
 * A bilateral treaty of mutual legal assistance or extradition between the country it is declared
 * under and another (`with`). What it sets differs from the convention: the grounds of refusal it
 * allows, the contents it requires, the channels it designates, and for extradition its minimum
 * penalty (Arts 37, 40, model UNTOC 16(7), 18(6)-(7)). What it leaves unsaid follows the
 * convention. references.ts checks the other party, that a pair has one treaty of each kind, and
 * the fields that belong to one kind only (so that they are reported with the schema's errors).
 */
export const Treaty = obj(
  {
    name: Text(
      160,
      'The title teams read, e.g. "Treaty between Aldoria and Borealis on Mutual Legal Assistance in Criminal Matters (1998)".',
    ),
    kind: oneOf(
      TREATY_KINDS,
      'What it governs: mla, the requests for assistance (Arts 40, 43-46, 50); extradition, extradition and provisional arrest (Art. 37).',
    ),
    with: Ref('a country').meta({
      description: 'The other party: the id of another country of this scenario.',
    }),
    conventionApplies: z.boolean().default(false).meta({
      description:
        "For an MLA treaty: the two States agreed to apply the convention's procedure (Art. 40) in place of the treaty's, as model UNTOC 18(7) allows and encourages. Has effect only while the convention binds both.",
    }),
    channels: z
      .array(oneOf(TREATY_CHANNELS, 'A channel the treaty designates.'))
      .min(1, { error: 'list at least one channel, or leave channels out to keep the convention’s' })
      .optional()
      .meta({
        description:
          "The channels requests under the treaty take, e.g. [central-authority] for direct transmission between central authorities (then the requested State's requirement of the diplomatic channel does not apply). Default: the convention's for each kind.",
      }),
    refusalGrounds: z
      .array(oneOf(TREATY_REFUSAL_GROUNDS, 'A ground of refusal the treaty allows.'))
      .optional()
      .meta({
        description:
          "The only grounds on which the requested State may refuse under the treaty, in place of the convention's (political-offence is a treaty ground the convention does not have). Default: the convention's. Its own law's bars (data protection, nationals) and the person's absence always remain.",
      }),
    contents: obj(
      {
        add: z
          .array(oneOf(TREATY_CONTENT_IDS, 'An item the treaty requires.'))
          .default([])
          .meta({ description: 'Items the treaty requires beyond the convention’s, e.g. applicable-law.' }),
        waive: z
          .array(oneOf(WAIVABLE_CONTENT_IDS, 'An item of Art. 40 the treaty does not ask for.'))
          .default([])
          .meta({ description: 'Items of the convention’s list (Art. 40) the treaty does not ask for.' }),
      },
      'What a request under the treaty must contain, as changes to the convention’s list.',
    ).default({ add: [], waive: [] }),
    minPenaltyYears: z
      .number({
        error: wrong((got) => `expected the treaty's minimum penalty in years, as a number, got ${got}`),
      })
      .min(0, { error: 'the minimum penalty cannot be negative (write 0 for none)' })
      .max(99, { error: 'the minimum penalty must be at most 99 years' })
      .optional()
      .meta({
        description:
          "For an extradition treaty: the minimum penalty it sets, in place of the requested State's law (Art. 37, model UNTOC 16(7)).",
      }),
  },
  'A bilateral treaty between this country and another.',
);
