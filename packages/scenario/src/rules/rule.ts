import { z } from 'zod';

/**
 * How a fact of the convention was established, as the rules digest tags it
 * (`convention-rules.md` §0). Paragraph numbers may be cited only for `verified-uncc`
 * and `verified-official` facts; everything else cites the article alone.
 */
export const PROVENANCES = [
  'verified-uncc',
  'verified-official',
  'verified-secondary',
  'recalled-model-verified',
  'recalled',
  'recalled-low-confidence',
] as const;
export type Provenance = (typeof PROVENANCES)[number];

/**
 * What the engine does when the rule is broken: `rejection`, the act is unlawful, the engine
 * refuses it and nothing changes; `violation`, the act is lawful but poor practice, it happens
 * and a violation is recorded and scored; `mechanic`, not something a player breaks, but how the
 * law makes time, data or jurisdiction behave; `practice`, good practice the convention invites
 * but does not require (a suggested deadline with its reasons, model UNTOC 18(24)): never
 * rejected, recorded or scored, only advised where the act is prepared.
 */
const RULE_EFFECTS = ['rejection', 'violation', 'mechanic', 'practice'] as const;

export const Citation = z.strictObject({
  /** `40`, `2(h)`, `7-15`. A paragraph only where the provenance is verified. */
  article: z.string().regex(/^\d{1,2}(\(\d{1,2}\))?(\([a-z]\))?(-\d{1,2})?$/),
  provenance: z.enum(PROVENANCES),
  /** The model treaty clause the UNCC copies, cited with its paragraph when that model was read. */
  model: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

/**
 * A rule as data. Its words (title, the sentence shown with every ruling that cites it, the
 * debrief's teaching note) are in the message catalogue under `rule.<id>.title|summary|teaching`
 * (packages/i18n/src/rules.ts in English), so that every language has them; its citations are said
 * by the catalogue too (`citationText` in @crossborder/i18n).
 */
export const RuleEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
  citations: z.array(Citation).min(1),
  effect: z.enum(RULE_EFFECTS),
  /** Points a violation costs the country that commits it (process-quality score). */
  penalty: z.number().int().min(0).max(20).default(0),
});
export type RuleEntry = z.output<typeof RuleEntry>;

/** The weakest provenance among a rule's citations: what a reviewer should check first. */
export function weakestProvenance(citations: readonly Citation[]): Provenance {
  let weakest = 0;
  for (const citation of citations) weakest = Math.max(weakest, PROVENANCES.indexOf(citation.provenance));
  return PROVENANCES[weakest] ?? 'recalled-low-confidence';
}
