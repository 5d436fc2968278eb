import { TAGS } from '../catalogues.js';
import { currentLocale } from '../i18n.js';
import { languageName } from '../language.js';

/**
 * For component tests rendered in the pseudo-locale `en-XA` (every catalogue message wrapped in
 * ⟦ ⟧): the text on a screen that did not come through the catalogue. A person reads text nodes
 * and hears labels, titles, placeholders and alternative texts; each is checked with the
 * catalogue's messages (brackets nested in brackets included) taken out, and with what is rightly
 * not the catalogue's: `data` (the scenario's own words, codes, addresses: they stay as their
 * author wrote them; a long one the screen shortens, with "…" or without, included), the names of days and months
 * the browser writes for the language, and the other languages' names in the language picker.
 * What is left with a word in it (two Latin letters in a row) is English a translation would not reach.
 */
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'] as const;

/**
 * The texts a person meets, in document order. Text nodes are joined before the messages are taken
 * out, since a screen may split one message around a live part (a countdown): NODE marks where one
 * node ends, to say which leftover came from where.
 */
const NODE = '\uE000';

/** The text with every catalogue message taken out, innermost first; node ends (NODE) are kept. */
function withoutMessages(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, (message) => ` ${message.replace(/[^\uE000]/g, '')}`);
  }
  return rest;
}

/** The words the browser's date formats use in `locale` (short day and month names). */
function calendarWords(locale: string): string[] {
  const days = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return [
    ...Array.from({ length: 7 }, (_, day) => days.format(Date.UTC(2024, 0, day + 1))),
    ...Array.from({ length: 12 }, (_, month) => months.format(Date.UTC(2024, month, 1))),
  ];
}

/** Every string in a value (a scenario, a fixture): the words its author wrote. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function visibleTexts(root: Element): string[] {
  const nodes: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('script, style')) nodes.push(node.textContent ?? '');
  const attributes: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')])
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) attributes.push(value);
    }
  return [...nodes.join(NODE).split(NODE), ...attributes];
}

export function untranslatedText(root: Element, data: readonly string[] = []): string[] {
  const locale = currentLocale();
  const others = TAGS.filter((tag) => tag !== locale).map(languageName);
  const allowed = [...data, ...others].filter((word) => word.trim() !== '');
  const words = [...allowed, ...calendarWords(locale)].sort((a, b) => b.length - a.length);
  const shortened = (text: string) => {
    const cut = text.endsWith('…') ? text.slice(0, -1) : text;
    return cut.length >= 20 && allowed.some((word) => word.startsWith(cut));
  };
  const texts = visibleTexts(root);
  const rest = withoutMessages(texts.join(NODE)).split(NODE);
  return texts
    .filter((text, at) => {
      if (shortened(text.trim())) return false;
      let left = rest[at] ?? '';
      for (const word of words) left = left.split(word).join(' ');
      return /[A-Za-z]{2}/.test(left);
    })
    .map((text) => text.trim());
}
