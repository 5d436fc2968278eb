/**
 * A tiny element builder. Text always goes in as text nodes (never HTML), so anything a player
 * typed is shown as typed and can never become markup.
 *
 * This is how the screens not yet moved to components build their DOM, anew on every redraw.
 * Components (TSX, Preact) replace it screen by screen: `<Field>` and `<Swatch>` in parts.tsx
 * are `labelled` and `swatch` as components (README, "The browser client").
 */
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * The attributes of a field for a whole number: a text field with a numeric keyboard. A number
 * field hides its selection from scripts, so a redraw could not give it back, and what was typed
 * over a selected value went after it instead ("1440" became "14401440").
 */
export const WHOLE_NUMBER = { type: 'text', inputmode: 'numeric', autocomplete: 'off' } as const;

/** Replaces an element's children. */
export function fill(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let counter = 0;
/** A unique id for tying a label to its control. */
function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * A labelled control: the label's `for` names the control, so clicking and screen readers work.
 * In components: `<Field>` (parts.tsx).
 */
export function labelled(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid('field');
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
  );
}

/**
 * A colour chip. Colour is set through the CSSOM (allowed by the strict Content-Security-Policy,
 * unlike a style attribute), and it is never the only signal: a name always goes beside it.
 * In components: `<Swatch>` (parts.tsx).
 */
export function swatch(color: string): HTMLElement {
  const chip = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  chip.style.backgroundColor = color;
  return chip;
}
