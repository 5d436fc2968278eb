import { type ContentItem, REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';

/**
 * Whether a request has the contents its kind must have (the items are in the kind's spec,
 * `REQUEST_KINDS[kind].contents`). The composer shows them as a checklist; the engine finds what
 * is missing. An item counts as given when its text has at least a few words.
 */

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
  return REQUEST_KINDS[kind].contents.filter(
    (item) => item.need === 'required' && !isGiven(contents[item.id]),
  );
}
