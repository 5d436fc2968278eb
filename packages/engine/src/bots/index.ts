import type { Command } from '../model/commands.js';
import type { GameTime } from '../model/ids.js';
import type { CountryView } from '../view/types.js';
import { investigate } from './investigate.js';
import { respond } from './respond.js';

/**
 * What a bot playing a country does now, from what that country sees and nothing else: answer
 * the requests it received, then pursue the case. A country not bound by the convention only
 * answers (at its discretion, which its bot exercises in favour of lawful requests): it does not
 * run an investigation of its own. Used for empty seats and by the simulator.
 */
export function botCommands(view: CountryView, now: GameTime, rejected?: ReadonlySet<string>): Command[] {
  if (view.ended) return [];
  const bound = view.briefing.directory[view.viewer]?.convention.status === 'party';
  const commands = [...respond(view, now), ...(bound ? investigate(view, now) : [])];
  // A bot does not try again what the rules rejected: the same command would be rejected again.
  return rejected ? commands.filter((command) => !rejected.has(commandKey(command))) : commands;
}

/** Fields of a command that are wording or timing, not what is asked: left out of its key. */
const WORDING = new Set([
  'contents',
  'reasons',
  'reasoning',
  'text',
  'deadlineReason',
  'suggestedDeadline',
  'safeguards',
]);

/**
 * What a command asks for, as a key: two commands with the same key ask for the same thing
 * (their wording and suggested deadlines aside). The caller keeps the keys of the commands the
 * rules rejected and passes them back to `botCommands` (see simulate.ts).
 */
export function commandKey(command: Command): string {
  return JSON.stringify(command, (key, value) => (WORDING.has(key) ? undefined : value));
}
