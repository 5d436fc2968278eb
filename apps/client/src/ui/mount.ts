import { type ComponentChild, render } from 'preact';

/**
 * Where components meet screens that still build their DOM by hand (dom.ts). A component tree
 * is mounted into a host element, which it then owns: it patches the host's children in place
 * from then on, following the signals it reads, and unmounting it ends its effects, timers and
 * listeners. The host's old children are removed first (Preact would try to reuse them,
 * listeners and all).
 */
export interface Mounted {
  /** The key of what is mounted, or null. */
  readonly current: string | null;
  /**
   * Mounts `tree()` under `key`, after unmounting what was there; nothing happens if that key
   * is mounted already: it keeps itself up to date, so redraw after redraw leaves it alone.
   */
  show(key: string, tree: () => ComponentChild): void;
  /** Unmounts what is mounted and leaves the host empty, for the old code to fill. */
  clear(): void;
}

export function mountIn(host: Element): Mounted {
  let current: string | null = null;
  return {
    get current() {
      return current;
    },
    show(key, tree) {
      if (current === key) return;
      if (current !== null) render(null, host);
      host.replaceChildren();
      current = key;
      render(tree(), host);
    },
    clear() {
      if (current === null) return;
      current = null;
      render(null, host);
      host.replaceChildren();
    },
  };
}

/**
 * A component drawn once into a plain element, for screens that still rebuild their DOM on each
 * redraw (`clockBar` in chrome.tsx). It is a copy: it does not follow signals and keeps no
 * listener, and nothing of it stays mounted. New code mounts components instead (`mountIn`).
 */
export function drawOnce(tree: ComponentChild): Element | null {
  const host = document.createElement('div');
  render(tree, host);
  const drawn = host.firstElementChild?.cloneNode(true) ?? null;
  render(null, host);
  return drawn instanceof Element ? drawn : null;
}
