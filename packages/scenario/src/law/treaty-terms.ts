import type { ContentItem } from './request-contents.js';
import { MLA_CONTENTS } from './request-contents.js';
import { REQUEST_KINDS, type RequestKind } from './request-kinds.js';

/**
 * Existing treaties first. A pair of States may be bound by a bilateral treaty of mutual legal
 * assistance or of extradition, declared once, under either party (`countries.<id>.treaties`).
 *
 * - An MLA treaty governs the requests for assistance between them (Art. 40, model UNTOC
 *   18(6)-(7)): its provisions replace the convention's procedure (grounds, contents, channels),
 *   "unless the States Parties agree to apply" the convention's paragraphs instead
 *   (`conventionApplies`). Between a party and a State the convention does not bind, the treaty
 *   alone governs.
 * - An extradition treaty sets the conditions of extradition (Art. 37, model UNTOC 16(7)): the
 *   minimum penalty and the grounds of refusal; convention offences count as extraditable
 *   offences in it (16(3)). The convention has no paragraph to apply in its place.
 *
 * Which regime governs a request is decided when it is sent (`governance`) and kept on it.
 */

export const TREATY_KINDS = ['mla', 'extradition'] as const;
export type TreatyKind = (typeof TREATY_KINDS)[number];

/** The kind of treaty that governs a kind of request, read from its spec; none for preservation and police work. */
export function treatyKindOf(kind: RequestKind): TreatyKind | null {
  const { regime } = REQUEST_KINDS[kind];
  if (regime === 'assistance') return 'mla';
  if (regime === 'extradition') return 'extradition';
  return null;
}

/**
 * The grounds of refusal a treaty decides. The others are the requested State's own law or the
 * facts, whatever the regime: its data-protection law (Art. 36), its bar on extraditing its
 * nationals and the person's absence (Art. 37, model UNTOC 16(7)). Bank secrecy is no ground
 * between parties whatever a treaty says (model UNTOC 18(8), outside the paragraphs a treaty
 * replaces), and no bundled treaty keeps it.
 */
export const TREATY_REFUSAL_GROUNDS = [
  'not-conforming',
  'essential-interests',
  'domestic-law-prohibits',
  'contrary-to-legal-system',
  'discriminatory-purpose',
  'no-dual-criminality',
  // Not in the convention (neither model UNTOC 18(21) nor 16 has it; BC 27(4)(a) does): many treaties do.
  'political-offence',
  // No ground under the convention (model UNTOC 18(22)); an MLA treaty may keep it, an extradition one may not (16(15)).
  'fiscal-matter',
] as const;
export type TreatyRefusalGround = (typeof TREATY_REFUSAL_GROUNDS)[number];

/**
 * The grounds the convention's own procedure allows (model UNTOC 18(9), (21) and the recalled
 * non-discrimination ground; the engine applies the same to extradition), which a treaty that
 * names none keeps.
 */
export const CONVENTION_GROUNDS: readonly TreatyRefusalGround[] = [
  'not-conforming',
  'essential-interests',
  'domestic-law-prohibits',
  'contrary-to-legal-system',
  'discriminatory-purpose',
  'no-dual-criminality',
];

/** Channels a treaty may designate: its central authorities, the diplomatic channel, or police (provisional arrest). */
export const TREATY_CHANNELS = ['central-authority', 'diplomatic', 'police'] as const;

/** Items a treaty may ask for beyond the convention's (said by the catalogue's `contents.<id>`). */
export const TREATY_CONTENTS: readonly ContentItem[] = [
  {
    id: 'applicable-law',
    rule: 'treaty.contents',
    need: 'required',
  },
];
export const TREATY_CONTENT_IDS = TREATY_CONTENTS.map((item) => item.id) as [string, ...string[]];

/** Items of the convention's list a treaty may leave out. */
export const WAIVABLE_CONTENT_IDS = MLA_CONTENTS.map((item) => item.id) as [string, ...string[]];
