import { redrawAfterPress } from './press.js';

/**
 * Redraws part of the page without taking the keyboard away from whoever is typing: the focused
 * control (found again by its id) gets focus and caret back after `redraw`. A button being pressed
 * is not taken away either: the redraw waits for the release (see press.ts).
 */
export function keepFocus(container: HTMLElement, redraw: () => void): void {
  redrawAfterPress(container, () => redrawKeepingFocus(container, redraw));
}

function redrawKeepingFocus(container: HTMLElement, redraw: () => void): void {
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && container.contains(active) && active.id !== '';
  const id = inside ? active.id : null;
  const caret =
    inside && (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)
      ? { start: active.selectionStart, end: active.selectionEnd }
      : null;
  const scroll = container.scrollTop;
  redraw();
  container.scrollTop = scroll;
  if (!id) return;
  const again = document.getElementById(id);
  if (!again) return;
  again.focus({ preventScroll: true });
  if (caret && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement)) {
    try {
      again.setSelectionRange(caret.start, caret.end);
    } catch {
      // Some input types (email, number) have no selection; focus is enough. Whole numbers are
      // typed in text fields for that reason (WHOLE_NUMBER in dom.ts).
    }
  }
}
