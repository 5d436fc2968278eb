import { type RuleEntry, weakestProvenance } from './rule.js';

/**
 * How sure a rule's convention wording is, in the four cases a reader is told about: read in the
 * convention's text; read in another source that quotes it (the UN Treaty Collection, a
 * secondary source); taken from the model clause the convention copies (named), its own wording
 * recalled; or recalled only. A rule is as sure as its least sure citation: a trainee reads the
 * rule whole, so one recalled article makes the whole ruling unchecked.
 */
export const PROVENANCE_LEVELS = ['convention', 'elsewhere', 'model', 'recalled'] as const;
export type ProvenanceLevel = (typeof PROVENANCE_LEVELS)[number];

/** The message keys (packages/i18n) of the plain sentence and of the short mark. */
export type ProvenanceSentenceKey =
  | 'provenance.convention'
  | 'provenance.elsewhere'
  | 'provenance.model'
  | 'provenance.models'
  | 'provenance.recalled';
export type ProvenanceMarkKey = `provenance.mark.${ProvenanceLevel}`;

export interface RuleProvenance {
  level: ProvenanceLevel;
  /** The model clauses followed when the level is `model` (`UNTOC 18(15)`); empty otherwise. */
  models: string[];
  /** True when the reader must be told: the wording is recalled or taken from a model clause. */
  marked: boolean;
  /** A symbol that goes beside the mark's text, never alone (screen readers skip it). */
  symbol: string;
  mark: ProvenanceMarkKey;
  sentence: { key: ProvenanceSentenceKey; params: Readonly<Record<string, string>> };
}

const SYMBOLS: Record<ProvenanceLevel, string> = {
  convention: '✔',
  elsewhere: '✔',
  // "Approximately": the model's wording, which the convention may have changed.
  model: '≈',
  recalled: '?',
};

/** How sure the wording of a rule is, and what its reader is told. */
export function provenanceOf(rule: Pick<RuleEntry, 'citations'>): RuleProvenance {
  const weakest = weakestProvenance(rule.citations);
  const models = [
    ...new Set(
      rule.citations.flatMap((citation) =>
        citation.provenance === weakest && citation.model ? [citation.model] : [],
      ),
    ),
  ];
  // A model-verified citation that names no clause cannot say what it follows: it is recalled.
  const level: ProvenanceLevel =
    weakest === 'verified-uncc'
      ? 'convention'
      : weakest === 'verified-official' || weakest === 'verified-secondary'
        ? 'elsewhere'
        : weakest === 'recalled-model-verified' && models.length > 0
          ? 'model'
          : 'recalled';
  return {
    level,
    models: level === 'model' ? models : [],
    marked: level === 'model' || level === 'recalled',
    symbol: SYMBOLS[level],
    mark: `provenance.mark.${level}`,
    sentence:
      level !== 'model'
        ? { key: `provenance.${level}`, params: {} }
        : models.length === 1
          ? { key: 'provenance.model', params: { model: models.join(', ') } }
          : { key: 'provenance.models', params: { models: models.join(', ') } },
  };
}
