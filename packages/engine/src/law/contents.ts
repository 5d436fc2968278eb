import type { RequestKind, RuleId } from '@crossborder/scenario';

/**
 * The contents each kind of request must have, item by item, with the rule that requires it.
 * The composer shows them as a checklist; the engine finds what is missing. An item counts as
 * given when its text has at least a few words.
 */
export interface ContentItem {
  id: string;
  label: string;
  rule: RuleId;
  /** `where-possible` items (persons concerned) are asked for but never make a request non-conforming. */
  need: 'required' | 'where-possible';
}

const PRESERVATION: ContentItem[] = [
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

const MLA: ContentItem[] = [
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

const PERIOD: ContentItem = {
  id: 'period',
  label: 'The period of collection and why it is that long',
  rule: 'real-time.contents.period',
  need: 'required',
};

const PROPERTY: ContentItem = {
  id: 'property',
  label: 'A description of the property and the facts linking it to the offence',
  rule: 'assets.request-contents',
  need: 'required',
};

const POLICE: ContentItem[] = [
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

export const REQUIRED_CONTENTS: Record<RequestKind, ContentItem[]> = {
  preservation: PRESERVATION,
  'traffic-disclosure': MLA,
  'stored-data': MLA,
  'real-time-traffic': [...MLA, PERIOD],
  interception: [...MLA, PERIOD],
  mla: MLA,
  extradition: MLA,
  'provisional-arrest': POLICE,
  'asset-freeze': [...MLA, PROPERTY],
  confiscation: [...MLA, PROPERTY],
  'police-cooperation': POLICE,
};

/** At least three words: a label or a single word is not a statement of the facts. */
export function isGiven(text: string | undefined): boolean {
  // Counts up to three words rather than splitting the whole text: this runs for every item of
  // every request sent.
  const word = /\S+/g;
  let words = 0;
  while (text !== undefined && word.exec(text) !== null) if (++words === 3) return true;
  return false;
}

/** Required items with no text. */
export function missingContents(kind: RequestKind, contents: Record<string, string>): ContentItem[] {
  return REQUIRED_CONTENTS[kind].filter((item) => item.need === 'required' && !isGiven(contents[item.id]));
}
