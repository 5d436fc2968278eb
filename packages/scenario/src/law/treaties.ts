import type { Country, Treaty } from '../schema/scenario.js';
import type { ContentItem } from './request-contents.js';
import { REQUEST_KINDS, type RequestKind } from './request-kinds.js';
import {
  CONVENTION_GROUNDS,
  TREATY_CONTENTS,
  type TreatyKind,
  type TreatyRefusalGround,
  treatyKindOf,
} from './treaty-terms.js';

/** Which treaty binds whom, and which regime governs a request: read from the scenario's countries. */

type Countries = Readonly<Record<string, Pick<Country, 'treaties' | 'convention'>>>;

/** A treaty with its id and both parties: the one it is declared under and the other. */
export interface BoundBy {
  id: string;
  treaty: Treaty;
  parties: readonly [string, string];
}

/** Every treaty that binds a country, wherever it is declared, in the order of the scenario. */
export function treatiesOf(countries: Countries, country: string): BoundBy[] {
  return Object.entries(countries).flatMap(([declaredBy, declaring]) =>
    Object.entries(declaring.treaties ?? {})
      .filter(([, treaty]) => declaredBy === country || treaty.with === country)
      .map(([id, treaty]): BoundBy => ({ id, treaty, parties: [declaredBy, treaty.with] })),
  );
}

/** The treaty of this kind between two countries, if they have one (a pair has at most one of each kind). */
export function treatyBetween(
  countries: Countries,
  a: string,
  b: string,
  kind: TreatyKind,
): BoundBy | undefined {
  return treatiesOf(countries, a).find((found) => found.treaty.kind === kind && otherParty(found, a) === b);
}

/** The other party to a treaty. */
export function otherParty(found: BoundBy, country: string): string {
  return found.parties[0] === country ? found.parties[1] : found.parties[0];
}

/** Whether the convention binds both countries on a calendar date, YYYY-MM-DD (Art. 65). */
export function conventionBinds(countries: Countries, a: string, b: string, date: string): boolean {
  return [a, b].every((id) => {
    const convention = countries[id]?.convention;
    return convention?.status === 'party' && (convention.inForceSince ?? '9999') <= date;
  });
}

/**
 * Why a request goes under the rules it does:
 * - `convention`: both States are bound by the convention and no treaty of this kind binds them;
 * - `treaty`: both are bound by the convention, and by a treaty that governs in its place;
 * - `treaty-outside-convention`: the convention does not bind them both, a treaty does;
 * - `convention-in-lieu`: a treaty binds them, and they agreed to apply the convention's procedure;
 * - `none`: neither the convention nor a treaty: the requested State helps at its discretion.
 */
export const GOVERNANCE_REASONS = [
  'convention',
  'treaty',
  'treaty-outside-convention',
  'convention-in-lieu',
  'none',
] as const;
export type GovernanceReason = (typeof GOVERNANCE_REASONS)[number];

/** The rules a request goes under: whose provisions govern its channel, contents and grounds of refusal. */
export interface Governance {
  regime: 'convention' | 'treaty' | 'none';
  /** The treaty of this kind between the two States: the one that governs, or the one set aside. */
  treaty: string | null;
  reason: GovernanceReason;
}

/**
 * Which regime governs a request of this kind from one country to another on a date (Arts 37,
 * 40, 65; model UNTOC 16(7), 18(7)). Preservation and police cooperation are the convention's
 * own (Arts 42, 47): no treaty of either kind governs them.
 */
export function governance(
  countries: Countries,
  from: string,
  to: string,
  kind: RequestKind,
  date: string,
): Governance {
  const bound = conventionBinds(countries, from, to, date);
  const treatyKind = treatyKindOf(kind);
  const found = treatyKind ? treatyBetween(countries, from, to, treatyKind) : undefined;
  if (!found) {
    return bound
      ? { regime: 'convention', treaty: null, reason: 'convention' }
      : { regime: 'none', treaty: null, reason: 'none' };
  }
  if (!bound) return { regime: 'treaty', treaty: found.id, reason: 'treaty-outside-convention' };
  return found.treaty.kind === 'mla' && found.treaty.conventionApplies
    ? { regime: 'convention', treaty: found.id, reason: 'convention-in-lieu' }
    : { regime: 'treaty', treaty: found.id, reason: 'treaty' };
}

/** The treaty that governs a request under this governance, if a treaty does. */
export function governingTreaty(
  countries: Countries,
  from: string,
  governed: Governance,
): BoundBy | undefined {
  if (governed.regime !== 'treaty' || governed.treaty === null) return undefined;
  return treatiesOf(countries, from).find((found) => found.id === governed.treaty);
}

/** What a request must contain under a treaty: the kind's items, less those it waives, plus those it adds. */
export function contentsUnder(
  kind: RequestKind,
  treaty: Pick<Treaty, 'contents'> | undefined,
): readonly ContentItem[] {
  const base = REQUEST_KINDS[kind].contents;
  if (!treaty) return base;
  const waived: readonly string[] = treaty.contents.waive;
  const added: readonly string[] = treaty.contents.add;
  return [
    ...base.filter((item) => !waived.includes(item.id)),
    ...TREATY_CONTENTS.filter((item) => added.includes(item.id)),
  ];
}

/** The grounds of refusal a treaty allows: those it names, or else the convention's for its kind. */
export function treatyGrounds(treaty: Pick<Treaty, 'refusalGrounds'>): readonly TreatyRefusalGround[] {
  return treaty.refusalGrounds ?? CONVENTION_GROUNDS;
}
