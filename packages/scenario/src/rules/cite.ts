import type { Citation } from './rule.js';

/** Shorthands that keep each catalogue entry's provenance next to its article. */
export const cite = {
  /** Read in the convention text itself (Arabic text of Arts 1-15). */
  uncc: (article: string): Citation => ({ article, provenance: 'verified-uncc' }),
  /** Read on the UN Treaty Collection or UNODC site. */
  official: (article: string): Citation => ({ article, provenance: 'verified-official' }),
  /** UNCC wording recalled; the model clause it copies was read in full. */
  model: (article: string, model: string): Citation => ({
    article,
    model,
    provenance: 'recalled-model-verified',
  }),
  recalled: (article: string): Citation => ({ article, provenance: 'recalled' }),
  uncertain: (article: string): Citation => ({ article, provenance: 'recalled-low-confidence' }),
};
