import type { RuleId } from '../rules/catalogue.js';

/**
 * What a request must contain, item by item, with the rule that requires each item. Each kind of
 * request picks its list in `request-kinds.ts`; the composer shows it as a checklist and the
 * engine finds what is missing (`missingContents`). The catalogue says each item as
 * `contents.<term>` (`contentTerm`): its id, or `term` where one id is worded otherwise for a kind.
 */
export interface ContentItem {
  id: string;
  /** The catalogue's word for the item where it differs from the id's (`contents.<term>`). */
  term?: string;
  rule: RuleId;
  /** `where-possible` items (persons concerned) are asked for but never make a request non-conforming. */
  need: 'required' | 'where-possible';
}

/** A request for expedited preservation (Art. 42). */
export const PRESERVATION_CONTENTS: readonly ContentItem[] = [
  {
    id: 'authority',
    rule: 'preservation.contents.authority',
    need: 'required',
  },
  {
    id: 'offence-and-facts',
    rule: 'preservation.contents.offence-and-facts',
    need: 'required',
  },
  {
    id: 'data-and-link',
    rule: 'preservation.contents.data-and-link',
    need: 'required',
  },
  {
    id: 'custodian-or-location',
    rule: 'preservation.contents.custodian-or-location',
    need: 'required',
  },
  {
    id: 'necessity',
    rule: 'preservation.contents.necessity',
    need: 'required',
  },
  {
    id: 'intent-to-request-mla',
    rule: 'preservation.contents.intent-to-request-mla',
    need: 'required',
  },
];

/** A request for mutual legal assistance (Art. 40). */
export const MLA_CONTENTS: readonly ContentItem[] = [
  {
    id: 'requesting-authority',
    rule: 'mla.contents.requesting-authority',
    need: 'required',
  },
  {
    id: 'nature-of-case',
    rule: 'mla.contents.nature-of-case',
    need: 'required',
  },
  {
    id: 'summary-of-facts',
    rule: 'mla.contents.summary-of-facts',
    need: 'required',
  },
  {
    id: 'assistance-sought',
    rule: 'mla.contents.assistance-sought',
    need: 'required',
  },
  {
    id: 'persons-concerned',
    rule: 'mla.contents.persons-concerned',
    need: 'where-possible',
  },
  {
    id: 'purpose',
    rule: 'mla.contents.purpose',
    need: 'required',
  },
];

/** Added to an MLA request for real-time collection or interception (Arts 45, 46). */
export const PERIOD_CONTENT: ContentItem = {
  id: 'period',
  rule: 'real-time.contents.period',
  need: 'required',
};

/** Added to an MLA request for freezing or confiscation (Art. 50). */
export const PROPERTY_CONTENT: ContentItem = {
  id: 'property',
  rule: 'assets.request-contents',
  need: 'required',
};

/** Added to an MLA request for a hearing by video conference (Art. 40, model UNTOC 18(18)). */
export const VIDEO_HEARING_CONTENT: ContentItem = {
  id: 'why-not-in-person',
  rule: 'witness.video.why-not-in-person',
  need: 'required',
};

/**
 * Added to an MLA request for the temporary transfer of a detained person (Art. 40, model UNTOC
 * 18(10)-(11)): the return is made "as agreed beforehand", so the request proposes the terms.
 */
export const TRANSFER_CONTENT: ContentItem = {
  id: 'transfer-terms',
  rule: 'witness.transfer.terms',
  need: 'required',
};

/** A request between police authorities, and a provisional arrest (Arts 37, 47). */
export const POLICE_CONTENTS: readonly ContentItem[] = [
  {
    id: 'requesting-authority',
    rule: 'mla.contents.requesting-authority',
    need: 'required',
  },
  {
    id: 'summary-of-facts',
    rule: 'mla.contents.summary-of-facts',
    need: 'required',
  },
  {
    id: 'assistance-sought',
    term: 'information-sought',
    rule: 'mla.contents.assistance-sought',
    need: 'required',
  },
];

/** The catalogue key that says a content item: `contents.<term>`, the item's id unless it has a term. */
export function contentKey(item: Pick<ContentItem, 'id' | 'term'>): string {
  return `contents.${item.term ?? item.id}`;
}

/** The id a `{name:contents}` placeholder says an item by: its term, or its id. */
export function contentTerm(item: Pick<ContentItem, 'id' | 'term'>): string {
  return item.term ?? item.id;
}
