import type { ComponentChildren } from 'preact';

/** Around a part's name in a said message: characters no catalogue message contains. */
const OPEN = '\uE001';
const CLOSE = '\uE002';
const SLOT = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

/**
 * One catalogue message with some of its placeholders drawn as elements (a country in bold, a
 * rule's title in bold): `say` is given a stand-in for each part and says the whole sentence, so
 * the words and their order around the parts are the translator's, never joined in code.
 */
export function rich(
  say: (slots: Record<string, string>) => string,
  parts: Readonly<Record<string, ComponentChildren>>,
): ComponentChildren[] {
  const slots = Object.fromEntries(Object.keys(parts).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  // split() with a capturing group alternates text and part names: text, name, text, name, text.
  return say(slots)
    .split(SLOT)
    .map((piece, index) => (index % 2 === 0 ? piece : (parts[piece] ?? piece)))
    .filter((piece) => piece !== '');
}
