/**
 * Two pieces of text joined as the reader's language punctuates them, through the catalogue
 * (`ui.pair.*`, the screens' own): brackets, a colon, a dash, a comma. For a pair, not a sentence.
 * Plain text in, plain text out: escape the result for HTML.
 */
export type Say = (key: string, params: Readonly<Record<string, string | number>>) => string;

export const paren = (say: Say, text: string, detail: string) => say('ui.pair.paren', { text, detail });
export const colon = (say: Say, label: string, value: string) => say('ui.pair.colon', { label, value });
export const dash = (say: Say, text: string, detail: string) => say('ui.pair.dash', { text, detail });
export const comma = (say: Say, first: string, second: string) => say('ui.pair.comma', { first, second });
