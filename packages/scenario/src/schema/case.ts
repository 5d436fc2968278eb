import { z } from 'zod';
import { OFFENCE_ELEMENT_IDS } from '../law/offence-elements.js';
import { ASSET_KINDS, DATA_KINDS, PROVIDER_KINDS, VICTIM_KINDS } from '../law/vocabulary.js';
import { listForMessage } from '../text/did-you-mean.js';
import { AgreementPlan, CoordinationBody } from './agreements.js';
import { Duration, obj, oneOf, Ref, RefList, Slug, Text, wrong } from './primitives.js';

const Fact = obj({
  text: Text(
    2000,
    "The fact as a team reads it in its case file. A fact that holds a suspect's full name identifies him to every country that learns it.",
  ),
  knownBy: RefList('countries')
    .default([])
    .meta({ description: 'Countries that know this fact at the start.' }),
  emergency: z.boolean().default(false).meta({
    description:
      'This fact establishes a significant and imminent risk to the life or safety of a person (Art. 2(o)): a country that knows it may use the emergency path (an emergency request by the 24/7 network, Art. 41), as when the whole case is an emergency (case.emergency). Bots take that path once they know it.',
  }),
});

const Offence = obj({
  description: Text(1000, 'What happened, as the case file tells it.'),
  conduct: z
    .array(Ref('a conduct (convention conduct or one under `conducts`)'))
    .min(1, { error: 'list at least one conduct, e.g. [illegal-access]' })
    .meta({ description: 'What the offenders did, as conduct ids; dual criminality is judged on these.' }),
  committedIn: RefList('countries')
    .min(1, { error: 'list at least one country where the conduct took place' })
    .meta({
      description: 'Countries where the conduct took place, in whole or in part (territorial jurisdiction).',
    }),
  victims: RefList('victims').default([]),
  againstState: Ref('a country')
    .optional()
    .meta({ description: 'A State the offence was committed against (the optional protective basis).' }),
  suspects: RefList('suspects').default([]),
  intentional: z.boolean().default(true).meta({
    description: 'Whether the conduct was intentional; convention offences need intent (Arts 7-15).',
  }),
  authorised: z.boolean().default(false).meta({
    description:
      'Whether the conduct was authorised (a contracted test, say): then it is not "without right" and not an offence.',
  }),
  elements: z
    .array(oneOf(OFFENCE_ELEMENT_IDS, 'A fact of the conduct that an option of Arts 7-15 turns on.'))
    .default([])
    .meta({
      description:
        'The facts of the conduct that the options of Arts 7-15 turn on (security-measure, dishonest-intent, connected-system, serious-harm, credentials, intent-to-defraud, real-person, visual, self-generated, consensual-private, act-in-furtherance, believed-child, by-a-child). A country that took an option (law.reservations) criminalises the conduct only as its option says: where the facts lack an element it requires, dual criminality fails there.',
    }),
});

const Victim = obj({
  name: Text(120, 'Who the victim is, e.g. "St Aurel Hospital".'),
  kind: oneOf(VICTIM_KINDS, 'What sort of victim this is.').default('person'),
  nationality: Ref('a country').meta({
    description: 'Nationality, or State of registration for an organisation.',
  }),
  location: Ref('a country'),
  count: z
    .number()
    .int()
    .positive()
    .default(1)
    .meta({ description: 'How many victims this entry stands for.' }),
});

/**
 * What a suspect says when another State hears them as a witness (Art. 40, model UNTOC
 * 18(10)-(12) and 18(18)): by video conference, or after a temporary transfer from custody.
 */
const Testimony = obj(
  {
    statement: Text(
      1000,
      'What the person says, as the requesting State reads it when its request is executed.',
    ),
    consentsToTransfer: z.boolean().default(false).meta({
      description:
        'Whether the person, when detained, freely gives informed consent to be transferred to testify abroad (Art. 40); without it no transfer takes place.',
    }),
    identityOf: RefList('suspects').default([]).meta({
      description:
        'Suspects whose identity the statement gives away to the State that hears it; one whose full name the statement holds is identified anyway.',
    }),
    locationOf: RefList('suspects').default([]).meta({
      description: 'Suspects whose whereabouts the statement gives away to the State that hears it.',
    }),
  },
  'What this person says when heard as a witness by another State (video conference or temporary transfer).',
);

/** The suspects a testimony names are suspects of the case file. */
function testimoniesNameSuspects(
  suspects: Record<string, z.output<typeof Suspect>>,
  context: z.RefinementCtx,
) {
  const known = Object.keys(suspects);
  for (const [id, suspect] of Object.entries(suspects)) {
    for (const field of ['identityOf', 'locationOf'] as const) {
      (suspect.testimony?.[field] ?? []).forEach((named, index) => {
        if (Object.hasOwn(suspects, named)) return;
        context.addIssue({
          code: 'custom',
          path: [id, 'testimony', field, index],
          message: `unknown suspect "${named}" (known: ${listForMessage(known)})`,
        });
      });
    }
  }
}

const Suspect = obj({
  alias: Text(60, 'The handle investigators know at first, e.g. "Vex".'),
  name: Text(120, 'The real identity, hidden until evidence reveals it.'),
  nationality: z
    .union([z.literal('stateless'), Slug], {
      error: wrong((got) => `expected a country id or stateless, got ${got}`),
    })
    .meta({ description: 'A country id, or stateless.' }),
  residence: Ref('a country').meta({ description: 'Country of habitual residence.' }),
  location: Ref('a country').meta({ description: 'Where the suspect is at the start.' }),
  identityKnownBy: RefList('countries').default([]),
  locationKnownBy: RefList('countries').default([]),
  testimony: Testimony.optional(),
});

const Provider = obj({
  name: Text(120, "The provider's name."),
  kind: oneOf(PROVIDER_KINDS, 'What the provider does.'),
  country: Ref('a country').meta({ description: 'Where the provider is established and holds its data.' }),
  offersServicesIn: RefList('countries').default([]).meta({
    description:
      'Other countries where it offers its services: their authorities may order it to produce the subscriber information in its possession or control, wherever it is established (Art. 27, model BC 18(1)(b)). Its traffic data and content stay for the country where it is established to disclose, on request.',
  }),
  notifiesCustomers: z.boolean().default(false).meta({
    description:
      'Whether it tells its customers of the orders and requests that reach their data (a tip-off risk): a preservation, production or disclosure of an item it holds tips off the suspects of the offences the item proves, unless the order or request is confidential (model BC 16(3), UNTOC 18(20)). Set the consequence with an inject on `suspectTippedOff`.',
  }),
});

const Reveals = obj(
  {
    facts: RefList('facts').default([]),
    evidence: RefList('evidence items').default([]),
    identityOf: RefList('suspects').default([]),
    locationOf: RefList('suspects').default([]),
    assets: RefList('assets').default([]),
  },
  'What a country learns when it obtains this item: the next links of the chain.',
);

const EvidenceItem = obj({
  title: Text(120, 'What the item is, e.g. "Command server logs".'),
  kind: oneOf(DATA_KINDS, 'The kind of data.'),
  holder: Slug.meta({
    description: 'Who holds it: a provider id, or for a device, the id of the suspect who has it.',
  }),
  expiresAfter: Duration.optional().meta({
    description:
      "When the holder deletes it unless preserved, from the scenario's start; default: the retention of the holder's country for this kind of data.",
  }),
  personalData: z.boolean().optional().meta({
    description:
      'Whether it contains personal data (Art. 36); default true for subscriber, traffic and content.',
  }),
  proves: RefList('offences').default([]).meta({ description: 'Offences this item is evidence of.' }),
  knownBy: RefList('countries')
    .default([])
    .meta({ description: 'Countries that know it exists at the start.' }),
  reveals: Reveals.default({ facts: [], evidence: [], identityOf: [], locationOf: [], assets: [] }),
});

const AssetMovement = obj({
  at: Duration.meta({ description: "When the asset moves unless frozen, from the scenario's start." }),
  to: Ref('a provider'),
});

const Asset = obj({
  description: Text(300, 'What the asset is, e.g. "Wallet receiving the ransom".'),
  kind: oneOf(ASSET_KINDS, 'What sort of asset.'),
  holder: Ref('a provider (bank, exchange...)'),
  amount: z
    .number()
    .positive({ error: wrong((got) => `the amount must be more than 0, got ${got}`) })
    .meta({ description: 'How much it holds, in its currency.' }),
  currency: z
    .string()
    .regex(/^[A-Z]{3,5}$/, { error: wrong((got) => `expected a currency code like EUR or BTC, got ${got}`) })
    .meta({ description: 'Currency or token code, e.g. EUR or BTC.' }),
  knownBy: RefList('countries').default([]),
  movements: z
    .array(AssetMovement)
    .default([])
    .meta({ description: 'Where the asset goes, and when, unless it is frozen first.' }),
});

export const Case = obj({
  title: Text(120, 'The case name.'),
  summary: Text(4000, 'The case in a few sentences, for everyone.').optional(),
  emergency: z.boolean().default(false).meta({
    description:
      'Whether there is a significant and imminent risk to life or safety (Art. 2(o)) at the start.',
  }),
  facts: z.record(Slug, Fact).meta({
    description: 'Facts of the case, keyed by id: known to some countries at the start or revealed in play.',
  }),
  offences: z
    .record(Slug, Offence)
    .meta({ description: 'The offences: conduct, where it took place, against whom.' }),
  victims: z
    .record(Slug, Victim)
    .default({})
    .meta({ description: 'Victims, with nationality and location.' }),
  suspects: z
    .record(Slug, Suspect)
    .superRefine(testimoniesNameSuspects)
    .default({})
    .meta({ description: 'Suspects: alias known, identity hidden until evidence reveals it.' }),
  providers: z
    .record(Slug, Provider)
    .default({})
    .meta({ description: 'Service providers, banks and exchanges that hold evidence or assets.' }),
  evidence: z.record(Slug, EvidenceItem).meta({ description: 'Evidence items: the chain of leads.' }),
  assets: z
    .record(Slug, Asset)
    .default({})
    .meta({ description: 'Proceeds that can be frozen, and that move unless they are.' }),
  agreements: z.record(Slug, AgreementPlan).default({}).meta({
    description:
      'Agreements the case calls for, keyed by id: a joint investigation team with named members, an action day, a transfer of proceedings; from when, and who proposes it.',
  }),
  coordinationBody: CoordinationBody.optional().meta({
    description:
      'A coordination body (Europol- or Eurojust-like) that hosts coordination meetings, relays information between its members and where a common action time can be agreed.',
  }),
});
