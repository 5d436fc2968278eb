import { type Treaty, treatyGrounds } from '@crossborder/scenario';

/**
 * Grounds of refusal that are the requested State's own law or the facts, whatever governs the
 * request: its data-protection law (Art. 36), its bar on extraditing its nationals and the
 * person's absence (Art. 37, model UNTOC 16(7)), and its human-rights safeguards (Arts 6, 24: no
 * treaty obliges a State to breach them). A treaty that governs decides the others.
 */
const OWN_LAW_GROUNDS: readonly string[] = [
  'data-protection',
  'national',
  'person-not-present',
  'human-rights',
];

/** Whether a treaty that governs a request lets the requested State refuse it on this ground. */
export function treatyAllows(treaty: Pick<Treaty, 'refusalGrounds'>, ground: string): boolean {
  const allowed: readonly string[] = treatyGrounds(treaty);
  return OWN_LAW_GROUNDS.includes(ground) || allowed.includes(ground);
}
