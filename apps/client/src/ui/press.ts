/**
 * Presses in progress. A click is a press and a release on the same element: if a redraw replaces
 * the button between the two, the browser sends the click to neither and the instructor's "Advance"
 * or a team's "Send" is silently lost. Screens redraw on every update and every few seconds, so
 * redraws of the part being pressed wait here until the press is over.
 */
let pressed: Node | null = null;
const waiting = new Map<Node, () => void>();
let listening = false;
/** A release the page never heard of (let go outside the window) must not stop redraws for good. */
const LONGEST_PRESS_MS = 10_000;
let giveUp: ReturnType<typeof setTimeout> | undefined;

function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.button === 0) press(event.target);
    },
    true,
  );
  // A space bar activates a button on release, so it is a press too (Enter clicks at once).
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === ' ' && !event.repeat) press(event.target);
    },
    true,
  );
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.key === ' ') release();
    },
    true,
  );
  window.addEventListener('blur', release);
}

/**
 * What clicks on release. Only these hold redraws: a press on a scrollbar, a select (its popup
 * takes the release) or plain text gets no release the page can count on, and needs no click.
 */
const CLICKABLE =
  'button, [role="tab"], a[href], summary, label, input[type="checkbox"], input[type="radio"], input[type="submit"]';

/** Counts presses, so that the end of one does not end the next (a double click). */
let presses = 0;

function press(target: EventTarget | null): void {
  const clickable = target instanceof Element ? target.closest(CLICKABLE) : null;
  if (!clickable) return;
  presses += 1;
  pressed = clickable;
  clearTimeout(giveUp);
  giveUp = setTimeout(release, LONGEST_PRESS_MS);
}

function release(): void {
  clearTimeout(giveUp);
  if (pressed === null) return;
  // The click is dispatched after the release, in the same task: redraw only once it has run.
  const ended = presses;
  setTimeout(() => {
    if (presses !== ended) return;
    pressed = null;
    const redraws = [...waiting.values()];
    waiting.clear();
    for (const redraw of redraws) redraw();
  }, 0);
}

/**
 * Runs `redraw` now, or, if a press inside `container` is in progress, once it is released. Only
 * the latest redraw of a container waits: it draws the newest state.
 */
export function redrawAfterPress(container: Node, redraw: () => void): void {
  listen();
  if (pressed !== null && container.contains(pressed)) {
    waiting.set(container, redraw);
    return;
  }
  redraw();
}
