import type { Page } from '@playwright/test';

/**
 * The pseudo-locale checks of a real page (the component tests' `src/test/pseudo.ts`, in the
 * browser): every catalogue message is wrapped in ⟦ ⟧ and a third longer, so what a person reads
 * outside the brackets, bar the scenario's own words (`data`), is English no translation reaches;
 * and a longer language's text must not be cut off or push the page wider than the window.
 */

/** Words a page rightly shows outside the catalogue: the scenario's, what the players typed, codes. */
export interface Allowed {
  readonly data: readonly string[];
}

/**
 * The texts on the page (text nodes, spoken attributes) with something English left once the
 * catalogue's messages and the allowed words are taken out.
 */
export async function untranslated(page: Page, { data }: Allowed): Promise<string[]> {
  return page.evaluate((words: string[]) => {
    const SPOKEN = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];
    // Text nodes are joined before the messages are taken out, since a screen may split one message
    // around a live part (a countdown): NODE marks where each node ends.
    const NODE = '\uE000';
    const nodes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The studio's editor holds the scenario's YAML: the author's words, not the screen's.
      if (!parent || parent.closest('script, style, noscript, [hidden], [aria-hidden="true"], .cm-editor'))
        continue;
      const option = parent.closest('option');
      if (option && !option.selected) continue;
      nodes.push(node.textContent ?? '');
    }
    const attributes: string[] = [];
    for (const element of document.body.querySelectorAll('*'))
      for (const name of SPOKEN) {
        const value = element.getAttribute(name);
        if (value) attributes.push(value);
      }
    const texts = [...nodes, ...attributes];
    let joined = [...nodes.join(NODE).split(NODE), ...attributes].join(NODE);
    for (let before = ''; before !== joined; ) {
      before = joined;
      joined = joined.replace(/⟦[^⟦⟧]*⟧/g, (message) => ` ${message.replace(/[^\uE000]/g, '')}`);
    }
    const rest = joined.split(NODE);
    const sorted = words.filter((word) => word.trim() !== '').sort((a, b) => b.length - a.length);
    // A long scenario text the screen shortens (with "…" or without) is still the author's.
    const shortened = (text: string) => {
      const cut = text.endsWith('…') ? text.slice(0, -1) : text;
      return cut.length >= 20 && sorted.some((word) => word.startsWith(cut));
    };
    return texts
      .filter((text, at) => {
        if (shortened(text.trim())) return false;
        let left = rest[at] ?? '';
        for (const word of sorted) left = left.split(word).join(' ');
        return /[A-Za-z]{2}/.test(left);
      })
      .map((text) => text.trim());
  }, data as string[]);
}

/**
 * What overflows at the page's size: the page wider than the window, or an element whose text is
 * cut off (its content wider than its box where the box hides what sticks out).
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
    if (root.scrollWidth > window.innerWidth + 1) {
      // Named by the innermost elements that stick out (none of their children does).
      // An element sticks out by its box, or by content spilling out of it (a word too long for it).
      const sticksOut = (element: Element) => {
        const box = element.getBoundingClientRect();
        return Math.max(box.right, box.left + element.scrollWidth) > window.innerWidth + 1;
      };
      const out = [...document.body.querySelectorAll('*')].filter(
        (element) => sticksOut(element) && ![...element.children].some(sticksOut),
      );
      found.push(
        `the page is ${root.scrollWidth}px wide in a ${window.innerWidth}px window: ${out.slice(0, 5).map(name).join(', ')}`,
      );
    }
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (
        element.closest('canvas, svg, .cm-editor, [hidden], .visually-hidden') ||
        element.getClientRects().length === 0
      )
        continue;
      const style = getComputedStyle(element);
      // A box that shortens its text on purpose and offers it whole in its title is not cut off.
      if (style.textOverflow === 'ellipsis' && element.title !== '') continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1 && (element.textContent ?? '').trim() !== '')
        found.push(`${name(element)}: "${(element.textContent ?? '').trim().slice(0, 60)}" cut off`);
    }
    return found;
  });
}
