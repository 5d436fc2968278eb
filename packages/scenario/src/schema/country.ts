import { z } from 'zod';
import { REQUEST_KIND_IDS, REQUEST_KINDS } from '../law/request-kinds.js';
import {
  CONVENTION_STATUSES,
  DEFAULT_MEASURE_TIME,
  MEASURE_KINDS,
  type MeasureKind,
  OPTIONAL_JURISDICTION_BASES,
} from '../law/vocabulary.js';
import {
  CalendarDate,
  Color,
  Duration,
  Language,
  obj,
  oneOf,
  Ref,
  RefList,
  Slug,
  Text,
  UtcOffset,
  wrong,
} from './primitives.js';
import { Reservation } from './reservation.js';
import { Treaty } from './treaty.js';

/** One criminalised conduct in a country's law, under the country's own name for it. */
const CriminalisedConduct = obj({
  name: Text(120, 'What this country calls the offence, e.g. "Computer trespass".'),
  maxPenaltyYears: z
    .number({
      error: wrong((got) => `expected the maximum penalty in years, as a number, got ${got}`),
    })
    .positive({ error: 'the maximum penalty must be more than 0 years' })
    .max(99, {
      error: wrong((got) => `the maximum penalty must be at most 99 years (write 99 for life), got ${got}`),
    })
    .meta({
      description: 'Maximum deprivation of liberty in years (99 for life). Four or more is serious crime.',
    }),
});

/** How long this country's service providers keep each kind of data before deleting it. */
const Retention = obj(
  {
    subscriber: Duration.meta({ description: 'How long providers keep subscriber information.' }),
    traffic: Duration.meta({ description: 'How long providers keep traffic data (logs).' }),
    content: Duration.meta({ description: 'How long providers keep stored content.' }),
  },
  'Data retention by providers in this country, per kind of data.',
);

/** Days (or hours) this country's authorities take to execute each kind of request. */
const ProcessingTime = obj(
  Object.fromEntries(
    REQUEST_KIND_IDS.map((kind) => [
      kind,
      Duration.optional().meta({
        description: `Time to execute a request for ${REQUEST_KINDS[kind].name} (Art. ${REQUEST_KINDS[kind].article}); default ${REQUEST_KINDS[kind].defaultProcessing}.`,
      }),
    ]),
  ) as Record<(typeof REQUEST_KIND_IDS)[number], z.ZodOptional<typeof Duration>>,
  'How long this country takes to execute each kind of request it receives; kinds left out use the defaults.',
);

/** How long this country's own measures take, from order to result. */
const MeasureTime = obj(
  Object.fromEntries(
    MEASURE_KINDS.map((kind) => [
      kind,
      Duration.optional().meta({
        description: `Time from order to result for this country's ${kind.replaceAll('-', ' ')}; default ${DEFAULT_MEASURE_TIME[kind]}.`,
      }),
    ]),
  ) as Record<MeasureKind, z.ZodOptional<typeof Duration>>,
  'How long this country takes to carry out each of its own measures (an order, a search, an arrest), from order to result; kinds left out use the defaults. A search that takes days where the scenario needs one coordinated hour is a lesson, not a bug.',
);

const Law = obj(
  {
    criminalises: z
      .record(
        Slug,
        CriminalisedConduct.meta({ description: 'How this country names and punishes the conduct.' }),
      )
      .meta({
        description:
          'Conduct this country criminalises, keyed by conduct id: a convention conduct (illegal-access, illegal-interception, data-interference, system-interference, misuse-of-devices, forgery, fraud, child-sexual-abuse-material, grooming, intimate-images, laundering) or one declared under `conducts`.',
      }),
    optionalJurisdiction: z
      .array(oneOf(OPTIONAL_JURISDICTION_BASES, 'An optional basis of jurisdiction (Art. 22(2)).'))
      .default([])
      .meta({
        description: 'Optional bases of jurisdiction this country has adopted; territory always applies.',
      }),
    extraditesNationals: z
      .boolean()
      .meta({ description: 'Whether this country extradites its own nationals.' }),
    extraditionMinPenaltyYears: z
      .number({
        error: wrong(
          (got) => `expected the minimum penalty for extradition in years, as a number, got ${got}`,
        ),
      })
      .min(0, { error: 'the minimum penalty for extradition cannot be negative (write 0 for none)' })
      .max(99, {
        error: wrong((got) => `the minimum penalty for extradition must be at most 99 years, got ${got}`),
      })
      .default(1)
      .meta({
        description:
          'The minimum penalty its law or treaties set for extradition: the offence must be punishable by at least this many years of deprivation of liberty in both States (Art. 37 leaves it to domestic law and treaties, model UNTOC 16(7); one year, the default, is the usual threshold, as in BC 24(1)(a); 0 for none).',
      }),
    dualCriminality: obj(
      {
        required: z
          .boolean()
          .meta({ description: 'Whether coercive assistance requires the conduct to be a crime here too.' }),
        preservationReservation: z.boolean().default(false).meta({
          description:
            'Whether this country reserves the right to refuse preservation for non-convention offences that fail dual criminality.',
        }),
      },
      'Dual-criminality policy (judged by conduct, Art. 35).',
    ),
    retention: Retention,
    dataProtection: obj(
      {
        conditions: z.array(Text(300)).default([]).meta({
          description: 'Conditions this country attaches when it transfers personal data (Art. 36).',
        }),
        forbidsTransferTo: RefList('countries').default([]).meta({
          description: 'Countries to which its data-protection law forbids any transfer of personal data.',
        }),
        onConditionsTo: RefList('countries').default([]).meta({
          description:
            'Countries to which its data-protection law allows personal data only on its conditions (Art. 36): it offers them (its `conditions`) before it hands over personal data, may refuse if they are declined, and the receiver is bound by them once accepted.',
        }),
      },
      'Data-protection conditions on transfers of personal data (Art. 36).',
    ).default({ conditions: [], forbidsTransferTo: [], onConditionsTo: [] }),
    powers: obj(
      {
        realTimeCollection: z
          .boolean()
          .default(true)
          .meta({ description: 'Whether domestic law provides real-time collection of traffic data.' }),
        interception: z
          .boolean()
          .default(true)
          .meta({ description: 'Whether domestic law provides interception of content at all.' }),
        interceptionFor: z.array(Ref('a conduct this country criminalises')).optional().meta({
          description:
            'The conduct for which its law allows interception of content: "a range of serious offences to be determined by domestic law" (Arts 30, 46, model BC 21(1), 34). Default: every conduct it punishes by four years or more.',
        }),
      },
      'Which intrusive measures domestic law provides (Arts 29-30, 45-46).',
    ).default({ realTimeCollection: true, interception: true }),
    processingTime: ProcessingTime.default({}),
    measureTime: MeasureTime.default({}),
    executingAuthority: Text(
      120,
      'Which of its authorities authorises the coercive measures it takes for another State (a production, search, interception, freezing, arrest), under its own law and safeguards, e.g. "An investigating judge of the Borealis District Court" (Arts 24, 40, model BC 15, UNTOC 18(17)). Teams see it in the directory; whoever executes a request names the authority that authorised it.',
    ).optional(),
    notifiesDataSubjects: z.boolean().default(false).meta({
      description:
        "Whether this country's law makes providers tell account holders about disclosures (production, stored data, real-time collection, interception), so that it cannot keep a request or an order for them confidential (Art. 40): executing one tips the suspect off, with the consequence the scenario sets on `suspectTippedOff`.",
    }),
    reservations: z.array(Reservation).default([]).meta({
      description:
        'The reservations this country made and the options of Arts 7-15 it took: each names its article and what it changes. They narrow dual criminality (an offence it criminalises only with an element the facts may lack) and the measures it offers (real-time collection reserved to some offences). Every team sees them in the directory.',
    }),
  },
  "The country's law as it matters to the case.",
);

export const Country = obj({
  name: Text(80, 'Full name, e.g. "Republic of Aldoria".'),
  shortName: Text(24, 'Short name for the board, e.g. "Aldoria".').optional(),
  color: Color.meta({ description: 'Map colour as #rrggbb.' }),
  utcOffset: UtcOffset,
  position: obj(
    {
      x: z.number().min(0).max(100).meta({ description: 'Percent from the left edge.' }),
      y: z.number().min(0).max(100).meta({ description: 'Percent from the top edge.' }),
    },
    'Where the country sits on the board, in percent of its width and height.',
  ).optional(),
  languages: z
    .array(Language)
    .min(1, { error: 'list at least one official language' })
    .meta({ description: 'Official languages.' }),
  convention: obj(
    {
      status: oneOf(CONVENTION_STATUSES, 'Relationship to the convention.'),
      inForceSince: CalendarDate.optional().meta({
        description: 'For a party: the date the convention entered into force for it.',
      }),
    },
    'Whether the country is bound by the convention (Art. 65).',
  ).superRefine((value, context) => {
    if (value.status === 'party' && !value.inForceSince) {
      context.addIssue({
        code: 'custom',
        path: ['inForceSince'],
        message: 'a party needs inForceSince: the date the convention entered into force for it',
      });
    }
    if (value.status !== 'party' && value.inForceSince) {
      context.addIssue({
        code: 'custom',
        path: ['inForceSince'],
        message: `only a party has inForceSince; remove it or set status: party`,
      });
    }
  }),
  centralAuthority: obj(
    {
      name: Text(120, 'Name of the central authority.'),
      languages: z
        .array(Language)
        .min(1, { error: 'list at least one language the central authority accepts' })
        .meta({ description: 'Languages in which it accepts requests (Art. 40).' }),
      officeHours: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, {
          error: wrong((got) => `expected office hours like 09:00-17:00, got ${got}`),
        })
        .default('09:00-17:00')
        .meta({ description: 'Local working hours, e.g. 09:00-17:00.' }),
      diplomaticChannelRequired: z.boolean().default(false).meta({
        description: 'Whether requests must come through diplomatic channels.',
      }),
    },
    'The central authority that receives mutual legal assistance requests (Art. 40).',
  ),
  contact247: obj(
    {
      name: Text(120, 'Name of the 24/7 point of contact.'),
      languages: z
        .array(Language)
        .min(1, { error: 'list at least one working language of the 24/7 point' })
        .meta({ description: 'Working languages of the 24/7 point.' }),
      responseTime: Duration.prefault('2h').meta({
        description: 'How fast the 24/7 point answers, day or night.',
      }),
    },
    'The 24/7 point of contact (Art. 41).',
  ),
  law: Law,
  treaties: z.record(Slug, Treaty).default({}).meta({
    description:
      'Bilateral treaties of mutual legal assistance or extradition between this country and another, keyed by id. Declare each treaty once, under either party: it binds both, and every team sees it in the directory.',
  }),
  briefing: Text(4000, 'What this team reads at the start, in addition to the facts it knows.').optional(),
});
