import { t } from './i18n.js';

/**
 * Two pieces of text joined as the screens' language punctuates them, through the catalogue
 * (`ui.pair.*`): the brackets, colon, dash and comma of English become the translator's (a
 * no-break space before the colon in French, the Arabic comma). For a pair, not a sentence: a
 * sentence is a message of its own.
 */
export const paren = (text: string, detail: string) => t('ui.pair.paren', { text, detail });
export const colon = (label: string, value: string) => t('ui.pair.colon', { label, value });
export const dash = (text: string, detail: string) => t('ui.pair.dash', { text, detail });
export const comma = (first: string, second: string) => t('ui.pair.comma', { first, second });
