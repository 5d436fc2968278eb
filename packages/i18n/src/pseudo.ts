import type { Catalogue } from './format.js';

/**
 * The pseudo-locale `en-XA`, made from English for tests: each message wrapped in ⟦ ⟧ and lengthened
 * by a third, its placeholders and ICU syntax untouched. A screen rendered in it shows at a glance
 * any text that did not come through the catalogue (no brackets) and any that a longer language
 * would cut off or push out of its box.
 */
export const PSEUDO_LOCALE = 'en-XA';

/** Only text is added, before and after the message: whatever ICU it holds stays valid and the same. */
export function pseudoMessage(message: string): string {
  return `⟦${message}${'~'.repeat(Math.ceil(message.length / 3))}⟧`;
}

export function pseudoCatalogue(catalogue: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, pseudoMessage(message)]));
}
