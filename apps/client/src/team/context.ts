import type { Command, CountryView } from '@crossborder/engine';
import type { Ack, LogLine } from '@crossborder/protocol';
import { type ActionFormOptions, actionForm, type FormState } from '../ui/forms.js';

/** What every panel of the team screen gets: the view, the game time, and how to act. */
export interface TeamContext {
  view: CountryView;
  now: number;
  log: readonly LogLine[];
  forms: FormState;
  send(command: Command): Promise<Ack<{ events: number }>>;
  rerender(): void;
  /** Opens a panel (and, for requests, one request). */
  open(tab: TabId, requestId?: string): void;
  selectedRequest: string | null;
}

export type TabId = 'briefing' | 'casefile' | 'requests' | 'compose' | 'jurisdiction' | 'directory' | 'log';

export const countryName = (view: CountryView, id: string): string => {
  const found = view.briefing.directory[id];
  return found?.shortName ?? found?.name ?? id;
};

/** A form of the team screen: the form state, sending and redrawing come from the context. */
export function teamForm(
  context: TeamContext,
  options: Omit<ActionFormOptions, 'state' | 'send' | 'rerender'>,
): HTMLFormElement {
  return actionForm({ ...options, state: context.forms, send: context.send, rerender: context.rerender });
}
