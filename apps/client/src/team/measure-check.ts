import {
  MEASURE_KINDS,
  type MeasureKind,
  missingSafeguards,
  SAFEGUARDS_NEEDED,
  SAFEGUARDS_RULE,
  type Safeguards,
} from '@crossborder/engine';
import { ruleCitation } from '../citations.js';
import { t } from '../i18n.js';
import { paren } from '../punctuation.js';

/**
 * The measure form's live check of its safeguards (Art. 24), as the composer checks a request's
 * contents: which of them the chosen measure needs and which are written down, by the engine's
 * own table and test (`missingSafeguards`), so the team knows before ordering what the engine
 * will record. A measure without them still goes: the engine records it and taints its evidence.
 */
export interface SafeguardItem {
  field: keyof Safeguards;
  label: string;
  needed: boolean;
  given: boolean;
}

export interface MeasureCheck {
  /** Empty until a measure is chosen. */
  items: SafeguardItem[];
  /** What is missing, in words, with the article. */
  problems: { message: string; article: string }[];
}

const LABELS: Record<keyof Safeguards, () => string> = {
  authorisedBy: () => t('ui.field.authorised-by'),
  grounds: () => t('ui.field.grounds'),
  scope: () => t('ui.field.scope'),
  duration: () => t('ui.field.duration'),
};

export const SAFEGUARD_FIELDS = Object.keys(LABELS) as (keyof Safeguards)[];

export const measureKindOf = (value: string): MeasureKind | '' =>
  MEASURE_KINDS.find((known) => known === value) ?? '';

export function checkMeasure(kind: MeasureKind | '', safeguards: Safeguards): MeasureCheck {
  if (kind === '') return { items: [], problems: [] };
  const missing = missingSafeguards(kind, safeguards);
  const needed = SAFEGUARDS_NEEDED[kind];
  const items = SAFEGUARD_FIELDS.map((field) => ({
    field,
    label: LABELS[field](),
    needed: needed.includes(field),
    given: needed.includes(field) && !missing.includes(field),
  }));
  return {
    items,
    problems: missing.map((field) => ({
      message: t('ui.measure-check.missing', { item: LABELS[field]() }),
      article: ruleCitation(SAFEGUARDS_RULE),
    })),
  };
}

/** A safeguard field's label with its mark: ✔ written, ✖ needed and missing, ○ not needed for this measure. */
export function markedLabel(item: SafeguardItem | undefined, label: string): string {
  if (!item) return label;
  if (!item.needed) return `○ ${paren(label, t('ui.measure-check.not-needed'))}`;
  return `${item.given ? '✔' : '✖'} ${label}`;
}
