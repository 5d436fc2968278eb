import { z } from 'zod';
import { REQUEST_KIND_IDS } from '../law/request-kinds.js';
import { AGREEMENT_KINDS } from '../law/vocabulary.js';
import { Audience, Duration, exactlyOne, obj, oneOf, Ref, Text, wrong } from './primitives.js';

/**
 * Something that can become true during play. Injects fire on a condition; objectives are met
 * on one. Exactly one kind of condition per object, optionally narrowed to the country `by`, or
 * one of the compound kinds `all`, `any` and `not` over other conditions. Any condition may be
 * bounded by a time window (`within` a duration `of` another condition).
 */
export const CONDITION_KINDS = [
  'evidencePreserved',
  'evidenceObtained',
  'evidenceLost',
  'suspectIdentified',
  'suspectLocated',
  'suspectArrested',
  'suspectSurrendered',
  'prosecutionOpened',
  'assetFrozen',
  'assetMoved',
  'agreementReached',
  'requestSent',
  'injectFired',
  'suspectTippedOff',
  'informationShared',
  'agreementSigned',
] as const;

/** The kinds that combine other conditions. */
export const COMPOUND_KINDS = ['all', 'any', 'not'] as const;

type Leaves = { [Kind in (typeof CONDITION_KINDS)[number]]?: string };

/** A condition as written (durations as text) and as read (durations in minutes). */
export interface ConditionOf<Time> extends Leaves {
  by?: string;
  all?: ConditionOf<Time>[];
  any?: ConditionOf<Time>[];
  not?: ConditionOf<Time>;
  within?: Time;
  of?: ConditionOf<Time>;
}

// Recursive: zod resolves the inner conditions when it first parses one.
const Inner: z.ZodType<ConditionOf<number>, ConditionOf<string>> = z.lazy(() => Condition);

const Conditions = (description: string) =>
  z
    .array(Inner)
    .min(1, {
      error: 'list at least one condition here (each item is a condition such as suspectArrested: vex)',
    })
    .optional()
    .meta({ description });

const ALL_KINDS = [...CONDITION_KINDS, ...COMPOUND_KINDS] as const;

export const Condition = exactlyOne(
  {
    evidencePreserved: Ref('an evidence item').optional(),
    evidenceObtained: Ref('an evidence item').optional(),
    evidenceLost: Ref('an evidence item').optional(),
    suspectIdentified: Ref('a suspect').optional(),
    suspectLocated: Ref('a suspect').optional(),
    suspectArrested: Ref('a suspect').optional(),
    suspectSurrendered: Ref('a suspect')
      .optional()
      .meta({ description: 'Extradited to the requesting country.' }),
    prosecutionOpened: Ref('a suspect').optional(),
    assetFrozen: Ref('an asset').optional(),
    assetMoved: Ref('an asset').optional(),
    agreementReached: oneOf(AGREEMENT_KINDS, 'A kind of agreement between countries.').optional(),
    requestSent: oneOf(REQUEST_KIND_IDS as unknown as [string, ...string[]], 'A kind of request.').optional(),
    injectFired: Ref('an inject').optional(),
    suspectTippedOff: Ref('a suspect').optional().meta({
      description:
        'A provider told the suspect of an order or request (its own habit, `notifiesCustomers`, or its law, `notifiesDataSubjects`), none being confidential: fire the consequence (evidence deleted, the suspect moves). `by`: whose order or request it was.',
    }),
    informationShared: Ref('a country').optional().meta({
      description:
        'Another country shared information (facts, evidence, a suspect) with this country, spontaneously or on request (Arts 43, 47). `by`: only when this country shared it.',
    }),
    agreementSigned: Ref('a planned agreement (case.agreements)').optional().meta({
      description:
        'The agreement the case plans (case.agreements) is signed: an agreement of its kind concluded by at least its members (and with its lead, if it names one). `by`: only when this country is one of the parties.',
    }),
    by: Ref('a country').optional().meta({ description: 'Only when this country does it (or obtains it).' }),
    all: Conditions('True when every condition listed is true; from when the last of them became true.'),
    any: Conditions(
      'True when at least one condition listed is true; from when the first of them became true.',
    ),
    not: Inner.optional().meta({
      description:
        'True while this condition is not true: until it happens, or once its time window has passed without it.',
    }),
    within: Duration.optional().meta({
      description:
        'A time window, with of: true if this condition became true no later than this long after the condition of became true (before it counts too); false once the window has passed without it.',
    }),
    of: Inner.optional().meta({ description: 'The condition the time window of within starts from.' }),
  },
  ALL_KINDS,
  'condition',
)
  .superRefine((value, context) => {
    const compound = COMPOUND_KINDS.some((kind) => value[kind] !== undefined);
    if (value.by !== undefined && compound && !CONDITION_KINDS.some((kind) => value[kind] !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['by'],
        message:
          'by narrows one kind of condition to a country, not all, any or not: put by on each condition inside instead',
      });
    }
    if ((value.within === undefined) !== (value.of === undefined)) {
      context.addIssue({
        code: 'custom',
        message:
          value.within === undefined
            ? 'of starts a time window: add within (how long after it, such as 1h)'
            : 'within needs of: the condition the window starts from (such as of: { suspectArrested: vex })',
      });
    }
  })
  .meta({ id: 'condition' });

export const EFFECT_KINDS = [
  'revealFact',
  'revealEvidence',
  'deleteEvidence',
  'moveSuspect',
  'moveAsset',
  'declareEmergency',
] as const;

const Effect = exactlyOne(
  {
    revealFact: Ref('a fact').optional().meta({ description: "Adds the fact to the audience's case files." }),
    revealEvidence: Ref('an evidence item')
      .optional()
      .meta({ description: 'Tells the audience that the evidence item exists.' }),
    deleteEvidence: Ref('an evidence item')
      .optional()
      .meta({ description: 'The holder deletes the item now unless it is preserved.' }),
    moveSuspect: obj({ suspect: Ref('a suspect'), to: Ref('a country') })
      .optional()
      .meta({ description: 'The suspect travels to another country.' }),
    moveAsset: obj({ asset: Ref('an asset'), to: Ref('a provider') })
      .optional()
      .meta({ description: 'The asset moves now unless frozen.' }),
    declareEmergency: z
      .literal(true, { error: wrong((got) => `expected true, got ${got}`) })
      .optional()
      .meta({
        description: 'From now on there is a significant and imminent risk to life or safety (Art. 2(o)).',
      }),
  },
  EFFECT_KINDS,
  'effect',
);

/**
 * What an inject says and does, whenever it fires: the part an instructor also writes live in the
 * console (`LiveInject`, the engine's `writeInject` command), so that both are checked by one schema.
 */
const INJECT_CONTENT = {
  title: Text(120, 'The inject as the instructor sees it in the timeline.'),
  message: Text(2000, 'What the audience reads when the inject fires.'),
  audience: Audience.default('all'),
  effects: z.array(Effect).default([]).meta({ description: 'What changes when the inject fires.' }),
};

/** An inject written live: its content, without a trigger (the command says when it fires). */
export const LiveInject = obj(INJECT_CONTENT);
export type LiveInject = z.infer<typeof LiveInject>;

export const Inject = obj({
  title: INJECT_CONTENT.title,
  message: INJECT_CONTENT.message,
  at: Duration.optional().meta({ description: "Fire at this game time from the scenario's start." }),
  when: Condition.optional().meta({ description: 'Fire when this becomes true.' }),
  after: Duration.optional().meta({
    description:
      'With when: fire this long after the condition became true (it fires then even if the condition no longer holds).',
  }),
  audience: INJECT_CONTENT.audience,
  effects: INJECT_CONTENT.effects,
}).superRefine((value, context) => {
  if ((value.at === undefined) === (value.when === undefined)) {
    context.addIssue({
      code: 'custom',
      message:
        value.at === undefined
          ? 'an inject needs a trigger: at (a game time such as 3d) or when (a condition)'
          : 'an inject takes either at or when, not both: split it into two injects',
    });
  }
  if (value.after !== undefined && value.when === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['after'],
      message: 'after delays an inject from its condition: use it with when, or add the delay to at',
    });
  }
});

export const Objective = obj({
  title: Text(120, 'The objective as teams read it.'),
  description: Text(1000, 'Why it matters, for the debrief.').optional(),
  for: Audience.default('all').meta({ description: 'Countries that score this objective.' }),
  when: Condition.meta({ description: 'The objective is met when this becomes true.' }),
  deadline: Duration.optional().meta({ description: 'Met only if true by this game time from the start.' }),
  points: z.number().int().min(0).max(100).meta({ description: 'Points for each country that meets it.' }),
  botsMayMiss: Text(
    500,
    'Why bots may miss this objective, where people are meant to find what bots do not (a lead to read between the lines, a deal to make): `check` then reports the bots missing it as a warning, with this reason, instead of failing the scenario. Leave it out and `check` fails any objective bots playing every country cannot meet.',
  ).optional(),
});

const RubricLevel = obj({
  label: Text(40, 'e.g. Beginning, Developing, Proficient, Exemplary.'),
  description: Text(500, 'What work at this level looks like.'),
  points: z.number().int().min(0).max(100).meta({ description: 'Points for this level.' }),
});

export const DECISION_KINDS = [
  'jurisdiction-claim',
  'refusal',
  'postponement',
  'extradition-decision',
  'prosecution-decision',
  'request',
] as const;
/** A decision a moot court argues: its written reasoning is required where the rubric names it. */
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const RubricCriterion = obj({
  title: Text(120, 'The criterion.'),
  description: Text(1000, 'What the jury looks for.'),
  decisions: z
    .array(oneOf(DECISION_KINDS, 'A decision that needs written reasoning in moot mode.'))
    .default([])
    .meta({
      description:
        'Decisions whose written reasoning this criterion scores; in moot mode each is refused without it. `request`: a request sent (its reasoning); `refusal`, `postponement`: their reasons; `extradition-decision`: granting, refusing or postponing an extradition; `jurisdiction-claim`, `prosecution-decision`: their reasoning.',
    }),
  levels: z
    .array(RubricLevel)
    .length(4, { error: 'a criterion has exactly 4 levels, from weakest to strongest' })
    .meta({ description: 'Exactly 4 levels, from weakest to strongest, with rising points.' }),
}).superRefine((value, context) => {
  value.levels.forEach((level, index) => {
    const previous = value.levels[index - 1];
    if (previous && level.points <= previous.points) {
      context.addIssue({
        code: 'custom',
        path: ['levels', index, 'points'],
        message: `levels go from weakest to strongest: ${level.points} points must be more than the ${previous.points} of the level before`,
      });
    }
  });
});
