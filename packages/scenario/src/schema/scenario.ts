import { z } from 'zod';
import { Case } from './case.js';
import { Country as CountrySchema } from './country.js';
import {
  Inject as InjectSchema,
  Objective as ObjectiveSchema,
  RubricCriterion as RubricCriterionSchema,
} from './play.js';
import { CountryKey, Instant, obj, Slug, Text, wrong } from './primitives.js';
import { SessionDefaults } from './session.js';
import { Translations } from './translations.js';

export const MIN_COUNTRIES = 2;
export const MAX_COUNTRIES = 8;

export const Scenario = obj({
  id: Slug,
  title: Text(120, 'The title shown in the scenario list.'),
  summary: Text(2000, 'What the scenario teaches, for the instructor choosing it.'),
  format: z
    .literal(1, {
      error: wrong((got) => `format must be 1 (the only version of the scenario format so far), got ${got}`),
    })
    .default(1)
    .meta({ description: 'Version of the scenario format; 1 for now.' }),
  startsAt: Instant.meta({ description: 'The calendar moment of game minute 0, in UTC.' }),
  session: SessionDefaults,
  conducts: z
    .record(
      Slug,
      obj({
        name: Text(120, 'A name for the conduct, e.g. "Extortion".'),
        description: Text(500, 'What the conduct is, for the debrief.').optional(),
      }),
    )
    .default({})
    .meta({
      description:
        'Conduct outside the convention list used by this scenario (e.g. extortion); it counts only as other serious crime.',
    }),
  countries: z
    .record(CountryKey, CountrySchema)
    .refine((countries) => Object.keys(countries).length >= MIN_COUNTRIES, {
      error: `a scenario needs at least ${MIN_COUNTRIES} countries`,
    })
    .refine((countries) => Object.keys(countries).length <= MAX_COUNTRIES, {
      error: `a scenario has at most ${MAX_COUNTRIES} countries (one per team)`,
    })
    .meta({ description: 'The countries the teams play, keyed by id.' }),
  case: Case.meta({ description: 'The case: facts, offences, people, providers, evidence and assets.' }),
  injects: z
    .record(Slug, InjectSchema)
    .default({})
    .meta({ description: 'Events that happen during play, at a game time or on a condition.' }),
  objectives: z
    .record(Slug, ObjectiveSchema)
    .refine((objectives) => Object.keys(objectives).length >= 1, {
      error: 'a scenario needs at least one objective, or nobody can win it',
    })
    .meta({ description: 'What the teams must achieve, with points and deadlines.' }),
  rubric: z
    .record(Slug, RubricCriterionSchema)
    .default({})
    .meta({ description: 'Criteria on which a jury scores written reasoning (moot mode), 4 levels each.' }),
  rules: obj({
    disabled: z
      .array(z.string())
      .default([])
      .meta({ description: 'Ids of catalogue rules this scenario switches off.' }),
  })
    .meta({ description: 'Switches catalogue rules off for this scenario.' })
    .default({ disabled: [] }),
  translations: Translations,
});

/** A scenario as the engine sees it: defaults filled in, durations in minutes. */
export type Scenario = z.output<typeof Scenario>;
/** A scenario as an author writes it. */
export type ScenarioInput = z.input<typeof Scenario>;
export type Country = Scenario['countries'][string];
/** A bilateral treaty of mutual legal assistance or extradition, as declared under one of its parties. */
export type Treaty = Country['treaties'][string];
/** A reservation or an option of an offence article a country took (Arts 7-15, 23). */
export type Reservation = Country['law']['reservations'][number];
export type CaseFile = Scenario['case'];
export type Fact = CaseFile['facts'][string];
export type Offence = CaseFile['offences'][string];
export type Victim = CaseFile['victims'][string];
export type Suspect = CaseFile['suspects'][string];
export type Provider = CaseFile['providers'][string];
export type EvidenceItem = CaseFile['evidence'][string];
export type Asset = CaseFile['assets'][string];
/** An agreement the case calls for (case.agreements). */
export type AgreementPlan = CaseFile['agreements'][string];
export type CoordinationBody = NonNullable<CaseFile['coordinationBody']>;
export type Inject = Scenario['injects'][string];
export type Effect = Inject['effects'][number];
export type Objective = Scenario['objectives'][string];
export type Condition = Objective['when'];
export type RubricCriterion = Scenario['rubric'][string];
