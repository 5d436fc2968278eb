import type { Params } from '@crossborder/i18n';
import { RULES, type RuleId } from '@crossborder/scenario';
import { displayName } from '../law/display-name.js';
import { type Ctx, ruleOn } from '../model/context.js';
import type { MessageKey } from '../model/decision.js';
import type { Event, EventOf } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { State, Violation } from '../model/state.js';

/** Hands out the ids of things a decision creates: `req-12`, `viol-13`... in order. */
export class Ids {
  private next: number;
  constructor(state: State) {
    this.next = state.nextNumber;
  }
  take(prefix: string): string {
    return `${prefix}-${this.next++}`;
  }
}

/** Builds an event: `event('CaseOpened', at, [country], { case })`. */
export function event<Type extends Event['type']>(
  type: Type,
  at: GameTime,
  visibleTo: readonly CountryId[],
  payload: Omit<EventOf<Type>, 'type' | 'at' | 'visibleTo'>,
): EventOf<Type> {
  return { type, at, visibleTo: [...new Set(visibleTo)], ...payload } as EventOf<Type>;
}

/**
 * A lawful but poor act: recorded against the country with the rule's penalty, seen by that
 * country (and the instructor). No event when the scenario switched the rule off. What happened
 * is kept as a catalogue key and its parameters (`line`), said where the violation is shown.
 */
export function violation(
  ctx: Ctx,
  ids: Ids,
  ruleId: RuleId,
  country: CountryId,
  at: GameTime,
  key: MessageKey,
  params: Params,
  refs: Violation['refs'] = {},
): Event[] {
  if (!ruleOn(ctx, ruleId)) return [];
  const recorded: Violation = {
    id: ids.take('viol'),
    ruleId,
    country,
    at,
    line: { key, params: { ...params } },
    penalty: RULES[ruleId].penalty,
    refs,
  };
  return [event('ViolationRecorded', at, [country], { violation: recorded })];
}

/** Whether a game time is still ahead and within the game (a common action time, a measure held until then). */
export function aheadInGame(ctx: Ctx, at: GameTime, now: GameTime): boolean {
  return at > now && at <= ctx.scenario.session.endsAfter;
}

export function countryName(ctx: Ctx, country: CountryId): string {
  return displayName(ctx.scenario.countries, country);
}

export function isCountry(ctx: Ctx, id: string): boolean {
  return Object.hasOwn(ctx.scenario.countries, id);
}

export function knowsEvidence(state: State, country: CountryId, evidence: string): boolean {
  return state.evidence[evidence]?.knownBy[country] !== undefined;
}

export function knowsIdentity(state: State, country: CountryId, suspect: string): boolean {
  return state.suspects[suspect]?.identityKnownBy[country] !== undefined;
}

/**
 * Who hears of something that happens to a suspect (an arrest, a surrender, a prosecution): the
 * countries that know who or where the suspect is, and those taking part. Not everyone: custody
 * would tell a stranger where the person is.
 */
export function concernedWith(
  state: State,
  suspect: string,
  ...parties: (CountryId | null | undefined)[]
): CountryId[] {
  const found = state.suspects[suspect];
  const knowers = found ? [...Object.keys(found.identityKnownBy), ...Object.keys(found.locationKnownBy)] : [];
  return [
    ...new Set([...knowers, ...parties.filter((party): party is CountryId => typeof party === 'string')]),
  ];
}

/** Where the country believes the suspect is, or undefined if it has no idea. */
export function believedLocation(state: State, country: CountryId, suspect: string): CountryId | undefined {
  return state.suspects[suspect]?.locationKnownBy[country]?.location;
}
