import type { TabId } from './context.js';

/**
 * Where a notice or a waiting move takes the team: a tab, the request to show in full there, and
 * the form that answers it (its id, `data-form`), whose first control takes the keyboard.
 */
export interface Target {
  tab: TabId;
  request?: string;
  form?: string;
}

/**
 * The element that takes the keyboard once the target is open, inside the open panel: the
 * form's first control; else the request's first action; else the request's heading; else
 * nothing (the panel itself). Ids are the engine's (`req-3`): letters, digits and dashes.
 */
export function focusIn(panel: HTMLElement, target: Target): HTMLElement | null {
  const control = 'input, select, textarea, button';
  if (target.form) {
    const form = panel.querySelector(`[data-form="${target.form}"]`);
    const first = form?.querySelector<HTMLElement>(control);
    if (first) return first;
  }
  if (target.request) {
    const detail = panel.querySelector(`[data-request-detail="${target.request}"]`);
    const action = detail?.querySelector<HTMLElement>(`.request-actions form :is(${control})`);
    if (action) return action;
    const heading = detail?.querySelector<HTMLElement>('h3');
    if (heading) return heading;
  }
  return null;
}
