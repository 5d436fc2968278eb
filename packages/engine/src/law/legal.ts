import {
  type BoundBy,
  type Country,
  conductCriminalIn,
  conventionBinds,
  type DataKind,
  DEFAULT_MEASURE_TIME,
  type Governance,
  governance,
  governingTreaty,
  isConventionConduct,
  type MeasureKind,
  type Offence,
  parseDuration,
  REQUEST_KIND_IDS,
  REQUEST_KINDS,
  type RequestKind,
  type RuleId,
  type Scenario,
  SERIOUS_CRIME_MIN_YEARS,
} from '@crossborder/scenario';
import type { CountryId, EvidenceId, GameTime, OffenceId, ProviderId } from '../model/ids.js';
import type { EvidenceState, Measure, Request, State } from '../model/state.js';

/**
 * The legal predicates the rules rest on, as small functions of the scenario (the law and the
 * truth of the case) and, where something moves, the state. No side effects.
 */

export function conductsOf(scenario: Scenario, offence: OffenceId): string[] {
  return scenario.case.offences[offence]?.conduct ?? [];
}

/**
 * Whether the conduct of an offence is criminal at all: intentional and "without right"
 * (Arts 7-15). Undefined when it is; otherwise the rule that takes it out of the criminal law.
 */
export function notAnOffence(
  scenario: Scenario,
  offence: OffenceId,
): 'offence.authorised-testing' | 'offence.intent-and-without-right' | undefined {
  const found = scenario.case.offences[offence];
  if (!found || (found.intentional && !found.authorised)) return undefined;
  return found.authorised && found.conduct.includes('misuse-of-devices')
    ? 'offence.authorised-testing'
    : 'offence.intent-and-without-right';
}

/** Any of the conduct is a convention offence (Arts 7-17). */
export function isConventionOffence(conducts: readonly string[]): boolean {
  return conducts.some(isConventionConduct);
}

/** The highest maximum penalty the country's law sets for any of the conduct; 0 if none is a crime there. */
export function maxPenaltyYears(country: Country, conducts: readonly string[]): number {
  return Math.max(0, ...conducts.map((conduct) => country.law.criminalises[conduct]?.maxPenaltyYears ?? 0));
}

/** Dual criminality by conduct (Art. 35): the conduct is a crime in the country under any name. */
export function criminalisedIn(country: Country, conducts: readonly string[]): boolean {
  return conducts.some((conduct) => country.law.criminalises[conduct] !== undefined);
}

/**
 * Dual criminality of an offence, with the options the country took (Arts 7-15, 35): some of its
 * conduct is a crime there, given the elements the facts meet. Bots, which see offences without
 * their elements, judge by conduct alone (`criminalisedIn`): options only narrow a crime, so a
 * refusal they find lawful is lawful.
 */
export function offenceCriminalIn(country: Country, offence: Pick<Offence, 'conduct' | 'elements'>): boolean {
  return criminalConductsIn(country, offence).length > 0;
}

/** The conduct of an offence that is a crime in the country, given its options and the facts. */
export function criminalConductsIn(
  country: Country,
  offence: Pick<Offence, 'conduct' | 'elements'>,
): string[] {
  return offence.conduct.filter((conduct) => conductCriminalIn(country.law, conduct, offence.elements));
}

/** Serious crime: a maximum of at least four years (Art. 2(h)). */
export function isSeriousIn(country: Country, conducts: readonly string[]): boolean {
  return maxPenaltyYears(country, conducts) >= SERIOUS_CRIME_MIN_YEARS;
}

/**
 * Evidence in electronic form: subscriber information, traffic data and content (Art. 2(c), (d),
 * (f)), and what a seized device stores. Financial records are not, whatever holds them.
 */
const ELECTRONIC_DATA: readonly DataKind[] = ['subscriber', 'traffic', 'content', 'device'];

/** A kind of request seeks electronic evidence: its spec targets evidence of electronic data kinds. */
export function seeksElectronicEvidence(kind: RequestKind): boolean {
  const { target, dataKinds } = REQUEST_KINDS[kind];
  return target === 'evidence' && dataKinds.some((dataKind) => ELECTRONIC_DATA.includes(dataKind));
}

/** The rules that say how far the convention reaches, one per sort of request (Art. 3). */
export type ScopeRuleId = Extract<
  RuleId,
  'extradition.convention-offence' | 'scope.proceeds' | 'scope.serious-crime' | 'scope.other-assistance'
>;

/**
 * The rule that sets the convention's reach for a kind of request, read from its spec:
 * extradition (Art. 37) and the proceeds of crime (Art. 3(a)) need a convention offence;
 * electronic evidence extends to serious crime (Arts 3(b), 35); other assistance is owed for
 * convention offences and may be refused for others (Art. 3(a), model UNTOC 18(1), 27(1)).
 */
export function scopeRule(kind: RequestKind): ScopeRuleId {
  const { regime, target } = REQUEST_KINDS[kind];
  if (regime === 'extradition') return 'extradition.convention-offence';
  if (target === 'asset') return 'scope.proceeds';
  return seeksElectronicEvidence(kind) ? 'scope.serious-crime' : 'scope.other-assistance';
}

/**
 * Whether the convention covers a request of this kind for this conduct: a convention offence,
 * or, for electronic evidence only, a serious crime under the requesting State's law (Art. 35).
 */
export function withinConvention(
  requesting: Country,
  kind: RequestKind,
  conducts: readonly string[],
): boolean {
  if (isConventionOffence(conducts)) return true;
  return scopeRule(kind) === 'scope.serious-crime' && isSeriousIn(requesting, conducts);
}

/**
 * Whether the country's law allows interception of content for the conduct: only for "a range
 * of serious offences to be determined by domestic law" (Art. 30, model BC 21(1)), which the
 * scenario lists (`law.powers.interceptionFor`); without a list, every conduct it punishes by
 * four years or more, a default, not the convention's rule.
 */
export function interceptionAllowed(country: Country, conducts: readonly string[]): boolean {
  const { interception, interceptionFor } = country.law.powers;
  if (!interception) return false;
  return interceptionFor
    ? conducts.some((conduct) => interceptionFor.includes(conduct))
    : isSeriousIn(country, conducts);
}

/**
 * Whether the offence reaches the minimum penalty the requested State's law or treaties set for
 * extradition, in both States (Art. 37, model UNTOC 16(7)): a treaty's minimum, where one
 * governs, in place of its law's. Conduct the requested State does not punish at all is a matter
 * of dual criminality, judged when it answers.
 */
export function meetsExtraditionMinimum(
  requesting: Country,
  requested: Country,
  conducts: readonly string[],
  treatyMinimum?: number,
): boolean {
  const minimum = treatyMinimum ?? requested.law.extraditionMinPenaltyYears;
  const there = maxPenaltyYears(requested, conducts);
  return maxPenaltyYears(requesting, conducts) >= minimum && (there === 0 || there >= minimum);
}

/** The provider offers its services in the country, where it is established or not (Art. 27). */
export function offersServicesIn(scenario: Scenario, provider: ProviderId, country: CountryId): boolean {
  const found = scenario.case.providers[provider];
  return found !== undefined && (found.country === country || found.offersServicesIn.includes(country));
}

/**
 * Whether a country's production order reaches an item held by a provider established abroad:
 * its subscriber information, when the provider offers its services in the country (Art. 27,
 * model BC 18(1)(b)). Traffic data and content held abroad stay for the State where they are.
 */
export function productionOrderReaches(
  scenario: Scenario,
  evidence: EvidenceId,
  country: CountryId,
): boolean {
  const item = scenario.case.evidence[evidence];
  return item?.kind === 'subscriber' && offersServicesIn(scenario, item.holder, country);
}

/** The data kinds a preservation request may preserve, read from the specs (Art. 42). */
const PRESERVABLE: readonly DataKind[] = REQUEST_KIND_IDS.filter(
  (kind) => REQUEST_KINDS[kind].regime === 'preservation',
).flatMap((kind) => REQUEST_KINDS[kind].dataKinds);

/** Whether data of this kind can be kept by preservation (Arts 25, 42) before its holder deletes it. */
export function isPreservable(dataKind: string): boolean {
  return (PRESERVABLE as readonly string[]).includes(dataKind);
}

/** The calendar date (YYYY-MM-DD, UTC) of a game time, from the scenario's start. */
export function dateAt(startsAt: string, at: GameTime): string {
  return new Date(Date.parse(startsAt) + at * 60_000).toISOString().slice(0, 10);
}

/** The calendar date (YYYY-MM-DD, UTC) of a game time. */
export function calendarDate(scenario: Scenario, at: GameTime): string {
  return dateAt(scenario.startsAt, at);
}

/** Whether the convention binds both States at a game time (Art. 65). */
export function conventionInForce(scenario: Scenario, a: CountryId, b: CountryId, at: GameTime): boolean {
  return conventionBinds(scenario.countries, a, b, calendarDate(scenario, at));
}

/** The countries as the law reads them: the scenario's, or a view's public directory. */
type Directory = Parameters<typeof governance>[0];

/**
 * Which regime governs a request of this kind sent at a game time: the convention, a bilateral
 * treaty, or neither (Arts 37, 40, 65; model UNTOC 16(7), 18(7)). Reads only public data, so that
 * the composer and the bots, from a view's directory, find what the engine finds.
 */
export function governanceAt(
  countries: Directory,
  startsAt: string,
  from: CountryId,
  to: CountryId,
  kind: RequestKind,
  at: GameTime,
): Governance {
  return governance(countries, from, to, kind, dateAt(startsAt, at));
}

/** The treaty that governs a request, if a treaty does. */
export function treatyOfRequest(
  countries: Directory,
  request: Pick<Request, 'from' | 'governedBy'>,
): BoundBy | undefined {
  return governingTreaty(countries, request.from, request.governedBy);
}

/**
 * Whether the requested State is bound to answer the request by a rule, the convention's or a
 * treaty's: then it refuses only on a lawful ground, after consulting, with reasons.
 */
export function bindsRequested(request: Pick<Request, 'governedBy'>): boolean {
  return request.governedBy.regime !== 'none';
}

/** How long the country takes to execute a request of this kind (its law, or the default). */
export function processingMinutes(country: Pick<Country, 'law'>, kind: RequestKind): number {
  return country.law.processingTime[kind] ?? parseDuration(REQUEST_KINDS[kind].defaultProcessing) ?? 0;
}

/** How long the country takes to carry out one of its own measures (its law, or the default). */
export function measureMinutes(country: Pick<Country, 'law'>, kind: MeasureKind): number {
  return country.law.measureTime[kind] ?? parseDuration(DEFAULT_MEASURE_TIME[kind]) ?? 0;
}

/**
 * The time a measure was held until (a common action time) when that, not the measure's own time,
 * decided when it is carried out; null for a measure carried out as soon as it could be.
 */
export function heldUntil(measure: Pick<Measure, 'executeAt' | 'completesAt'>): GameTime | null {
  return measure.executeAt !== undefined && measure.completesAt === measure.executeAt
    ? measure.executeAt
    : null;
}

/** Where a piece of evidence is: its provider's country, or for a device, where its suspect is. */
export function evidenceLocation(
  scenario: Scenario,
  state: State,
  evidence: EvidenceId,
): CountryId | undefined {
  const item = scenario.case.evidence[evidence];
  if (!item) return undefined;
  if (item.kind === 'device') return state.suspects[item.holder]?.location;
  return scenario.case.providers[item.holder]?.country;
}

/**
 * The State whose provider holds the data: it keeps the data for every preservation and sees them
 * all. None for a device, which goes where its owner goes.
 */
export function holdingState(scenario: Scenario, evidence: EvidenceId): CountryId | undefined {
  const item = scenario.case.evidence[evidence];
  if (!item || item.kind === 'device') return undefined;
  return scenario.case.providers[item.holder]?.country;
}

/**
 * When the data goes unless someone acts: when the last preservation of it ends (null while one
 * is held for a pending request, Art. 42), or, with none, when its holder deletes it.
 */
export function keptUntil(item: EvidenceState): GameTime | null {
  if (item.expiresAt === null) return null;
  let until: GameTime | undefined;
  for (const preservation of Object.values(item.preservations)) {
    if (preservation.until === null) return null;
    until = Math.max(until ?? preservation.until, preservation.until);
  }
  return until === undefined ? item.expiresAt : Math.max(until, item.expiresAt);
}

/** When an item is deleted unless preserved: its own expiry, or its holder country's retention. */
export function initialExpiry(scenario: Scenario, evidence: EvidenceId): GameTime | null {
  const item = scenario.case.evidence[evidence];
  if (!item) return null;
  if (item.expiresAfter !== undefined) return item.expiresAfter;
  if (item.kind !== 'subscriber' && item.kind !== 'traffic' && item.kind !== 'content') return null;
  const country = scenario.countries[scenario.case.providers[item.holder]?.country ?? ''];
  return country ? country.law.retention[item.kind] : null;
}

/** Whether an item holds personal data (Art. 36): as the scenario says, or by its kind. */
export function holdsPersonalData(scenario: Scenario, evidence: EvidenceId): boolean {
  const item = scenario.case.evidence[evidence];
  if (!item) return false;
  return (
    item.personalData ?? (item.kind === 'subscriber' || item.kind === 'traffic' || item.kind === 'content')
  );
}

/** Local wall time of a country at a game time, as minutes since local midnight. */
export function localMinuteOfDay(scenario: Scenario, country: Country, at: GameTime): number {
  const [hours = 0, minutes = 0] = country.utcOffset.slice(1).split(':').map(Number);
  const offset = (country.utcOffset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  const utcMinute = Math.floor(Date.parse(scenario.startsAt) / 60_000) + at;
  return (((utcMinute + offset) % 1440) + 1440) % 1440;
}

/**
 * The first game time at or after `at` when the country's central authority is at work
 * (office hours, every day: a simplification that keeps the 24/7 network's edge visible).
 */
export function nextOfficeTime(scenario: Scenario, country: Country, at: GameTime): GameTime {
  const [open, close] = country.centralAuthority.officeHours.split('-').map((hhmm) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return h * 60 + m;
  }) as [number, number];
  const now = localMinuteOfDay(scenario, country, at);
  const inside = open <= close ? now >= open && now < close : now >= open || now < close;
  if (inside) return at;
  return at + ((open - now + 1440) % 1440);
}
