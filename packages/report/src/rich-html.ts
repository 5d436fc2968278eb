import { escapeHtml } from './escape.js';

/** Around a part's name in a said message: characters no catalogue message contains. */
const SLOT = /\uE001(\w+)\uE002/g;

/**
 * One catalogue message as HTML, with some placeholders filled by markup (a country in bold, a
 * citation in its span): the message is said whole with a stand-in for each part, escaped, and the
 * stand-ins replaced by `html` (already escaped HTML). The words and punctuation around the parts
 * stay the translator's, never joined in code.
 */
export function sayHtml(
  say: (key: string, params: Readonly<Record<string, string | number>>) => string,
  key: string,
  params: Readonly<Record<string, string | number>>,
  html: Readonly<Record<string, string>>,
): string {
  const slots = Object.fromEntries(Object.keys(html).map((name) => [name, `\uE001${name}\uE002`]));
  return escapeHtml(say(key, { ...params, ...slots })).replace(
    SLOT,
    (whole, name: string) => html[name] ?? whole,
  );
}
