import { type ContentItem, contentsUnder, type RequestKind, type Treaty } from '@crossborder/scenario';

/**
 * Whether a request has the contents its kind must have (the items are in the kind's spec,
 * `REQUEST_KINDS[kind].contents`, or a treaty's changes to them). The composer shows them as a checklist; the engine finds what
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

/**
 * Required items with no text: the kind's, or under a treaty, the treaty's (model UNTOC 18(7):
 * its contents replace the convention's).
 */
export function missingContents(
  kind: RequestKind,
  contents: Record<string, string>,
  underTreaty?: Pick<Treaty, 'contents'>,
): ContentItem[] {
  return contentsUnder(kind, underTreaty).filter(
    (item) => item.need === 'required' && !isGiven(contents[item.id]),
  );
}
