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
export function botCommands(view: CountryView, now: GameTime): Command[] {
  if (view.ended) return [];
  const bound = view.briefing.directory[view.viewer]?.convention.status === 'party';
  return [...respond(view, now), ...(bound ? investigate(view, now) : [])];
}
