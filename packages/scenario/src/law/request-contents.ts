import type { RuleId } from '../rules/catalogue.js';

/**
 * What a request must contain, item by item, with the rule that requires each item. Each kind of
 * request picks its list in `request-kinds.ts`; the composer shows it as a checklist and the
 * engine finds what is missing (`missingContents`). The label is the English fallback of the
 * catalogue key `contents.<id>`.
 */
export interface ContentItem {
  id: string;
  label: string;
  rule: RuleId;
  /** `where-possible` items (persons concerned) are asked for but never make a request non-conforming. */
  need: 'required' | 'where-possible';
}

/** A request for expedited preservation (Art. 42). */
export const PRESERVATION_CONTENTS: readonly ContentItem[] = [
  {
    id: 'authority',
    label: 'The authority seeking preservation',
    rule: 'preservation.contents.authority',
    need: 'required',
  },
  {
    id: 'offence-and-facts',
    label: 'The offence and a brief summary of the facts',
    rule: 'preservation.contents.offence-and-facts',
    need: 'required',
  },
  {
    id: 'data-and-link',
    label: 'The data to preserve and its link to the offence',
    rule: 'preservation.contents.data-and-link',
    need: 'required',
  },
  {
    id: 'custodian-or-location',
    label: 'The custodian of the data or the location of the system',
    rule: 'preservation.contents.custodian-or-location',
    need: 'required',
  },
  {
    id: 'necessity',
    label: 'Why preservation is necessary',
    rule: 'preservation.contents.necessity',
    need: 'required',
  },
  {
    id: 'intent-to-request-mla',
    label: 'That a request for the data will follow',
    rule: 'preservation.contents.intent-to-request-mla',
    need: 'required',
  },
];

/** A request for mutual legal assistance (Art. 40). */
export const MLA_CONTENTS: readonly ContentItem[] = [
  {
    id: 'requesting-authority',
    label: 'The requesting authority',
    rule: 'mla.contents.requesting-authority',
    need: 'required',
  },
  {
    id: 'nature-of-case',
    label: 'The investigation and the authority conducting it',
    rule: 'mla.contents.nature-of-case',
    need: 'required',
  },
  {
    id: 'summary-of-facts',
    label: 'A summary of the relevant facts',
    rule: 'mla.contents.summary-of-facts',
    need: 'required',
  },
  {
    id: 'assistance-sought',
    label: 'The assistance sought and any procedure to follow',
    rule: 'mla.contents.assistance-sought',
    need: 'required',
  },
  {
    id: 'persons-concerned',
    label: 'Identity, location and nationality of persons concerned',
    rule: 'mla.contents.persons-concerned',
    need: 'where-possible',
  },
  {
    id: 'purpose',
    label: 'The purpose of the evidence or action',
    rule: 'mla.contents.purpose',
    need: 'required',
  },
];

/** Added to an MLA request for real-time collection or interception (Arts 45, 46). */
export const PERIOD_CONTENT: ContentItem = {
  id: 'period',
  label: 'The period of collection and why it is that long',
  rule: 'real-time.contents.period',
  need: 'required',
};

/** Added to an MLA request for freezing or confiscation (Art. 50). */
export const PROPERTY_CONTENT: ContentItem = {
  id: 'property',
  label: 'A description of the property and the facts linking it to the offence',
  rule: 'assets.request-contents',
  need: 'required',
};

/** Added to an MLA request for a hearing by video conference (Art. 40, model UNTOC 18(18)). */
export const VIDEO_HEARING_CONTENT: ContentItem = {
  id: 'why-not-in-person',
  label: 'Why the person cannot or should not appear in person',
  rule: 'witness.video.why-not-in-person',
  need: 'required',
};

/**
 * Added to an MLA request for the temporary transfer of a detained person (Art. 40, model UNTOC
 * 18(10)-(11)): the return is made "as agreed beforehand", so the request proposes the terms.
 */
export const TRANSFER_CONTENT: ContentItem = {
  id: 'transfer-terms',
  label: 'What the person is needed for, for how long, and how custody and return are arranged',
  rule: 'witness.transfer.terms',
  need: 'required',
};

/** A request between police authorities, and a provisional arrest (Arts 37, 47). */
export const POLICE_CONTENTS: readonly ContentItem[] = [
  {
    id: 'requesting-authority',
    label: 'The requesting authority',
    rule: 'mla.contents.requesting-authority',
    need: 'required',
  },
  {
    id: 'summary-of-facts',
    label: 'A summary of the relevant facts',
    rule: 'mla.contents.summary-of-facts',
    need: 'required',
  },
  {
    id: 'assistance-sought',
    label: 'The information or help sought',
    rule: 'mla.contents.assistance-sought',
    need: 'required',
  },
];
