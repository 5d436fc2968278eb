import type { Command, CountryView } from '@crossborder/engine';
import type { LogLine } from '@crossborder/protocol';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Answer, Forms } from '../ui/forms.js';

/**
 * What every panel of the team screen gets, for its whole life: signals to follow (the view, the
 * game time, the log), the drafts and answers the screen keeps, and how to act. The object and
 * its signals stay the same while the screen is up; a panel reads only the parts it shows.
 */
export interface Team {
  /** The team's view (the last one while a resync has none). */
  view: ReadonlySignal<CountryView>;
  /** The game time in whole minutes: once a game minute while the clock runs, still while paused. */
  minutes: ReadonlySignal<number>;
  /** The game time now, in whole minutes, for a command that counts from now. */
  now(): number;
  log: ReadonlySignal<readonly LogLine[]>;
  forms: Forms;
  send(command: Command): Promise<Answer>;
  /** The request shown in full in the requests panel (kept while other tabs are open). */
  selected: Signal<string | null>;
  /**
   * Opens another tab at a form (a lead's "Draft a request" opens the composer), where the screen
   * gives it; without it, a panel says where the form is.
   */
  open?: (target: { tab: TabId; form?: string }) => void;
  /**
   * Downloads the team's case file with its own seat (casefile-export.tsx); null when saved, else
   * what went wrong. Absent where there is no seat to download with (the instructor looking).
   */
  downloadCaseFile?: () => Promise<string | null>;
}

export type TabId = 'briefing' | 'casefile' | 'requests' | 'compose' | 'jurisdiction' | 'directory' | 'log';

type Directory = CountryView['briefing']['directory'];

/** A country's short name, from the public directory. */
export const nameIn = (directory: Directory, id: string): string => {
  const found = directory[id];
  return found?.shortName ?? found?.name ?? id;
};

export const countryName = (view: Pick<CountryView, 'briefing'>, id: string): string =>
  nameIn(view.briefing.directory, id);
